package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** Starts a power down of {@code vestingShares} over 4 weeks; zero VESTS stops a running power down. */
public record WithdrawVestingOperation(AccountName account, Asset vestingShares) implements KnownOperation {
    public static final OperationType<WithdrawVestingOperation> TYPE = OperationType
            .define("withdraw_vesting", 4, WithdrawVestingOperation.class)
            .field("account", FieldType.ACCOUNT, WithdrawVestingOperation::account)
            .field("vesting_shares", FieldType.ASSET, WithdrawVestingOperation::vestingShares)
            .build(v -> new WithdrawVestingOperation((AccountName) v[0], (Asset) v[1]));

    public WithdrawVestingOperation {
        Rules.required(account, "withdraw_vesting", "account");
        Rules.symbol(vestingShares, "withdraw_vesting", "vesting_shares", AssetSymbol.VESTS);
        Rules.notNegative(vestingShares, "withdraw_vesting", "vesting_shares");
    }

    @Override
    public OperationType<WithdrawVestingOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(account);
    }
}
