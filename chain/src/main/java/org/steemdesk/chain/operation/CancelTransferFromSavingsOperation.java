package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;

/** Cancels a pending savings withdrawal by its request id; the funds stay in savings. */
public record CancelTransferFromSavingsOperation(AccountName from, long requestId) implements KnownOperation {
    public static final OperationType<CancelTransferFromSavingsOperation> TYPE = OperationType
            .define("cancel_transfer_from_savings", 34, CancelTransferFromSavingsOperation.class)
            .field("from", FieldType.ACCOUNT, CancelTransferFromSavingsOperation::from)
            .field("request_id", FieldType.UINT32, CancelTransferFromSavingsOperation::requestId)
            .build(v -> new CancelTransferFromSavingsOperation((AccountName) v[0], (Long) v[1]));

    public CancelTransferFromSavingsOperation {
        Rules.required(from, "cancel_transfer_from_savings", "from");
        Rules.uint32(requestId, "cancel_transfer_from_savings", "request_id");
    }

    @Override
    public OperationType<CancelTransferFromSavingsOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(from);
    }
}
