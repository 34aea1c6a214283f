package org.steemdesk.chain.protocol;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of STEEM, SBD or VESTS as steemd holds it: an integer count of the smallest unit and a symbol
 * that fixes the precision. No floating point ever touches it.
 */
public record Asset(long amount, AssetSymbol symbol) implements Comparable<Asset> {

    public Asset {
        Objects.requireNonNull(symbol, "symbol");
    }

    public static Asset of(long amount, AssetSymbol symbol) {
        return new Asset(amount, symbol);
    }

    public static Asset zero(AssetSymbol symbol) {
        return new Asset(0, symbol);
    }

    public static Asset steem(String decimal) {
        return fromDecimal(new BigDecimal(decimal), AssetSymbol.STEEM);
    }

    /** Converts a decimal that must fit the symbol's precision exactly; "1.0001 STEEM" is an error, not a rounding. */
    public static Asset fromDecimal(BigDecimal value, AssetSymbol symbol) {
        BigDecimal scaled = value.movePointRight(symbol.precision());
        try {
            return new Asset(scaled.longValueExact(), symbol);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    value.toPlainString() + " does not fit " + symbol + " (" + symbol.precision() + " decimals)", e);
        }
    }

    /**
     * Parses the condenser form {@code "1.000 STEEM"}. The number of decimals must be exactly the symbol's
     * precision, as condenser_api requires ("Incorrect decimal places").
     */
    public static Asset parse(String text) {
        Objects.requireNonNull(text, "asset");
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        if (space <= 0 || trimmed.indexOf(' ', space + 1) >= 0) {
            throw new IllegalArgumentException("not an amount: \"" + text + "\" (expected e.g. \"1.000 STEEM\")");
        }
        String number = trimmed.substring(0, space);
        AssetSymbol symbol = AssetSymbol.parse(trimmed.substring(space + 1));
        boolean negative = number.startsWith("-");
        String digits = negative ? number.substring(1) : number;
        int dot = digits.indexOf('.');
        int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        if (decimals != symbol.precision()) {
            throw new IllegalArgumentException("not an amount: \"" + text + "\" needs exactly "
                    + symbol.precision() + " decimals for " + symbol);
        }
        String whole = digits.substring(0, dot);
        String fraction = digits.substring(dot + 1);
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit) || !fraction.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not an amount: \"" + text + "\"");
        }
        try {
            long units = Math.addExact(Math.multiplyExact(Long.parseLong(whole), pow10(symbol.precision())),
                    Long.parseLong(fraction));
            return new Asset(negative ? -units : units, symbol);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: \"" + text + "\" is too large", e);
        }
    }

    public int precision() {
        return symbol.precision();
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amount, symbol.precision());
    }

    public Asset plus(Asset other) {
        requireSameSymbol(other);
        return new Asset(Math.addExact(amount, other.amount), symbol);
    }

    public Asset minus(Asset other) {
        requireSameSymbol(other);
        return new Asset(Math.subtractExact(amount, other.amount), symbol);
    }

    public boolean isZero() {
        return amount == 0;
    }

    public boolean isNegative() {
        return amount < 0;
    }

    private void requireSameSymbol(Asset other) {
        if (other.symbol != symbol) {
            throw new IllegalArgumentException("cannot combine " + symbol + " with " + other.symbol);
        }
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    @Override
    public int compareTo(Asset o) {
        requireSameSymbol(o);
        return Long.compare(amount, o.amount);
    }

    /** The condenser form, e.g. {@code "1.000 STEEM"}. */
    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + symbol;
    }
}
