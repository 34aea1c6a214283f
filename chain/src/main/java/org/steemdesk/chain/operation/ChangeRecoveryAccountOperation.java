package org.steemdesk.chain.operation;

import java.util.List;
import org.steemdesk.chain.protocol.AccountName;

/**
 * Names the account that may recover {@code accountToRecover} after a theft. steemd applies the change 30 days
 * later (so a thief holding the owner key cannot take recovery away at once); naming the current recovery account
 * again cancels a pending change. Needs the owner key.
 */
public record ChangeRecoveryAccountOperation(AccountName accountToRecover, AccountName newRecoveryAccount)
        implements KnownOperation {
    public static final OperationType<ChangeRecoveryAccountOperation> TYPE = OperationType
            .define("change_recovery_account", 26, ChangeRecoveryAccountOperation.class)
            .field("account_to_recover", FieldType.ACCOUNT, ChangeRecoveryAccountOperation::accountToRecover)
            .field("new_recovery_account", FieldType.ACCOUNT, ChangeRecoveryAccountOperation::newRecoveryAccount)
            .field("extensions", FieldType.EMPTY_EXTENSIONS, op -> List.of())
            .build(v -> new ChangeRecoveryAccountOperation((AccountName) v[0], (AccountName) v[1]));

    public ChangeRecoveryAccountOperation {
        Rules.required(accountToRecover, "change_recovery_account", "account_to_recover");
        Rules.required(newRecoveryAccount, "change_recovery_account", "new_recovery_account");
    }

    @Override
    public OperationType<ChangeRecoveryAccountOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.owner(accountToRecover);
    }
}
