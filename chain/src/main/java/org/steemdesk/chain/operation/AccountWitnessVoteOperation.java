package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;

/** Approves ({@code approve}) or removes a vote for a witness. */
public record AccountWitnessVoteOperation(AccountName account, AccountName witness, boolean approve)
        implements KnownOperation {
    public static final OperationType<AccountWitnessVoteOperation> TYPE = OperationType
            .define("account_witness_vote", 12, AccountWitnessVoteOperation.class)
            .field("account", FieldType.ACCOUNT, AccountWitnessVoteOperation::account)
            .field("witness", FieldType.ACCOUNT, AccountWitnessVoteOperation::witness)
            .field("approve", FieldType.BOOL, AccountWitnessVoteOperation::approve)
            .build(v -> new AccountWitnessVoteOperation((AccountName) v[0], (AccountName) v[1], (Boolean) v[2]));

    public AccountWitnessVoteOperation {
        Rules.required(account, "account_witness_vote", "account");
        Rules.required(witness, "account_witness_vote", "witness");
    }

    @Override
    public OperationType<AccountWitnessVoteOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.active(account);
    }
}
