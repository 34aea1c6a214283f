package org.steemdesk.app.wallet;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.steemdesk.app.broadcast.NodeTransactionSender;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.node.AccountHistoryStatusLookup;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.rpc.ClockCheck;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.vault.Vault;

/**
 * The wallet as the UI and CLI use it, in two steps: {@link #plan} checks a request and returns what will be signed
 * and its effect (for the confirmation sheet); {@link #execute} signs that plan once and delivers it exactly once.
 */
public final class WalletService {
    /** Deliveries within one execute call; after that an unclear transaction waits in the outbox. */
    public static final int DELIVERY_ATTEMPTS = 3;

    private final WalletPlanner planner;
    private final NodeReader reader;
    private final CondenserApi api;
    private final ChainId chainId;
    private final Outbox outbox;
    private final Clock clock;

    public WalletService(NodeReader reader, CacheDatabase cache, ChainId chainId, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.api = reader.api();
        this.planner = new WalletPlanner(api, new MemoCipher(new SecureRandom()));
        this.chainId = Objects.requireNonNull(chainId, "chainId");
        this.outbox = new Outbox(cache);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws WalletException why it cannot work; nothing was signed or sent */
    public WalletPlan plan(AccountName account, WalletRequest request, Vault vault) {
        return planner.plan(account, request, vault);
    }

    /** @throws WalletException see {@link WalletExecutor#execute} */
    public WalletReceipt execute(WalletPlan plan, Vault vault) {
        OutboxDelivery delivery = new OutboxDelivery(outbox, new NodeTransactionSender(api),
                new AccountHistoryStatusLookup(reader, List.of(plan.account())));
        return new WalletExecutor(new TransactionFactory(api, TransactionFactory.DEFAULT_LIFETIME, clock,
                ClockCheck.DEFAULTS), chainId, outbox,
                delivery, clock, DELIVERY_ATTEMPTS).execute(plan, vault);
    }
}
