package org.steemdesk.app.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.List;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.outbox.DeliveryResult;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.outbox.OutboxTag;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.vault.Vault;

/**
 * Signs a plan once, stores the signed transaction in the outbox before the first send, and delivers it: an unclear
 * outcome re-sends the very same bytes (a "duplicate transaction" answer then means it landed), so a transfer can
 * never go out twice. {@code attempts}: how many times to deliver before leaving an unclear transaction to a later
 * flush.
 */
public record WalletExecutor(TransactionFactory transactions, ChainId chainId, Outbox outbox, OutboxDelivery delivery,
                             Clock clock, int attempts) {
    public WalletExecutor {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
    }

    /** What is done with a signed transaction before it is first sent (e.g. keeping the keys it will install). */
    @FunctionalInterface
    public interface BeforeSending {
        BeforeSending NOTHING = signed -> { };

        void prepare(SignedTransactionData signed);
    }

    /**
     * @param tag who signs and what was asked, stored with the transaction: while it is unsettled an equal request
     *            is not signed again
     * @throws WalletException VAULT_LOCKED or KEY_MISSING (nothing signed), NODE_UNAVAILABLE (no head block for
     *     TaPoS: nothing signed), PENDING (an equal request is unsettled: nothing stored or sent), REJECTED (signed
     *     and refused by the chain: it did not land)
     */
    public WalletReceipt execute(WalletPlan plan, Vault vault, OutboxTag tag) {
        return execute(plan, key(plan, vault), BeforeSending.NOTHING, tag);
    }

    /**
     * Signs with a key the caller holds (the owner key from the master password, which never enters the vault) and
     * wipes nothing: the caller owns the key. {@code beforeSending} runs once the transaction is signed and before
     * it is stored and sent; if it throws, nothing is sent.
     *
     * @throws WalletException NODE_UNAVAILABLE (nothing signed), PENDING (an equal request is unsettled), REJECTED
     *     (signed and refused: it did not land)
     */
    public WalletReceipt execute(WalletPlan plan, PrivateKey key, BeforeSending beforeSending, OutboxTag tag) {
        Transaction tx;
        try {
            tx = transactions.create(plan.operations());
        } catch (RpcException e) {
            throw new WalletException(Reason.NODE_UNAVAILABLE,
                    "no node gave a usable answer, nothing was signed or sent: " + e.getMessage(), e);
        }
        tx = distinct(tx);
        SignedTransaction signed = tx.sign(chainId, List.of(key));
        SignedTransactionData data = new SignedTransactionData(json(signed), tx.id(), tx.expiration());
        beforeSending.prepare(data);
        OutboxEntry entry = outbox.enqueue(data, tag, clock.instant());
        if (!entry.txId().equals(tx.id())) {
            // Stored since the plan was made (another window or process): this signature is dropped unsent.
            throw WalletException.equalRequest(OutboxRecord.of(entry));
        }
        return deliver(entry, plan);
    }

    private WalletReceipt deliver(OutboxEntry stored, WalletPlan plan) {
        OutboxEntry entry = stored;
        DeliveryResult result = null;
        for (int i = 0; i < attempts && entry.state().isOpen(); i++) {
            result = delivery.deliver(entry, clock.instant());
            if (!(result instanceof DeliveryResult.Pending)) {
                break;
            }
            entry = outbox.get(entry.id()).orElseThrow();
        }
        if (result instanceof DeliveryResult.Confirmed || result == null) {
            return new WalletReceipt(entry.txId(), plan.operations(), WalletReceipt.Status.CONFIRMED, "");
        }
        if (result instanceof DeliveryResult.Rejected r) {
            throw new WalletException(Reason.REJECTED, "the chain refused transaction " + entry.txId() + ": "
                    + r.refusal().message(), r.refusal().kind().name(), r.refusal().message(), entry.txId());
        }
        if (result instanceof DeliveryResult.Pending p) {
            return new WalletReceipt(entry.txId(), plan.operations(), WalletReceipt.Status.PENDING, p.detail());
        }
        throw new IllegalStateException("a transaction signed just now cannot have expired: " + entry.txId());
    }

    /**
     * The same operations signed within one head block and expiration second give the very same transaction, which
     * the chain would take as a duplicate of the one already sent: a second transfer asked for on purpose (the
     * equal one before it is settled) would silently not happen. Each second later is another transaction.
     */
    private Transaction distinct(Transaction tx) {
        Transaction candidate = tx;
        while (outbox.byTxId(candidate.id()).filter(e -> !e.state().isOpen()).isPresent()) {
            candidate = new Transaction(candidate.refBlockNum(), candidate.refBlockPrefix(),
                    candidate.expiration().plusSeconds(1), candidate.operations());
        }
        return candidate;
    }

    /** A damaged vault or a full disk stays what it is, not "no key": the door says so in its words. */
    private static PrivateKey key(WalletPlan plan, Vault vault) {
        try {
            return vault.key(plan.account(), plan.signingRole());
        } catch (KeystoreException e) {
            Reason reason = switch (e.reason()) {
                case VAULT_LOCKED -> Reason.VAULT_LOCKED;
                case KEY_NOT_IN_VAULT -> Reason.KEY_MISSING;
                default -> throw e;
            };
            throw new WalletException(reason, e.getMessage() + "; nothing was signed", e);
        }
    }

    private static String json(SignedTransaction signed) {
        try {
            return SteemJson.mapper().writeValueAsString(signed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write transaction JSON", e);
        }
    }
}
