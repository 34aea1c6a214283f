package org.steemdesk.app.wallet;

import java.util.List;
import java.util.Objects;
import org.steemdesk.chain.operation.Operation;

/**
 * A signed and sent wallet operation. {@link Status#PENDING} means the outcome is not known yet: the signed bytes are
 * in the outbox and will be sent again (never re-signed) until the chain confirms or the transaction expires.
 */
public record WalletReceipt(String txId, List<Operation> operations, Status status, String detail) {

    public enum Status {
        CONFIRMED,
        PENDING
    }

    public WalletReceipt {
        Objects.requireNonNull(txId, "txId");
        operations = List.copyOf(operations);
        Objects.requireNonNull(status, "status");
        detail = Objects.requireNonNullElse(detail, "");
    }
}
