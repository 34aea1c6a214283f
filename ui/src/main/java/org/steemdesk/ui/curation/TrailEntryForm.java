package org.steemdesk.ui.curation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.steemdesk.app.curation.TrailEntry;
import org.steemdesk.app.curation.TrailRules;
import org.steemdesk.app.curation.TrailSource;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.feed.VotePanelModel;

/**
 * The trail entry form without JavaFX: what the user typed ({@link Fields}) becomes a {@link TrailEntry} with its
 * {@link TrailRules}, or one sentence naming the first field that is wrong; an entry becomes the form again (to
 * change it) and a short text for the table.
 */
public record TrailEntryForm(Messages messages, Formats formats) {
    /**
     * The form as typed. Lists (tags, authors) are separated by commas or spaces; {@code @} before a name and
     * {@code #} before a tag are allowed; empty texts mean "no such rule".
     */
    public record Fields(TrailSource source, String name, String weight, String delaySeconds, boolean scaleByLeader,
                         boolean skipSelf, boolean comments, String tags, String excludeTags, String authors,
                         String excludeAuthors, String minPayout, String maxPayout, String dailyCap,
                         String minMana) {
        public Fields {
            Objects.requireNonNull(source, "source");
        }

        /** An empty form for a new entry of this kind. */
        public static Fields empty(TrailSource source) {
            return new Fields(source, "", "100", "", false, false, false, "", "", "", "", "", "", "", "");
        }

        /** The form showing an entry, to change it. */
        public static Fields of(TrailEntry e) {
            TrailRules r = e.rules();
            return new Fields(e.source(), e.name(), BigDecimal.valueOf(e.weight(), 2).stripTrailingZeros()
                    .toPlainString(), r.delay().map(d -> Long.toString(d.toSeconds())).orElse(""),
                    r.scaleByLeader(), r.skipSelf(), !r.skipComments(), String.join(", ", r.tags()),
                    String.join(", ", r.excludeTags()), names(r.authors()), names(r.excludeAuthors()),
                    r.minPayout().map(a -> a.toDecimal().toPlainString()).orElse(""),
                    r.maxPayout().map(a -> a.toDecimal().toPlainString()).orElse(""),
                    r.dailyCap().isPresent() ? Integer.toString(r.dailyCap().getAsInt()) : "",
                    r.minMana().isPresent() ? BigDecimal.valueOf(r.minMana().getAsInt(), 2).stripTrailingZeros()
                            .toPlainString() : "");
        }
    }

    /** The entry the form makes, or why it makes none. */
    public record Result(Optional<TrailEntry> entry, String error) {
        static Result refused(String error) {
            return new Result(Optional.empty(), error);
        }
    }

    /** A field that cannot be read: its sentence. */
    private static final class Refused extends Exception {
        Refused(String sentence) {
            super(sentence, null, false, false);
        }
    }

