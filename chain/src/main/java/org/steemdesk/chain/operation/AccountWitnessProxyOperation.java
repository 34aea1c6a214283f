package org.steemdesk.chain.operation;

import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;

/**
 * Lets {@code proxy} cast this account's witness votes (setting one clears the account's own witness votes); an
 * empty proxy clears it.
 */
public record AccountWitnessProxyOperation(AccountName account, Optional<AccountName> proxy) implements KnownOperation {
    @SuppressWarnings("unchecked")
    public static final OperationType<AccountWitnessProxyOperation> TYPE = OperationType
            .define("account_witness_proxy", 13, AccountWitnessProxyOperation.class)
            .field("account", FieldType.ACCOUNT, AccountWitnessProxyOperation::account)
            .field("proxy", FieldType.OPTIONAL_ACCOUNT, AccountWitnessProxyOperation::proxy)
            .build(v -> new AccountWitnessProxyOperation((AccountName) v[0], (Optional<AccountName>) v[1]));

    public AccountWitnessProxyOperation {
        Rules.required(account, "account_witness_proxy", "account");
        Rules.required(proxy, "account_witness_proxy", "proxy");
    }

    public static AccountWitnessProxyOperation clear(AccountName account) {
        return new AccountWitnessProxyOperation(account, Optional.empty());
    }

    /** steemd refuses a proxy to oneself; dsteem signs it, so it is readable. */
    @Override
    public Optional<String> validationError() {
        return proxy.filter(account::equals).map(self -> "Cannot proxy to self");
    }

    @Override
    public OperationType<AccountWitnessProxyOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(account);
    }
}
