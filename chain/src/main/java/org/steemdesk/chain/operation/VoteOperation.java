package org.steemdesk.chain.operation;

import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/** Votes on a post or comment; weight in hundredths of a percent, negative for a downvote, 0 to remove a vote. */
public record VoteOperation(AccountName voter, AccountName author, Permlink permlink, int weight)
        implements KnownOperation {
    public static final OperationType<VoteOperation> TYPE = OperationType.define("vote", 0, VoteOperation.class)
            .field("voter", FieldType.ACCOUNT, VoteOperation::voter)
            .field("author", FieldType.ACCOUNT, VoteOperation::author)
            .field("permlink", FieldType.PERMLINK, VoteOperation::permlink)
            .field("weight", FieldType.INT16, VoteOperation::weight)
            .build(v -> new VoteOperation((AccountName) v[0], (AccountName) v[1], (Permlink) v[2], (Integer) v[3]));

    public VoteOperation {
        Rules.required(voter, "vote", "voter");
        Rules.required(author, "vote", "author");
        Rules.required(permlink, "vote", "permlink");
        if (Math.abs(weight) > Rules.HUNDRED_PERCENT) {
            throw new IllegalArgumentException("vote.weight must be between -10000 and 10000 (±100.00%), got " + weight);
        }
    }

    @Override
    public OperationType<VoteOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.posting(voter);
    }
}
