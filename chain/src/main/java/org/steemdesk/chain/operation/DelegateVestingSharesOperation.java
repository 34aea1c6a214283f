package org.steemdesk.chain.operation;

import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** Sets the delegation from delegator to delegatee to exactly {@code vestingShares}; zero removes it. */
public record DelegateVestingSharesOperation(AccountName delegator, AccountName delegatee, Asset vestingShares)
        implements KnownOperation {
    public static final OperationType<DelegateVestingSharesOperation> TYPE = OperationType
            .define("delegate_vesting_shares", 40, DelegateVestingSharesOperation.class)
            .field("delegator", FieldType.ACCOUNT, DelegateVestingSharesOperation::delegator)
            .field("delegatee", FieldType.ACCOUNT, DelegateVestingSharesOperation::delegatee)
            .field("vesting_shares", FieldType.ASSET, DelegateVestingSharesOperation::vestingShares)
            .build(v -> new DelegateVestingSharesOperation((AccountName) v[0], (AccountName) v[1], (Asset) v[2]));

    public DelegateVestingSharesOperation {
        Rules.required(delegator, "delegate_vesting_shares", "delegator");
        Rules.required(delegatee, "delegate_vesting_shares", "delegatee");
        Rules.symbol(vestingShares, "delegate_vesting_shares", "vesting_shares", AssetSymbol.VESTS);
        Rules.notNegative(vestingShares, "delegate_vesting_shares", "vesting_shares");
    }

    @Override
    public Optional<String> validationError() {
        return delegator.equals(delegatee) ? Optional.of("You cannot delegate VESTS to yourself") : Optional.empty();
    }

    @Override
    public OperationType<DelegateVestingSharesOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(delegator);
    }
}