    /** The entry the fields describe, added {@code now}; the chain check of the names is the app's, when added. */
    public Result build(Fields f, Instant now) {
        try {
            String name = switch (f.source()) {
                case TAG -> tag(f.name());
                case AUTHOR, CURATOR -> account(f.name()).value();
            };
            OptionalInt weight = VotePanelModel.parseWeight(f.weight());
            if (weight.isEmpty() || weight.getAsInt() <= 0) {
                throw new Refused(messages.get("curation.trail.form.bad.weight"));
            }
            Optional<Duration> delay = seconds(f.delaySeconds());
            Set<String> tags = tags(f.tags());
            Set<String> excludeTags = tags(f.excludeTags());
            Set<AccountName> authors = accounts(f.authors());
            Set<AccountName> excludeAuthors = accounts(f.excludeAuthors());
            Optional<Asset> min = sbd(f.minPayout());
            Optional<Asset> max = sbd(f.maxPayout());
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                throw new Refused(messages.get("curation.trail.form.bad.payoutRange"));
            }
            TrailRules rules = new TrailRules(delay, f.source() == TrailSource.CURATOR && f.scaleByLeader(),
                    f.skipSelf(), !f.comments(), tags, excludeTags, authors, excludeAuthors, min, max,
                    count(f.dailyCap(), messages.get("curation.trail.form.bad.dailyCap")), percent(f.minMana()));
            return new Result(Optional.of(new TrailEntry(f.source(), name, weight.getAsInt(), now, rules)), "");
        } catch (Refused e) {
            return Result.refused(e.getMessage());
        }
    }

    /** The entry's rules in a few words for the table ("" when it has none beyond the defaults). */
    public String rulesText(TrailRules r) {
        List<String> said = new ArrayList<>();
        r.delay().ifPresent(d -> said.add(messages.get("curation.trail.rules.delay", d.toSeconds())));
        if (r.scaleByLeader()) {
            said.add(messages.get("curation.trail.rules.scaled"));
        }
        if (r.skipSelf()) {
            said.add(messages.get("curation.trail.rules.skipSelf"));
        }
        if (!r.skipComments()) {
            said.add(messages.get("curation.trail.rules.comments"));
        }
        if (!r.tags().isEmpty()) {
            said.add(messages.get("curation.trail.rules.tags", hashTags(r.tags())));
        }
        if (!r.excludeTags().isEmpty()) {
            said.add(messages.get("curation.trail.rules.excludeTags", hashTags(r.excludeTags())));
        }
        if (!r.authors().isEmpty()) {
            said.add(messages.get("curation.trail.rules.authors", handles(r.authors())));
        }
        if (!r.excludeAuthors().isEmpty()) {
            said.add(messages.get("curation.trail.rules.excludeAuthors", handles(r.excludeAuthors())));
        }
        r.minPayout().ifPresent(a -> said.add(messages.get("curation.trail.rules.minPayout", amount(a))));
        r.maxPayout().ifPresent(a -> said.add(messages.get("curation.trail.rules.maxPayout", amount(a))));
        r.dailyCap().ifPresent(n -> said.add(messages.get("curation.trail.rules.dailyCap", n)));
        r.minMana().ifPresent(bp -> said.add(messages.get("curation.trail.rules.minMana",
                formats.percent(bp / 10_000.0))));
        return String.join(" \u00b7 ", said);
    }

    private static String hashTags(Set<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
    }

    private static String handles(Set<AccountName> accounts) {
        return accounts.stream().map(a -> "@" + a.value()).sorted().collect(Collectors.joining(" "));
    }

    private String amount(Asset a) {
        return formats.amount(a.toDecimal(), a.symbol().name());
    }

    private static String names(Set<AccountName> accounts) {
        return accounts.stream().map(AccountName::value).sorted().collect(Collectors.joining(", "));
    }

    private static List<String> items(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.strip().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private AccountName account(String text) throws Refused {
        String name = text == null ? "" : text.strip().replaceFirst("^@", "");
        try {
            return AccountName.of(name);
        } catch (IllegalArgumentException e) {
            throw new Refused(messages.get("curation.trail.form.bad.account", name));
        }
    }

    private String tag(String text) throws Refused {
        String tag = text == null ? "" : text.strip().replaceFirst("^#", "").toLowerCase(java.util.Locale.ROOT);
        try {
            TrailEntry.tag(tag, 1, Instant.EPOCH);
            return tag;
        } catch (IllegalArgumentException e) {
            throw new Refused(messages.get("curation.trail.form.bad.tag", tag));
        }
    }

    private Set<String> tags(String text) throws Refused {
        Set<String> tags = new LinkedHashSet<>();
        for (String item : items(text)) {
            tags.add(tag(item));
        }
        return tags;
    }

    private Set<AccountName> accounts(String text) throws Refused {
        Set<AccountName> accounts = new LinkedHashSet<>();
        for (String item : items(text)) {
            accounts.add(account(item));
        }
        return accounts;
    }

    private Optional<Duration> seconds(String text) throws Refused {
        OptionalInt n = count(text, messages.get("curation.trail.form.bad.delay"));
        return n.isPresent() ? Optional.of(Duration.ofSeconds(n.getAsInt())) : Optional.empty();
    }

    private OptionalInt count(String text, String sentence) throws Refused {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Refused(sentence);
    }

    private Optional<Asset> sbd(String text) throws Refused {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replaceFirst("(?i)\\s*SBD$", ""));
            if (value.signum() >= 0 && value.scale() <= 3) {
                return Optional.of(Asset.fromDecimal(value, AssetSymbol.SBD));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Refused(messages.get("curation.trail.form.bad.payout", text.strip()));
    }

    private OptionalInt percent(String text) throws Refused {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        OptionalInt bp = VotePanelModel.parseWeight(text);
        if (bp.isEmpty() || bp.getAsInt() < 0) {
            throw new Refused(messages.get("curation.trail.form.bad.minMana"));
        }
        return bp;
    }
}
