package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;

/** Routes {@code percent} (hundredths of a percent) of each power-down payment to another account, as STEEM or as SP. */
public record SetWithdrawVestingRouteOperation(AccountName fromAccount, AccountName toAccount, int percent,
        boolean autoVest) implements KnownOperation {
    public static final OperationType<SetWithdrawVestingRouteOperation> TYPE = OperationType
            .define("set_withdraw_vesting_route", 20, SetWithdrawVestingRouteOperation.class)
            .field("from_account", FieldType.ACCOUNT, SetWithdrawVestingRouteOperation::fromAccount)
            .field("to_account", FieldType.ACCOUNT, SetWithdrawVestingRouteOperation::toAccount)
            .field("percent", FieldType.UINT16, SetWithdrawVestingRouteOperation::percent)
            .field("auto_vest", FieldType.BOOL, SetWithdrawVestingRouteOperation::autoVest)
            .build(v -> new SetWithdrawVestingRouteOperation((AccountName) v[0], (AccountName) v[1], (Integer) v[2],
                    (Boolean) v[3]));

    public SetWithdrawVestingRouteOperation {
        Rules.required(fromAccount, "set_withdraw_vesting_route", "from_account");
        Rules.required(toAccount, "set_withdraw_vesting_route", "to_account");
        Rules.percent(percent, "set_withdraw_vesting_route", "percent");
    }

    @Override
    public OperationType<SetWithdrawVestingRouteOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(fromAccount);
    }
}
