package org.steemdesk.chain.operation;

import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** Moves pending author/curation rewards into the balances; at least one amount must be positive. */
public record ClaimRewardBalanceOperation(AccountName account, Asset rewardSteem, Asset rewardSbd, Asset rewardVests)
        implements KnownOperation {
    public static final OperationType<ClaimRewardBalanceOperation> TYPE = OperationType
            .define("claim_reward_balance", 39, ClaimRewardBalanceOperation.class)
            .field("account", FieldType.ACCOUNT, ClaimRewardBalanceOperation::account)
            .field("reward_steem", FieldType.ASSET, ClaimRewardBalanceOperation::rewardSteem)
            .field("reward_sbd", FieldType.ASSET, ClaimRewardBalanceOperation::rewardSbd)
            .field("reward_vests", FieldType.ASSET, ClaimRewardBalanceOperation::rewardVests)
            .build(v -> new ClaimRewardBalanceOperation((AccountName) v[0], (Asset) v[1], (Asset) v[2], (Asset) v[3]));

    public ClaimRewardBalanceOperation {
        String op = "claim_reward_balance";
        Rules.required(account, op, "account");
        Rules.symbol(rewardSteem, op, "reward_steem", AssetSymbol.STEEM);
        Rules.symbol(rewardSbd, op, "reward_sbd", AssetSymbol.SBD);
        Rules.symbol(rewardVests, op, "reward_vests", AssetSymbol.VESTS);
        Rules.notNegative(rewardSteem, op, "reward_steem");
        Rules.notNegative(rewardSbd, op, "reward_sbd");
        Rules.notNegative(rewardVests, op, "reward_vests");
    }

    @Override
    public Optional<String> validationError() {
        boolean nothing = rewardSteem.isZero() && rewardSbd.isZero() && rewardVests.isZero();
        return nothing ? Optional.of("Must claim something.") : Optional.empty();
    }

    @Override
    public OperationType<ClaimRewardBalanceOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.posting(account);
    }
}
