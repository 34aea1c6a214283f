package org.steemdesk.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steemdesk.app.curation.TrailRules;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import picocli.CommandLine.Option;

/** The options of {@code curation trail add} that make an entry's {@link TrailRules}. */
final class TrailRuleOptions {
    @Option(names = "--delay", paramLabel = "AGE")
    String delay;

    @Option(names = "--scale-by-leader")
    boolean scaleByLeader;

    @Option(names = "--skip-self")
    boolean skipSelf;

    @Option(names = "--skip-comments", negatable = true, defaultValue = "true", fallbackValue = "true")
    boolean skipComments;

    @Option(names = "--tags", paramLabel = "TAG,…", split = ",")
    List<String> tags;

    @Option(names = "--exclude-tags", paramLabel = "TAG,…", split = ",")
    List<String> excludeTags;

    @Option(names = "--authors", paramLabel = "NAME,…", split = ",")
    List<String> authors;

    @Option(names = "--exclude-authors", paramLabel = "NAME,…", split = ",")
    List<String> excludeAuthors;

    @Option(names = "--min-payout", paramLabel = "AMOUNT [SBD]", arity = "1..2")
    List<String> minPayout;

    @Option(names = "--max-payout", paramLabel = "AMOUNT [SBD]", arity = "1..2")
    List<String> maxPayout;

    @Option(names = "--daily-cap", paramLabel = "N")
    Integer dailyCap;

    @Option(names = "--min-mana", paramLabel = "PCT")
    String minMana;

    TrailRules rules() {
        Optional<Duration> age = Optional.ofNullable(delay).map(d -> CliFormat.duration(d, "--delay"));
        return new TrailRules(age, scaleByLeader, skipSelf, skipComments, set(tags, t -> t), set(excludeTags, t -> t),
                set(authors, AccountName::of), set(excludeAuthors, AccountName::of), sbd(minPayout, "--min-payout"),
                sbd(maxPayout, "--max-payout"), dailyCap == null ? OptionalInt.empty() : OptionalInt.of(dailyCap),
                minMana == null ? OptionalInt.empty() : OptionalInt.of(CliFormat.basisPoints(minMana, "--min-mana")));
    }

    private static <T> Set<T> set(List<String> values, Function<String, T> parse) {
        return values == null ? Set.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty())
                .map(v -> v.replaceFirst("^[#@]", "")).map(parse).collect(Collectors.toSet());
    }

    /** "1", "1 SBD", "1.5 SBD" → an SBD amount; another symbol is refused. */
    private static Optional<Asset> sbd(List<String> words, String option) {
        if (words == null || words.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join(" ", words).trim();
        String[] parts = text.split("\\s+");
        try {
            if (parts.length > 2 || parts.length == 2 && !parts[1].equalsIgnoreCase("SBD")) {
                throw new NumberFormatException(Arrays.toString(parts));
            }
            return Optional.of(Asset.fromDecimal(new BigDecimal(parts[0]), AssetSymbol.SBD));
        } catch (RuntimeException e) {
            throw new CliError("cli.error.sbd", option, text);
        }
    }
}
