package org.steemdesk.app.outbox;

import java.time.Duration;
import java.time.Instant;
import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * Sends one stored transaction and records what happened. Before its expiration (plus a grace period for clock
 * skew between this machine and the chain) it re-sends the very same bytes; after that it only asks whether the
 * transaction is on chain, because only an expired transaction that is not on chain may be replaced.
 */
public record OutboxDelivery(Outbox outbox, TransactionSender sender, TransactionStatusLookup statusLookup) {

    /**
     * The local clock may run ahead of the chain's head-block time; until this much after expiration a send
     * could still be accepted, so the transaction is not yet treated as expired.
     */
    public static final Duration EXPIRY_GRACE = Duration.ofMinutes(5);

    public DeliveryResult deliver(OutboxEntry entry, Instant now) {
        if (!entry.state().isOpen()) {
            throw new IllegalArgumentException("outbox entry " + entry.id() + " is " + entry.state());
        }
        SignedTransactionData tx = entry.transaction();
        if (now.isAfter(tx.expiration().plus(EXPIRY_GRACE))) {
            return settleExpired(entry, now);
        }
        SendOutcome outcome = sender.send(tx.json(), tx.txId());
        if (outcome instanceof SendOutcome.Rejected r) {
            return rejected(entry, r.refusal(), now);
        }
        if (outcome instanceof SendOutcome.Unclear u) {
            return pending(entry, u.detail(), now);
        }
        return confirmed(entry, now);
    }

    private DeliveryResult settleExpired(OutboxEntry entry, Instant now) {
        return switch (statusLookup.presence(entry.txId(), entry.transaction().expiration())) {
            case ON_CHAIN -> stored(outbox.markConfirmed(entry.id(), false, now), new DeliveryResult.Confirmed());
            case NOT_ON_CHAIN -> stored(outbox.markExpired(entry.id(), now), new DeliveryResult.Expired());
            case UNKNOWN -> new DeliveryResult.Pending("expired; waiting to check whether it is on chain");
        };
    }

    private DeliveryResult confirmed(OutboxEntry entry, Instant now) {
        return stored(outbox.markConfirmed(entry.id(), true, now), new DeliveryResult.Confirmed());
    }

    private DeliveryResult pending(OutboxEntry entry, String detail, Instant now) {
        return stored(outbox.markUnconfirmed(entry.id(), detail, now), new DeliveryResult.Pending(detail));
    }

    private DeliveryResult rejected(OutboxEntry entry, NodeRefusal refusal, Instant now) {
        if (refusal.kind() == NodeErrorKind.DUPLICATE_TRANSACTION) {
            return confirmed(entry, now);
        }
        if (provesNothing(refusal.kind())) {
            return pending(entry, refusal.message(), now);
        }
        return stored(outbox.markRejected(entry.id(), refusal, now), new DeliveryResult.Rejected(refusal));
    }

    /**
     * What the entry's row says after this delivery recorded its finding: the finding itself, unless another process
     * settled the same bytes first (then its settled state stands, see {@link Outbox}).
     */
    private static DeliveryResult stored(OutboxEntry after, DeliveryResult found) {
        return switch (after.state()) {
            case QUEUED, SENT_UNCONFIRMED -> found;
            case CONFIRMED -> new DeliveryResult.Confirmed();
            case EXPIRED -> new DeliveryResult.Expired();
            case REJECTED -> found instanceof DeliveryResult.Rejected ? found
                    : new DeliveryResult.Rejected(after.refusal().orElse(new NodeRefusal(NodeErrorKind.OTHER, "")));
        };
    }

    /**
     * An expiration error does not prove the transaction is absent: steemd drops its duplicate check for a
     * transaction once it expires, so an applied one re-sent late is reported as expired. A TaPoS error means
     * this node does not know the reference block (it may be lagging or on another fork), while other nodes may
     * accept the same bytes. Either way the chain must be asked after expiry, not trusted now.
     */
    private static boolean provesNothing(NodeErrorKind kind) {
        return kind == NodeErrorKind.TRANSACTION_EXPIRED || kind == NodeErrorKind.TAPOS_MISMATCH;
    }
}
