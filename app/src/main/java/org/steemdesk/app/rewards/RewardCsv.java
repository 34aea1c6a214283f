package org.steemdesk.app.rewards;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/**
 * The reward history as CSV (RFC 4180, CRLF line ends) with its header row and kind column in the user's language:
 * one row per reward, amounts as plain decimals so spreadsheets add them up, SP at the given vesting price or empty
 * when none is cached.
 */
public final class RewardCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private RewardCsv() {
    }

    /**
     * Writes the rows. Korean files start with a byte order mark: without it Excel reads UTF-8 as the local code
     * page and the headers come out garbled.
     */
    public static void write(List<RewardEvent> events, Optional<VestingPrice> price, Messages messages, Writer out)
            throws IOException {
        write(events, List.of(), price, messages, out);
    }

    /**
     * Writes the rows; a curation reward for a vote Steemdesk sent also gets, in the columns after the amounts, when
     * the vote went, the post's age then, the payout change estimated then (SBD), the curation reward expected then
     * (STEEM) and the efficiency (realised over expected, percent).
     */
    public static void write(List<RewardEvent> events, List<VoteReturn> votes, Optional<VestingPrice> price,
                             Messages messages, Writer out) throws IOException {
        if (messages.language() == Language.KOREAN) {
            out.write('\uFEFF');
        }
        Map<String, VoteReturn> byReward = new HashMap<>();
        votes.forEach(v -> byReward.put(key(v.author(), v.permlink(), v.paidAt()), v));
        // Unit names are the chain's symbols in every language.
        line(out, List.of(messages.get("rewards.csv.op_index"), messages.get("rewards.csv.time_utc"),
                messages.get("rewards.csv.kind"), messages.get("rewards.csv.author"),
                messages.get("rewards.csv.permlink"), "STEEM", "SBD", "VESTS", "SP",
                messages.get("rewards.csv.voted_at"), messages.get("rewards.csv.post_age_seconds"),
                messages.get("rewards.csv.estimated_sbd"), messages.get("rewards.csv.expected_curation"),
                messages.get("rewards.csv.efficiency_percent")));
        for (RewardEvent e : events) {
            List<String> fields = new ArrayList<>(List.of(Long.toString(e.index()), TIME.format(e.time()),
                    kind(e.kind(), messages), e.author(), e.permlink(), plain(e.amounts().steem()),
                    plain(e.amounts().sbd()), plain(e.amounts().vests()),
                    price.map(p -> plain(e.amounts().sp(p))).orElse("")));
            Optional<VoteReturn> vote = e.kind() == RewardKind.CURATION
                    ? Optional.ofNullable(byReward.get(key(e.author(), e.permlink(), e.time()))) : Optional.empty();
            fields.add(vote.flatMap(VoteReturn::votedAt).map(TIME::format).orElse(""));
            fields.add(vote.flatMap(VoteReturn::postAgeAtVote).map(a -> Long.toString(a.toSeconds())).orElse(""));
            fields.add(vote.flatMap(VoteReturn::estimatedValue).map(RewardCsv::plain).orElse(""));
            fields.add(vote.flatMap(VoteReturn::expectedCuration).map(RewardCsv::plain).orElse(""));
            fields.add(vote.flatMap(v -> price.flatMap(v::efficiencyPercent)).map(BigDecimal::toPlainString)
                    .orElse(""));
            line(out, fields);
        }
        out.flush();
    }

    private static String key(String author, String permlink, java.time.Instant paidAt) {
        return author + "/" + permlink + "@" + paidAt;
    }

    /** The kind's name, e.g. for chart legends and table cells. */
    public static String kind(RewardKind kind, Messages messages) {
        return switch (kind) {
            case CURATION -> messages.get("rewards.kind.curation");
            case AUTHOR -> messages.get("rewards.kind.author");
            case BENEFICIARY -> messages.get("rewards.kind.beneficiary");
        };
    }

    private static String plain(Asset a) {
        return a.toDecimal().toPlainString();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
