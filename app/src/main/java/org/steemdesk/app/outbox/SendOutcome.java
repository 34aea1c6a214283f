package org.steemdesk.app.outbox;

import java.util.Objects;
import org.steemdesk.chain.rpc.NodeErrorKind;

/** What a node said to a broadcast. */
public sealed interface SendOutcome {

    /** The node applied the transaction ({@code broadcast_transaction_synchronous} returned its block). */
    record Accepted() implements SendOutcome {
    }

    /** "Duplicate transaction check failed": it was already applied, which for us is success. */
    record Duplicate() implements SendOutcome {
    }

    /**
     * The chain refused it: the kind of refusal, as the chain module classified the node's error, and the node's
     * message (e.g. "Account does not have enough mana to vote."), kept for people, never matched.
     */
    record Rejected(NodeErrorKind kind, String nodeMessage) implements SendOutcome {
        public Rejected {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(nodeMessage, "nodeMessage");
        }

        public NodeRefusal refusal() {
            return new NodeRefusal(kind, nodeMessage);
        }
    }

    /** No usable answer (timeout, reset, HTTP 5xx, malformed reply): it may or may not have landed. */
    record Unclear(String detail) implements SendOutcome {
        public Unclear {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
