package org.steemdesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.steemdesk.app.curation.TrailReport;
import org.steemdesk.app.curation.TrailRules;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;

/** How the curation commands and the runner's log name a trail entry's rules and a trail's reasons to skip. */
final class TrailOutput {
    private TrailOutput() {
    }

    /** "" for an entry with the default rules, else "  [delay 5m, tags kr/photography, …]". */
    static String rulesSuffix(TrailRules r, Messages m) {
        if (r.isDefault()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        r.delay().ifPresent(d -> parts.add(m.get("cli.trail.rule.delay", CurationCommand.age(d))));
        if (r.scaleByLeader()) {
            parts.add(m.get("cli.trail.rule.scaled"));
        }
        if (r.skipSelf()) {
            parts.add(m.get("cli.trail.rule.skip_self"));
        }
        if (!r.skipComments()) {
            parts.add(m.get("cli.trail.rule.comments"));
        }
        if (!r.tags().isEmpty()) {
            parts.add(m.get("cli.trail.rule.tags", String.join("/", r.tags())));
        }
        if (!r.excludeTags().isEmpty()) {
            parts.add(m.get("cli.trail.rule.exclude_tags", String.join("/", r.excludeTags())));
        }
        if (!r.authors().isEmpty()) {
            parts.add(m.get("cli.trail.rule.authors", names(r.authors())));
        }
        if (!r.excludeAuthors().isEmpty()) {
            parts.add(m.get("cli.trail.rule.exclude_authors", names(r.excludeAuthors())));
        }
        r.minPayout().ifPresent(a -> parts.add(m.get("cli.trail.rule.min_payout", a.toString())));
        r.maxPayout().ifPresent(a -> parts.add(m.get("cli.trail.rule.max_payout", a.toString())));
        r.dailyCap().ifPresent(n -> parts.add(m.get("cli.trail.rule.daily_cap", n)));
        r.minMana().ifPresent(bp -> parts.add(m.get("cli.trail.rule.min_mana", CliFormat.percent(bp))));
        return "  [" + String.join(", ", parts) + "]";
    }

    /** Why the trail skipped or held back a post (the outcomes beyond the first four). */
    static String why(TrailReport.Outcome outcome, Messages m) {
        return switch (outcome) {
            case SELF_VOTE -> m.get("cli.trail.why.self_vote");
            case COMMENT -> m.get("cli.trail.why.comment");
            case FILTERED -> m.get("cli.trail.why.filtered");
            case PAYOUT_TOO_HIGH -> m.get("cli.trail.why.payout_too_high");
            case PAYOUT_TOO_LOW -> m.get("cli.trail.why.payout_too_low");
            case QUEUED, ALREADY_VOTED, PAYOUT_WINDOW_CLOSED, DAILY_CAP_REACHED -> outcome.name();
        };
    }

    private static String names(java.util.Set<AccountName> names) {
        return names.stream().map(AccountName::value).sorted().collect(Collectors.joining("/"));
    }
}
