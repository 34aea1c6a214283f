package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * Converts SBD to STEEM at the median feed price, paid 3.5 days later. {@code requestId} is chosen by the owner and
 * must not be in use by another of the owner's pending conversions (steemd refuses a duplicate at apply time).
 */
public record ConvertOperation(AccountName owner, long requestId, Asset amount) implements KnownOperation {
    public static final OperationType<ConvertOperation> TYPE = OperationType
            .define("convert", 8, ConvertOperation.class)
            .field("owner", FieldType.ACCOUNT, ConvertOperation::owner)
            .field("requestid", FieldType.UINT32, ConvertOperation::requestId)
            .field("amount", FieldType.ASSET, ConvertOperation::amount)
            .build(v -> new ConvertOperation((AccountName) v[0], (Long) v[1], (Asset) v[2]));

    public ConvertOperation {
        Rules.required(owner, "convert", "owner");
        Rules.uint32(requestId, "convert", "requestid");
        // steemd: only SBD → STEEM; the opposite would let traders convert at the median without moving the price.
        if (Rules.required(amount, "convert", "amount").symbol() != AssetSymbol.SBD) {
            throw new IllegalArgumentException("convert.amount: Can only convert SBD to STEEM, got " + amount);
        }
        if (amount.amount() <= 0) {
            throw new IllegalArgumentException("convert.amount: Must convert some SBD, got " + amount);
        }
    }

    @Override
    public OperationType<ConvertOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(owner);
    }
}
