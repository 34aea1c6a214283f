package org.steemdesk.chain.operation;

import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** Powers up: turns STEEM into Steem Power (VESTS) of {@code to}, or of {@code from} when {@code to} is empty. */
public record TransferToVestingOperation(AccountName from, Optional<AccountName> to, Asset amount)
        implements KnownOperation {
    @SuppressWarnings("unchecked")
    public static final OperationType<TransferToVestingOperation> TYPE = OperationType
            .define("transfer_to_vesting", 3, TransferToVestingOperation.class)
            .field("from", FieldType.ACCOUNT, TransferToVestingOperation::from)
            .field("to", FieldType.OPTIONAL_ACCOUNT, TransferToVestingOperation::to)
            .field("amount", FieldType.ASSET, TransferToVestingOperation::amount)
            .build(v -> new TransferToVestingOperation((AccountName) v[0], (Optional<AccountName>) v[1], (Asset) v[2]));

    public TransferToVestingOperation {
        Rules.required(from, "transfer_to_vesting", "from");
        Rules.required(to, "transfer_to_vesting", "to");
        Rules.symbol(amount, "transfer_to_vesting", "amount", AssetSymbol.STEEM);
        Rules.positive(amount, "transfer_to_vesting", "amount");
    }

    public TransferToVestingOperation(AccountName from, AccountName to, Asset amount) {
        this(from, Optional.of(to), amount);
    }

    @Override
    public OperationType<TransferToVestingOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(from);
    }
}
