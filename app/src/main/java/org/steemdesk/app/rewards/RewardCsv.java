package org.steemdesk.app.rewards;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
        if (messages.language() == Language.KOREAN) {
            out.write('\uFEFF');
        }
        // Unit names are the chain's symbols in every language.
        line(out, List.of(messages.get("rewards.csv.op_index"), messages.get("rewards.csv.time_utc"),
                messages.get("rewards.csv.kind"), messages.get("rewards.csv.author"),
                messages.get("rewards.csv.permlink"), "STEEM", "SBD", "VESTS", "SP"));
        for (RewardEvent e : events) {
            line(out, List.of(Long.toString(e.index()), TIME.format(e.time()), kind(e.kind(), messages), e.author(),
                    e.permlink(), plain(e.amounts().steem()), plain(e.amounts().sbd()), plain(e.amounts().vests()),
                    price.map(p -> plain(e.amounts().sp(p))).orElse("")));
        }
        out.flush();
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
