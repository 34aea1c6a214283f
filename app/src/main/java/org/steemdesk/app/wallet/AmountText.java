package org.steemdesk.app.wallet;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * Reads amounts as people type them: {@code 1}, {@code 1.5}, {@code 1.500 STEEM}, {@code 2 SBD}, {@code 10 SP}.
 * A bare number is accepted only where one asset is possible; more decimals than the asset has is an error, never a
 * rounding.
 */
public final class AmountText {
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(?:\\s*([A-Za-z]+))?");

    private AmountText() {
    }

    /**
     * A liquid amount of one of {@code allowed} (STEEM and/or SBD). A bare number means the only allowed asset.
     *
     * @throws WalletException INVALID_AMOUNT
     */
    public static Asset liquid(String text, Set<AssetSymbol> allowed) {
        Matcher m = match(text);
        AssetSymbol symbol;
        if (m.group(2) == null) {
            if (allowed.size() != 1) {
                String number = m.group(1);
                throw invalid("\"" + number + "\" needs an asset here: write "
                        + allowed.stream().sorted().map(s -> number + " " + s).collect(Collectors.joining(" or ")));
            }
            symbol = allowed.iterator().next();
        } else {
            symbol = symbol(m.group(2), text);
            if (!allowed.contains(symbol)) {
                throw invalid("\"" + text.strip() + "\": this operation takes " + names(allowed));
            }
        }
        return positive(exact(new BigDecimal(m.group(1)), symbol, text), text);
    }

    /**
     * Stake as SP (a bare number or {@code SP}) or {@code VESTS}; zero is allowed (it undoes a delegation), negatives
     * are not. {@code STEEM} is refused: liquid STEEM is not stake, and "delegate 10 STEEM" is a mistake to point out,
     * not to guess at.
     *
     * @throws WalletException INVALID_AMOUNT
     */
    public static StakeAmount stake(String text) {
        Matcher m = match(text);
        String unit = m.group(2) == null ? "SP" : m.group(2).toUpperCase(Locale.ROOT);
        BigDecimal number = new BigDecimal(m.group(1));
        return switch (unit) {
            case "SP" -> StakeAmount.sp(exact(number, AssetSymbol.STEEM, text));
            case "VESTS" -> StakeAmount.vests(exact(number, AssetSymbol.VESTS, text));
            default -> throw invalid("\"" + text.strip() + "\": Steem Power is given in SP or VESTS"
                    + ("STEEM".equals(unit) ? " (liquid STEEM is not Steem Power: power it up first)" : ""));
        };
    }

    private static Matcher match(String text) {
        Matcher m = AMOUNT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw invalid("not an amount: \"" + text + "\" (expected e.g. 1.000 STEEM, 2 SBD or 10 SP)");
        }
        return m;
    }

    private static AssetSymbol symbol(String name, String text) {
        try {
            return AssetSymbol.parse(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("\"" + text.strip() + "\": unknown asset " + name);
        }
    }

    private static Asset exact(BigDecimal value, AssetSymbol symbol, String text) {
        if (value.scale() > symbol.precision()) {
            throw invalid("\"" + text.strip() + "\" has more than " + symbol.precision() + " decimals, the most "
                    + symbol + " allows");
        }
        try {
            return Asset.fromDecimal(value, symbol);
        } catch (IllegalArgumentException e) {
            throw invalid("\"" + text.strip() + "\" is too large");
        }
    }

    private static Asset positive(Asset amount, String text) {
        if (amount.amount() <= 0) {
            throw invalid("\"" + text.strip() + "\": the amount must be more than zero");
        }
        return amount;
    }

    private static String names(Set<AssetSymbol> symbols) {
        return symbols.stream().sorted().map(AssetSymbol::name).collect(Collectors.joining(" or "));
    }

    private static WalletException invalid(String message) {
        return new WalletException(Reason.INVALID_AMOUNT, message);
    }
}
