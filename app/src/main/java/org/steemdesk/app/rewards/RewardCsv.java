package org.steemdesk.app.rewards;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.chainmath.VestingPrice;
import org.steemdesk.chain.protocol.Asset;

/**
 * The reward history as CSV (RFC 4180, CRLF line ends): one row per reward, amounts as plain decimals so
 * spreadsheets add them up, SP at the given vesting price or empty when none is cached.
 */
public final class RewardCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    enum Column { OP_INDEX, TIME_UTC, KIND, AUTHOR, PERMLINK, STEEM, SBD, VESTS, SP }

    private RewardCsv() {
    }

    /**
     * Writes the rows. Korean files start with a byte order mark: without it Excel reads UTF-8 as the local code
     * page and the headers come out garbled.
     */
    public static void write(List<RewardEvent> events, Optional<VestingPrice> price,
                             CsvLanguage language, Writer out) throws IOException {
        if (language == CsvLanguage.KO) {
            out.write('\uFEFF');
        }
        List<String> header = new ArrayList<>();
        for (Column c : Column.values()) {
            header.add(language.header(c));
        }
        line(out, header);
        for (RewardEvent e : events) {
            line(out, List.of(Long.toString(e.index()), TIME.format(e.time()), language.kind(e.kind()), e.author(),
                    e.permlink(), plain(e.amounts().steem()), plain(e.amounts().sbd()), plain(e.amounts().vests()),
                    price.map(p -> plain(e.amounts().sp(p))).orElse("")));
        }
        out.flush();
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
