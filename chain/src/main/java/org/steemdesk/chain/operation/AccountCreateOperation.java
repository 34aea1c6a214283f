package org.steemdesk.chain.operation;

import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.Authority;

/** Creates an account paid by {@code creator} with a STEEM fee. */
public record AccountCreateOperation(Asset fee, AccountName creator, AccountName newAccountName, Authority owner,
        Authority active, Authority posting, PublicKey memoKey, String jsonMetadata) implements KnownOperation {
    public static final OperationType<AccountCreateOperation> TYPE = OperationType
            .define("account_create", 9, AccountCreateOperation.class)
            .field("fee", FieldType.ASSET, AccountCreateOperation::fee)
            .field("creator", FieldType.ACCOUNT, AccountCreateOperation::creator)
            .field("new_account_name", FieldType.ACCOUNT, AccountCreateOperation::newAccountName)
            .field("owner", FieldType.AUTHORITY, AccountCreateOperation::owner)
            .field("active", FieldType.AUTHORITY, AccountCreateOperation::active)
            .field("posting", FieldType.AUTHORITY, AccountCreateOperation::posting)
            .field("memo_key", FieldType.PUBLIC_KEY, AccountCreateOperation::memoKey)
            .field("json_metadata", FieldType.STRING, AccountCreateOperation::jsonMetadata)
            .build(v -> new AccountCreateOperation((Asset) v[0], (AccountName) v[1], (AccountName) v[2],
                    (Authority) v[3], (Authority) v[4], (Authority) v[5], (PublicKey) v[6], (String) v[7]));

    public AccountCreateOperation {
        String op = "account_create";
        Rules.symbol(fee, op, "fee", AssetSymbol.STEEM);
        Rules.notNegative(fee, op, "fee");
        Rules.required(creator, op, "creator");
        Rules.required(newAccountName, op, "new_account_name");
        Authorities.validate(Rules.required(owner, op, "owner"), op, "owner");
        Authorities.validate(Rules.required(active, op, "active"), op, "active");
        Authorities.validate(Rules.required(posting, op, "posting"), op, "posting");
        Rules.required(memoKey, op, "memo_key");
        if (!Rules.required(jsonMetadata, op, "json_metadata").isEmpty()) {
            Rules.json(jsonMetadata, op, "json_metadata");
        }
    }

    @Override
    public OperationType<AccountCreateOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(creator);
    }
}
