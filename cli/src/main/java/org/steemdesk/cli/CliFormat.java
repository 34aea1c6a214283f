package org.steemdesk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/** How the read and vote commands parse and print percentages, durations, ages and STEEM Power. */
final class CliFormat {
    private static final Pattern PERCENT = Pattern.compile("([+-]?\\d{1,3}(?:\\.\\d{1,2})?)%?");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,7})([smhd])");

    private CliFormat() {
    }

    /** "100%", "-50%", "12.5%" → basis points (10000, -5000, 1250). */
    static int basisPoints(String text, String option) {
        Matcher m = PERCENT.matcher(text.trim());
        if (!m.matches()) {
            throw new CliError("cli.error.percent", option, text);
        }
        return new BigDecimal(m.group(1)).movePointRight(2).intValueExact();
    }

    /** "30s", "15m", "6h", "1d". */
    static Duration duration(String text, String option) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CliError("cli.error.duration", option, text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** 1250 → "12.5%", 10000 → "100%". */
    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    /** For JSON: basis points as a percentage number (9850 → 98.5). */
    static BigDecimal percentNumber(int basisPoints) {
        BigDecimal value = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    /** STEEM Power as "7741.935 SP". */
    static String sp(Asset steem) {
        if (steem.symbol() != AssetSymbol.STEEM) {
            throw new IllegalArgumentException("STEEM Power is shown from STEEM, got " + steem);
        }
        return steem.toDecimal().toPlainString() + " SP";
    }

    /** "just now", "42 s", "5 min", "3 h", "2 days". */
    /**
     * How long ago {@code then} was: English keeps the CLI's short "42 s ago" (scripts read it); other languages say
     * it with the bundles' relative times.
     */
    static String age(Instant then, Instant now, Messages messages) {
        return messages.language() == Language.ENGLISH ? age(Duration.between(then, now))
                : new Formats(messages, ZoneId.systemDefault()).relative(then, now);
    }

    static String age(Duration age) {
        long s = Math.max(0, age.toSeconds());
        if (s < 2) {
            return "just now";
        }
        if (s < 120) {
            return s + " s ago";
        }
        if (s < 7200) {
            return s / 60 + " min ago";
        }
        if (s < 172_800) {
            return s / 3600 + " h ago";
        }
        return s / 86_400 + " days ago";
    }
}
