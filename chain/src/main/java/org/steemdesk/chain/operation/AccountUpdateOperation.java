package org.steemdesk.chain.operation;

import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;

/**
 * Changes an account's keys and profile metadata. As steemd applies it: an empty authority is left unchanged, the
 * null memo key ({@link PublicKey#isNullKey()}) keeps the current memo key, and an empty {@code jsonMetadata} keeps
 * the current metadata. Changing the owner authority needs the owner key (and steemd allows it once an hour),
 * everything else the active key. On the wire each authority is written in steemd's flat_map order (account_auths
 * by name, key_auths by their compressed key bytes), whatever order the maps hold.
 */
public record AccountUpdateOperation(AccountName account, Optional<Authority> owner, Optional<Authority> active,
        Optional<Authority> posting, PublicKey memoKey, String jsonMetadata) implements KnownOperation {
    @SuppressWarnings("unchecked")
    public static final OperationType<AccountUpdateOperation> TYPE = OperationType
            .define("account_update", 10, AccountUpdateOperation.class)
            .field("account", FieldType.ACCOUNT, AccountUpdateOperation::account)
            .field("owner", FieldType.OPTIONAL_AUTHORITY, AccountUpdateOperation::owner)
            .field("active", FieldType.OPTIONAL_AUTHORITY, AccountUpdateOperation::active)
            .field("posting", FieldType.OPTIONAL_AUTHORITY, AccountUpdateOperation::posting)
            .field("memo_key", FieldType.PUBLIC_KEY, AccountUpdateOperation::memoKey)
            .field("json_metadata", FieldType.STRING, AccountUpdateOperation::jsonMetadata)
            .build(v -> new AccountUpdateOperation((AccountName) v[0], (Optional<Authority>) v[1],
                    (Optional<Authority>) v[2], (Optional<Authority>) v[3], (PublicKey) v[4], (String) v[5]));

    public AccountUpdateOperation {
        String op = "account_update";
        Rules.required(account, op, "account");
        Rules.required(owner, op, "owner");
        Rules.required(active, op, "active");
        Rules.required(posting, op, "posting");
        Rules.required(memoKey, op, "memo_key");
        owner.ifPresent(a -> Authorities.validate(a, op, "owner"));
        active.ifPresent(a -> Authorities.validate(a, op, "active"));
        posting.ifPresent(a -> Authorities.validate(a, op, "posting"));
        if (!Rules.required(jsonMetadata, op, "json_metadata").isEmpty()) {
            Rules.json(jsonMetadata, op, "json_metadata");
        }
    }

    @Override
    public OperationType<AccountUpdateOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return owner.isPresent() ? RequiredAuthorities.owner(account) : RequiredAuthorities.active(account);
    }
}
