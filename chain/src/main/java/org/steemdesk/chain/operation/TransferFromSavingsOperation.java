package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** Starts a 3-day withdrawal from savings; {@code requestId} (chosen by the sender) identifies it for a cancel. */
public record TransferFromSavingsOperation(AccountName from, long requestId, AccountName to, Asset amount, String memo)
        implements KnownOperation {
    public static final OperationType<TransferFromSavingsOperation> TYPE = OperationType
            .define("transfer_from_savings", 33, TransferFromSavingsOperation.class)
            .field("from", FieldType.ACCOUNT, TransferFromSavingsOperation::from)
            .field("request_id", FieldType.UINT32, TransferFromSavingsOperation::requestId)
            .field("to", FieldType.ACCOUNT, TransferFromSavingsOperation::to)
            .field("amount", FieldType.ASSET, TransferFromSavingsOperation::amount)
            .field("memo", FieldType.STRING, TransferFromSavingsOperation::memo)
            .build(v -> new TransferFromSavingsOperation((AccountName) v[0], (Long) v[1], (AccountName) v[2],
                    (Asset) v[3], (String) v[4]));

    public TransferFromSavingsOperation {
        Rules.required(from, "transfer_from_savings", "from");
        Rules.uint32(requestId, "transfer_from_savings", "request_id");
        Rules.required(to, "transfer_from_savings", "to");
        Rules.symbol(amount, "transfer_from_savings", "amount", AssetSymbol.STEEM, AssetSymbol.SBD);
        Rules.positive(amount, "transfer_from_savings", "amount");
        Rules.memo(memo, "transfer_from_savings");
    }

    @Override
    public OperationType<TransferFromSavingsOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(from);
    }
}
