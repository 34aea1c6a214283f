package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.steemdesk.app.stake.VoteEstimate;
import org.steemdesk.app.stake.VoteFigures;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Messages;

/**
 * How {@code vote --estimate} prints a {@link VoteEstimate}: one JSON object (a contract other checks read: integers
 * as steemd records them, amounts as asset strings) or a readable block in the CLI's language.
 */
final class EstimateOutput {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private EstimateOutput() {
    }

    static ObjectNode json(AccountName voter, PostRef post, VoteEstimate e) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("voter", voter.value());
        o.put("author", post.author().value());
        o.put("permlink", post.permlink().value());
        o.put("weight", e.weight());
        o.put("weight_percent", CliFormat.percent(e.weight()));
        o.put("head_time", e.now().at().toString());
        o.put("rshares", e.rshares());
        o.put("payout_change", e.payoutChange().toString());
        o.put("payout_before", e.payoutBefore().toString());
        o.put("payout_after", e.now().payoutAfter().toString());
        o.put("curation_weight", e.curationWeight());
        o.put("max_curation_weight", e.now().maxCurationWeight());
        o.put("total_vote_weight_after", e.now().totalVoteWeightAfter());
        o.put("expected_curation_reward", e.curationReward().toString());
        o.put("expected_curation_reward_sbd", e.now().curationRewardValue().toString());
        o.put("used_mana", e.now().usedMana());
        o.put("age_seconds", e.ageSeconds());
        o.put("reverse_auction_seconds", e.reverseAuctionSeconds());
        o.put("age_penalty_seconds", e.agePenaltySeconds());
        o.put("curation_weight_lost_to_age", e.curationWeightLostToAge());
        o.put("curation_reward_lost_to_age", e.curationRewardLostToAge().toString());
        o.put("changes_vote", e.changesVote());
        o.set("at_best_age", figures(e.atBestAge()));
        return o;
    }

    private static ObjectNode figures(VoteFigures f) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("at", f.at().toString());
        o.put("age_seconds", f.ageSeconds());
        o.put("rshares", f.rshares());
        o.put("payout_change", f.payoutChange().toString());
        o.put("curation_weight", f.curationWeight());
        o.put("expected_curation_reward", f.curationReward().toString());
        return o;
    }

    static void print(PrintStream out, Messages m, AccountName voter, PostRef post, VoteEstimate e) {
        out.println(m.get("cli.vote.estimate.title", voter.value(), post.author() + "/" + post.permlink(),
                CliFormat.percent(e.weight()), TIME.format(e.now().at())));
        line(out, m.get("cli.vote.estimate.rshares"), Long.toString(e.rshares()));
        line(out, m.get("cli.vote.estimate.payout"), m.get("cli.vote.estimate.payout.value", signed(e.payoutChange()),
                e.payoutBefore().toString(), e.now().payoutAfter().toString()));
        line(out, m.get("cli.vote.estimate.weight"), m.get("cli.vote.estimate.weight.value",
                e.curationWeight().toString(), e.now().maxCurationWeight().toString()));
        line(out, m.get("cli.vote.estimate.curation"), m.get("cli.vote.estimate.curation.value",
                e.curationReward().toString(), e.now().curationRewardValue().toString()));
        line(out, m.get("cli.vote.estimate.age"), m.get("cli.vote.estimate.age.value", e.ageSeconds(),
                e.reverseAuctionSeconds()));
        if (e.changesVote()) {
            out.println("  " + m.get("cli.vote.estimate.changes"));
        } else if (e.agePenaltySeconds() > 0) {
            line(out, m.get("cli.vote.estimate.penalty"), m.get("cli.vote.estimate.penalty.value",
                    e.agePenaltySeconds(), e.curationRewardLostToAge().toString()));
            line(out, m.get("cli.vote.estimate.best"), m.get("cli.vote.estimate.best.value",
                    e.atBestAge().ageSeconds(), e.atBestAge().curationWeight().toString(),
                    e.atBestAge().curationReward().toString()));
        }
        out.println(m.get("cli.vote.estimate.nothing_sent"));
    }

    private static void line(PrintStream out, String label, String value) {
        out.println("  " + label + ": " + value);
    }

    private static String signed(Asset a) {
        return a.isNegative() ? a.toString() : "+" + a;
    }
}
