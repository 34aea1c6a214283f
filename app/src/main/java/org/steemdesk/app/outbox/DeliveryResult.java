package org.steemdesk.app.outbox;

/** The outcome of one delivery attempt of an outbox entry. */
public sealed interface DeliveryResult {

    /** On chain (accepted, duplicate of an applied one, or found after expiry). */
    record Confirmed() implements DeliveryResult {
    }

    /** Refused by the chain: it did not land, and the node said why. */
    record Rejected(NodeRefusal refusal) implements DeliveryResult {
    }

    /** Still possibly in flight: the same bytes will be sent (or looked up) again later. */
    record Pending(String detail) implements DeliveryResult {
    }

    /** Expired and confirmed absent from the chain: a new signature may now replace it. */
    record Expired() implements DeliveryResult {
    }
}
