package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** Sends liquid STEEM or SBD; the memo is public unless it was encrypted ("#…") before. */
public record TransferOperation(AccountName from, AccountName to, Asset amount, String memo) implements KnownOperation {
    public static final OperationType<TransferOperation> TYPE = OperationType.define("transfer", 2, TransferOperation.class)
            .field("from", FieldType.ACCOUNT, TransferOperation::from)
            .field("to", FieldType.ACCOUNT, TransferOperation::to)
            .field("amount", FieldType.ASSET, TransferOperation::amount)
            .field("memo", FieldType.STRING, TransferOperation::memo)
            .build(v -> new TransferOperation((AccountName) v[0], (AccountName) v[1], (Asset) v[2], (String) v[3]));

    public TransferOperation {
        Rules.required(from, "transfer", "from");
        Rules.required(to, "transfer", "to");
        Rules.symbol(amount, "transfer", "amount", AssetSymbol.STEEM, AssetSymbol.SBD);
        Rules.positive(amount, "transfer", "amount");
        Rules.memo(memo, "transfer");
    }

    @Override
    public OperationType<TransferOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(from);
    }
}
