package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.rewards.CurationSummary;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardAmounts;
import org.steemdesk.app.rewards.RewardAnalytics;
import org.steemdesk.app.rewards.RewardCsv;
import org.steemdesk.app.rewards.RewardEvent;
import org.steemdesk.app.rewards.RewardKind;
import org.steemdesk.app.rewards.RewardPeriod;
import org.steemdesk.app.rewards.VoteReturn;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rewards")
final class RewardsCommand extends ContextCommand implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Option(names = "--by", paramLabel = "day|week|month", defaultValue = "month")
    String by;

    @Option(names = "--csv", paramLabel = "FILE")
    Path csv;

    @Option(names = "--csv-lang", paramLabel = "en|ko", defaultValue = "en")
    String csvLang;

    @Option(names = "--votes")
    boolean votes;

    RewardsCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        RewardPeriod period = period(by);
        Language language = Language.fromTag(csvLang);
        AppContext app = context.app(global);
        AccountName account = app.actingAccount();
        RewardAnalytics analytics = app.rewards().analytics();
        List<RewardEvent> events = analytics.events(account);
        CurationSummary summary = app.rewards().curationSummary(account, period);
        Optional<VestingPrice> price = summary.price();
        List<VoteReturn> returns = summary.votes();
        List<PeriodTotals> totals = summary.periods().stream().map(CurationSummary.PeriodYield::totals).toList();
        if (csv != null) {
            writeCsv(events, returns, price, language);
        }
        if (global.json()) {
            CurationCommand.printJson(terminal, votes ? votesJson(account, returns, price)
                    : RewardsJson.summary(account, period, summary));
            return;
        }
        if (events.isEmpty()) {
            terminal.out().println(context.messages(global).get("cli.rewards.none", account.value()));
        } else if (votes) {
            printVotes(account, returns, price);
        } else {
            printTable(account, period, summary);
        }
        if (csv != null) {
            terminal.out().println(context.messages(global).get("cli.rewards.wrote", String.valueOf(events.size()),
                    csv.toString()));
        }
    }

    private void printTable(AccountName account, RewardPeriod period, CurationSummary summary) {
        Optional<VestingPrice> price = summary.price();
        String unit = price.isPresent() ? "SP" : "VESTS";
        Messages m = context.messages(global);
        String by = switch (period) {
            case DAY -> m.get("cli.rewards.period.DAY");
            case WEEK -> m.get("cli.rewards.period.WEEK");
            case MONTH -> m.get("cli.rewards.period.MONTH");
        };
        terminal.out().println(price.isPresent() ? m.get("cli.rewards.title", account.value(), by)
                : m.get("cli.rewards.title.vests", account.value(), by));
        String format = "%-10s  %18s  %11s  %11s  %18s  %18s  %18s  %13s%n";
        terminal.out().printf(format, m.get("cli.rewards.col.period"), m.get("cli.rewards.col.curation", unit),
                m.get("cli.rewards.col.author", "SBD"), m.get("cli.rewards.col.author", "STEEM"),
                m.get("cli.rewards.col.author", unit), m.get("cli.rewards.col.beneficiary", unit),
                m.get("cli.rewards.col.total", unit), m.get("cli.rewards.col.apr"));
        RewardAmounts sumCuration = RewardAmounts.ZERO;
        RewardAmounts sumAuthor = RewardAmounts.ZERO;
        RewardAmounts sumBeneficiary = RewardAmounts.ZERO;
        for (CurationSummary.PeriodYield y : summary.periods()) {
            PeriodTotals t = y.totals();
            row(format, t.label(), t.of(RewardKind.CURATION), t.of(RewardKind.AUTHOR), t.of(RewardKind.BENEFICIARY),
                    price, y.curationAprPercent());
            sumCuration = sumCuration.plus(t.of(RewardKind.CURATION));
            sumAuthor = sumAuthor.plus(t.of(RewardKind.AUTHOR));
            sumBeneficiary = sumBeneficiary.plus(t.of(RewardKind.BENEFICIARY));
        }
        row(format, m.get("cli.rewards.total"), sumCuration, sumAuthor, sumBeneficiary, price,
                summary.allTime().curationAprPercent());
        if (!sumBeneficiary.sbd().isZero() || !sumBeneficiary.steem().isZero()) {
            terminal.out().println(m.get("cli.rewards.beneficiary_paid", sumBeneficiary.sbd().toString(),
                    sumBeneficiary.steem().toString()));
        }
        window(m.get("cli.rewards.last_week"), summary.lastWeek(), price, m);
        window(m.get("cli.rewards.last_month"), summary.lastMonth(), price, m);
        window(m.get("cli.rewards.all_time"), summary.allTime(), price, m);
        if (summary.stake().isEmpty()) {
            terminal.out().println(m.get("cli.rewards.no_stake", account.value()));
        }
    }

    /** "Last 7 days: curation 1.234 SP from 5 rewards, author 0.000 SP; curation APR 4.5 %, efficiency 92.1 %". */
    private void window(String name, CurationSummary.Window w, Optional<VestingPrice> price, Messages m) {
        String unit = price.isPresent() ? " SP" : " VESTS";
        terminal.out().println(m.get("cli.rewards.window", name, stake(w.curation(), price) + unit,
                w.curationRewards(), stake(w.author(), price) + unit, percent(w.curationAprPercent()),
                percent(w.efficiencyPercent())));
    }

    private void row(String format, String label, RewardAmounts curation, RewardAmounts author,
                     RewardAmounts beneficiary, Optional<VestingPrice> price, Optional<BigDecimal> apr) {
        RewardAmounts all = curation.plus(author).plus(beneficiary);
        terminal.out().printf(format, label, stake(curation, price), author.sbd().toDecimal().toPlainString(),
                author.steem().toDecimal().toPlainString(), stake(author, price), stake(beneficiary, price),
                stake(all, price), percent(apr));
    }

    static String percent(Optional<BigDecimal> value) {
        return value.map(v -> v.toPlainString() + " %").orElse("-");
    }

    /** The VESTS part, in SP when the rate is cached. */
    private static String stake(RewardAmounts a, Optional<VestingPrice> price) {
        return price.map(p -> a.sp(p).toDecimal().toPlainString())
                .orElse(a.vests().toDecimal().toPlainString());
    }

    private void printVotes(AccountName account, List<VoteReturn> returns, Optional<VestingPrice> price) {
        Messages m = context.messages(global);
        terminal.out().println(m.get("cli.rewards.votes.title", account.value()));
        String format = "%-19s  %-40s  %14s  %-19s  %9s  %9s  %11s  %10s%n";
        terminal.out().printf(format, m.get("cli.rewards.votes.col.paid"), m.get("cli.rewards.votes.col.post"),
                m.get("cli.rewards.col.curation", price.isPresent() ? "SP" : "VESTS"),
                m.get("cli.rewards.votes.col.voted"), m.get("cli.rewards.votes.col.age"),
                m.get("cli.rewards.votes.col.estimate"), m.get("cli.rewards.votes.col.expected"),
                m.get("cli.rewards.votes.col.efficiency"));
        for (VoteReturn r : returns) {
            terminal.out().printf(format, TIME.format(r.paidAt()), r.author() + "/" + r.permlink(),
                    price.map(p -> r.curationSp(p).toDecimal().toPlainString())
                            .orElse(r.curationVests().toDecimal().toPlainString()),
                    r.votedAt().map(TIME::format).orElse("-"),
                    r.postAgeAtVote().map(CurationCommand::age).orElse("-"),
                    r.estimatedValue().map(v -> v.toDecimal().toPlainString() + " SBD").orElse("-"),
                    r.expectedCuration().map(v -> v.toDecimal().toPlainString()).orElse("-"),
                    percent(price.flatMap(r::efficiencyPercent)));
        }
    }

    private static ObjectNode votesJson(AccountName account, List<VoteReturn> returns, Optional<VestingPrice> price) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("account", account.value());
        ArrayNode list = o.putArray("votes");
        for (VoteReturn r : returns) {
            ObjectNode v = list.addObject();
            v.put("paid_at", r.paidAt().toString());
            v.put("author", r.author());
            v.put("permlink", r.permlink());
            v.put("curation_vests", r.curationVests().toString());
            v.put("curation_sp", price.map(p -> CliFormat.sp(r.curationSp(p))).orElse(null));
            v.put("voted_at", r.votedAt().map(Instant::toString).orElse(null));
            if (r.postAgeAtVote().isPresent()) {
                v.put("post_age_seconds", r.postAgeAtVote().get().toSeconds());
            } else {
                v.putNull("post_age_seconds");
            }
            v.put("estimated_value", r.estimatedValue().map(Asset::toString).orElse(null));
            v.put("expected_curation", r.expectedCuration().map(Asset::toString).orElse(null));
            v.put("efficiency_percent", price.flatMap(r::efficiencyPercent).orElse(null));
        }
        return o;
    }

    private void writeCsv(List<RewardEvent> events, List<VoteReturn> votes, Optional<VestingPrice> price,
                          Language language) {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            RewardCsv.write(events, votes, price, new Messages(language), w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
        }
    }

    private static RewardPeriod period(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "day" -> RewardPeriod.DAY;
            case "week" -> RewardPeriod.WEEK;
            case "month" -> RewardPeriod.MONTH;
            default -> throw new CliError("cli.error.rewards.by", text);
        };
    }
}
