package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.rpc.model.ManabarJson;

/**
 * A voter's two manabars as steemd's {@code util::update_manabar} keeps them (HF21 on): the voting manabar with max
 * mana = effective vesting shares, and the downvote manabar with {@code downvote_pool_percent} of that. Both
 * regenerate over {@code STEEM_VOTING_MANA_REGENERATION_SECONDS}. Without a downvote pool (before HF21) there is
 * no downvote manabar and downvotes draw on the voting one.
 */
public record VoterMana(Manabar voting, Optional<Manabar> downvote) {

    /** {@code 60 * 60 * 24} in the vote evaluator: a full vote spends a day's share of the reserve rate. */
    private static final BigInteger SECONDS_PER_DAY = BigInteger.valueOf(86_400);

    public VoterMana {
        Objects.requireNonNull(voting, "voting");
        Objects.requireNonNull(downvote, "downvote");
    }

    /**
     * From an account's stake and its stored manabars ({@code get_accounts}). {@code get_effective_vesting_shares}
     * is own − delegated + received − this week's power-down payment ({@link StakeMath#effectiveVestingShares}).
     */
    public static VoterMana of(AccountStake stake, Optional<ManabarJson> voting, Optional<ManabarJson> downvote,
                               VoteRules rules) {
        long effective = Math.max(0, StakeMath.effectiveVestingShares(stake).amount());
        ManabarJson vote = voting.orElseThrow(() -> VoteEstimateException.missing("get_accounts", "voting_manabar"));
        Manabar votingBar = new Manabar(effective, vote.currentMana(), Instant.ofEpochSecond(vote.lastUpdateTime()),
                rules.manaRegenerationSeconds());
        if (rules.downvotePoolPercent() == 0) {
            return new VoterMana(votingBar, Optional.empty());
        }
        ManabarJson down = downvote.orElseThrow(() -> VoteEstimateException.missing("get_accounts", "downvote_manabar"));
        long downMax = BigInteger.valueOf(effective).multiply(BigInteger.valueOf(rules.downvotePoolPercent()))
                .divide(BigInteger.valueOf(rules.hundredPercent())).longValueExact();
        return new VoterMana(votingBar, Optional.of(new Manabar(downMax, down.currentMana(),
                Instant.ofEpochSecond(down.lastUpdateTime()), rules.manaRegenerationSeconds())));
    }

    /** Both manabars regenerated to {@code time} (the head block time for a vote sent now). */
    public VoterMana at(Instant time) {
        return new VoterMana(voting.at(time), downvote.map(bar -> bar.at(time)));
    }

    /**
     * The mana a vote of {@code weight} spends, as {@code hf20_vote_evaluator} computes it:
     * {@code ceil(mana × |weight| × 86400 / 100 % / (vote_power_reserve_rate × regeneration seconds))}, where for a
     * downvote with a pool the mana is {@code max(downvote mana × 100 % / pool %, voting mana)}. Refused, as steemd
     * refuses it, when the bars cannot pay.
     */
    public long usedMana(int weight, VoteRules rules) {
        BigInteger hundred = BigInteger.valueOf(rules.hundredPercent());
        boolean fromDownvotePool = weight < 0 && downvote.isPresent();
        long votingMana = voting.currentMana();
        long downvoteMana = downvote.map(Manabar::currentMana).orElse(0L);
        BigInteger base = BigInteger.valueOf(votingMana);
        if (fromDownvotePool) {
            base = base.max(BigInteger.valueOf(downvoteMana).multiply(hundred)
                    .divide(BigInteger.valueOf(rules.downvotePoolPercent())));
        }
        BigInteger used = base.multiply(BigInteger.valueOf(Math.abs(weight))).multiply(SECONDS_PER_DAY).divide(hundred);
        BigInteger denominator = BigInteger.valueOf(rules.votePowerReserveRate())
                .multiply(BigInteger.valueOf(rules.manaRegenerationSeconds()));
        long spent = Manabar.ceilDiv(used, denominator).longValueExact();
        boolean affordable = fromDownvotePool ? votingMana + downvoteMana > spent : spent <= 0 || votingMana >= spent;
        if (!affordable) {
            throw new VoteEstimateException(VoteEstimateException.Kind.NOT_ENOUGH_MANA, Long.toString(spent),
                    "the voter's mana cannot pay for this vote (needs " + spent + ")");
        }
        return spent;
    }
}
