package org.steemdesk.chain.operation;

import java.util.ArrayList;
import java.util.List;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.Permlink;

/**
 * Payout options of a post: the SBD cap, the SBD share, whether votes and curation are allowed, and beneficiaries
 * (the only extension, written as static_variant 0 when present). Beneficiaries are kept sorted by account,
 * the order steemd requires.
 */
public record CommentOptionsOperation(AccountName author, Permlink permlink, Asset maxAcceptedPayout,
        int percentSteemDollars, boolean allowVotes, boolean allowCurationRewards, List<Beneficiary> beneficiaries)
        implements KnownOperation {
    /** steemd's STEEM_MAX_COMMENT_BENEFICIARIES. */
    public static final int MAX_BENEFICIARIES = 128;

    @SuppressWarnings("unchecked")
    public static final OperationType<CommentOptionsOperation> TYPE = OperationType
            .define("comment_options", 19, CommentOptionsOperation.class)
            .field("author", FieldType.ACCOUNT, CommentOptionsOperation::author)
            .field("permlink", FieldType.PERMLINK, CommentOptionsOperation::permlink)
            .field("max_accepted_payout", FieldType.ASSET, CommentOptionsOperation::maxAcceptedPayout)
            .field("percent_steem_dollars", FieldType.UINT16, CommentOptionsOperation::percentSteemDollars)
            .field("allow_votes", FieldType.BOOL, CommentOptionsOperation::allowVotes)
            .field("allow_curation_rewards", FieldType.BOOL, CommentOptionsOperation::allowCurationRewards)
            .field("extensions", FieldType.BENEFICIARIES, CommentOptionsOperation::beneficiaries)
            .build(v -> new CommentOptionsOperation((AccountName) v[0], (Permlink) v[1], (Asset) v[2], (Integer) v[3],
                    (Boolean) v[4], (Boolean) v[5], (List<Beneficiary>) v[6]));

    public CommentOptionsOperation {
        String op = "comment_options";
        Rules.required(author, op, "author");
        Rules.required(permlink, op, "permlink");
        Rules.symbol(maxAcceptedPayout, op, "max_accepted_payout", AssetSymbol.SBD);
        Rules.notNegative(maxAcceptedPayout, op, "max_accepted_payout");
        Rules.percent(percentSteemDollars, op, "percent_steem_dollars");
        List<Beneficiary> sorted = new ArrayList<>(Rules.required(beneficiaries, op, "beneficiaries"));
        sorted.sort(null);
        if (sorted.size() > MAX_BENEFICIARIES) {
            throw new IllegalArgumentException(op + ": at most " + MAX_BENEFICIARIES + " beneficiaries");
        }
        int total = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && sorted.get(i - 1).account().equals(sorted.get(i).account())) {
                throw new IllegalArgumentException(op + ": beneficiary " + sorted.get(i).account() + " is listed twice");
            }
            total += sorted.get(i).weight();
        }
        if (total > Rules.HUNDRED_PERCENT) {
            throw new IllegalArgumentException(op + ": beneficiary weights add up to " + total + ", more than 10000 (100%)");
        }
        beneficiaries = List.copyOf(sorted);
    }

    @Override
    public OperationType<CommentOptionsOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.posting(author);
    }
}
