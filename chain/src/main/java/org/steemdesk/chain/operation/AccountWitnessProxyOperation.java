package org.steemdesk.chain.operation;

import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;

/** Lets {@code proxy} cast this account's witness votes; an empty proxy clears it. */
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
        if (proxy.isPresent() && proxy.get().equals(account)) {
            throw new IllegalArgumentException("account_witness_proxy: cannot proxy to self");
        }
    }

    public static AccountWitnessProxyOperation clear(AccountName account) {
        return new AccountWitnessProxyOperation(account, Optional.empty());
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
