package org.steemdesk.app.wallet;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.steemdesk.app.broadcast.NodeTransactionSender;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.node.AccountHistoryStatusLookup;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.KeyRole;
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
        return executor(plan).execute(plan, vault);
    }

    /**
     * Signs an owner-key plan with the owner key of {@code masterPassword} (wiped), checked against the chain first;
     * the key is destroyed after the one signature.
     *
     * @throws WalletException WRONG_MASTER_PASSWORD (nothing signed), and see {@link WalletExecutor#execute}
     */
    public WalletReceipt executeWithMasterPassword(WalletPlan plan, char[] masterPassword,
            WalletExecutor.BeforeSending beforeSending) {
        if (plan.signingRole() != KeyRole.OWNER) {
            Arrays.fill(masterPassword, '\0');
            throw new IllegalArgumentException("only owner-key plans are signed with the master password");
        }
        PrivateKey owner = OwnerKey.derive(api, plan.account(), masterPassword);
        try {
            return executor(plan).execute(plan, owner, beforeSending);
        } finally {
            owner.destroy();
        }
    }

    private WalletExecutor executor(WalletPlan plan) {
        OutboxDelivery delivery = new OutboxDelivery(outbox, new NodeTransactionSender(api),
                new AccountHistoryStatusLookup(reader, List.of(plan.account())));
        return new WalletExecutor(new TransactionFactory(api, TransactionFactory.DEFAULT_LIFETIME, clock,
                ClockCheck.DEFAULTS), chainId, outbox, delivery, clock, DELIVERY_ATTEMPTS);
    }

    /** The node reads behind the wallet, for the wallet's read-only views. */
    public CondenserApi api() {
        return api;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Clock clock() {
        return clock;
    }
}
