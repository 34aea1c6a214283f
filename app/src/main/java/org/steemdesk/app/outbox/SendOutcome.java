package org.steemdesk.app.outbox;

import java.util.Objects;

/** What a node said to a broadcast. */
public sealed interface SendOutcome {

    /** The node applied the transaction ({@code broadcast_transaction_synchronous} returned its block). */
    record Accepted() implements SendOutcome {
    }

    /** "Duplicate transaction check failed": it was already applied, which for us is success. */
    record Duplicate() implements SendOutcome {
    }

    /** The chain refused it, with the node's message (e.g. "Account does not have enough mana to vote."). */
    record Rejected(String nodeMessage) implements SendOutcome {
        public Rejected {
            Objects.requireNonNull(nodeMessage, "nodeMessage");
        }
    }

    /** No usable answer (timeout, reset, HTTP 5xx, malformed reply): it may or may not have landed. */
    record Unclear(String detail) implements SendOutcome {
        public Unclear {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
