package org.steemdesk.app.wallet;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.steemdesk.app.broadcast.NodeTransactionSender;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.node.AccountHistoryStatusLookup;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.outbox.OutboxSettlement;
import org.steemdesk.app.outbox.OutboxState;
import org.steemdesk.app.outbox.OutboxTag;
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
 *
 * <p>Exactly once also across runs: before a new operation the outbox is settled (what an earlier run signed and may
 * not have seen land is sent again, byte for byte, or looked up once it expired), and an operation equal to one that
 * was still unsettled is not signed again. A transfer killed after it was signed and then asked for again is sent
 * once, whatever moment the kill came.
 */
public final class WalletService {
    /** Deliveries within one execute call; after that an unclear transaction waits in the outbox. */
    public static final int DELIVERY_ATTEMPTS = 3;
    /**
     * How long a transaction that landed without any door telling the user (killed right after it landed, or
     * settled in the background) still stands for an equal request: the chain's longest transaction lifetime, which
     * covers running the same command again after a kill, while last week's equal transfer does not block this one.
     */
    static final Duration UNREPORTED_WINDOW = Duration.ofHours(1);

    private final WalletPlanner planner;
    private final NodeReader reader;
    private final CondenserApi api;
    private final ChainId chainId;
    private final Outbox outbox;
    private final OutboxSettlement settlement;
    private final Clock clock;

    public WalletService(NodeReader reader, CacheDatabase cache, ChainId chainId, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.api = reader.api();
        this.planner = new WalletPlanner(api, new MemoCipher(new SecureRandom()));
        this.chainId = Objects.requireNonNull(chainId, "chainId");
        this.outbox = new Outbox(cache);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settlement = settlement(outbox, reader, clock);
    }

    /**
     * The outbox's settlement over these nodes: an entry past its expiry is looked for in the history of the account
     * that signed it.
     */
    static OutboxSettlement settlement(Outbox outbox, NodeReader reader, Clock clock) {
        return new OutboxSettlement(outbox, new NodeTransactionSender(reader.api()),
                entry -> new AccountHistoryStatusLookup(reader, entry.account().stream().toList()), clock);
    }

    /** As {@link #plan(AccountName, WalletRequest, Vault, Reporting)}, the outcome told when thrown. */
    public WalletPlan plan(AccountName account, WalletRequest request, Vault vault) {
        return plan(account, request, vault, Reporting.ON_RETURN);
    }

    /**
     * Settles the outbox, then checks the request and says what will be signed.
     *
     * @throws WalletException why it cannot work; nothing was signed or sent. PENDING or SENT_EARLIER: an equal
     *     operation signed earlier was unsettled (still is, or has landed without the user being told), so it is not
     *     signed again
     */
    public WalletPlan plan(AccountName account, WalletRequest request, Vault vault, Reporting reporting) {
        List<OutboxEntry> equal = outbox.unknownToUser(RequestKey.of(account, request),
                clock.instant().minus(UNREPORTED_WINDOW));
        List<OutboxEntry> settled = settlement.settle(equal);
        for (OutboxEntry earlier : equal) {
            OutboxEntry now = settled.stream().filter(e -> e.id() == earlier.id()).findFirst()
                    .orElseGet(() -> outbox.get(earlier.id()).orElse(earlier));
            if (now.state() == OutboxState.CONFIRMED && reporting == Reporting.ON_RETURN) {
                outbox.markReported(now.id(), clock.instant());
            }
            if (now.state().isOpen() || now.state() == OutboxState.CONFIRMED) {
                throw WalletException.equalRequest(OutboxRecord.of(now));
            }
        }
        return planner.plan(account, request, vault);
    }

    /** As {@link #execute(WalletPlan, Vault, Reporting)}, the outcome told when returned. */
    public WalletReceipt execute(WalletPlan plan, Vault vault) {
        return execute(plan, vault, Reporting.ON_RETURN);
    }

    /** @throws WalletException see {@link WalletExecutor#execute} */
    public WalletReceipt execute(WalletPlan plan, Vault vault, Reporting reporting) {
        return reported(executor(plan).execute(plan, vault, tag(plan)), reporting);
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
            return reported(executor(plan).execute(plan, owner, beforeSending, tag(plan)), Reporting.ON_RETURN);
        } finally {
            owner.destroy();
        }
    }

    private static OutboxTag tag(WalletPlan plan) {
        return new OutboxTag(plan.account(), RequestKey.of(plan.account(), plan.request()));
    }

    private WalletReceipt reported(WalletReceipt receipt, Reporting reporting) {
        if (receipt.status() == WalletReceipt.Status.CONFIRMED && reporting == Reporting.ON_RETURN) {
            outbox.byTxId(receipt.txId()).ifPresent(e -> outbox.markReported(e.id(), clock.instant()));
        }
        return receipt;
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
