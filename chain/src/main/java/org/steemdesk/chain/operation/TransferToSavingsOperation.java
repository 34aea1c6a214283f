package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** Moves STEEM or SBD into the savings of {@code to}; savings take 3 days to withdraw. */
public record TransferToSavingsOperation(AccountName from, AccountName to, Asset amount, String memo)
        implements KnownOperation {
    public static final OperationType<TransferToSavingsOperation> TYPE = OperationType
            .define("transfer_to_savings", 32, TransferToSavingsOperation.class)
            .field("from", FieldType.ACCOUNT, TransferToSavingsOperation::from)
            .field("to", FieldType.ACCOUNT, TransferToSavingsOperation::to)
            .field("amount", FieldType.ASSET, TransferToSavingsOperation::amount)
            .field("memo", FieldType.STRING, TransferToSavingsOperation::memo)
            .build(v -> new TransferToSavingsOperation((AccountName) v[0], (AccountName) v[1], (Asset) v[2],
                    (String) v[3]));

    public TransferToSavingsOperation {
        Rules.required(from, "transfer_to_savings", "from");
        Rules.required(to, "transfer_to_savings", "to");
        Rules.symbol(amount, "transfer_to_savings", "amount", AssetSymbol.STEEM, AssetSymbol.SBD);
        Rules.positive(amount, "transfer_to_savings", "amount");
        Rules.memo(memo, "transfer_to_savings");
    }

    @Override
    public OperationType<TransferToSavingsOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(from);
    }
}
