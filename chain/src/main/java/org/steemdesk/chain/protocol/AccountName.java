package org.steemdesk.chain.protocol;

import java.util.Objects;

/**
 * A Steem account name, valid by steemd's {@code is_valid_account_name}: 3–16 characters, dot-separated
 * segments of at least 3 characters, each starting with a letter and ending with a letter or digit,
 * with only a–z, 0–9 and '-'.
 */
public record AccountName(String value) implements Comparable<AccountName> {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 16;

    public AccountName {
        Objects.requireNonNull(value, "account name");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("invalid account name \"" + value + "\": " + problem);
        }
    }

    public static AccountName of(String value) {
        return new AccountName(value);
    }

    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /** Why a name is invalid, or null when it is valid. */
    static String problem(String name) {
        if (name.length() < MIN_LENGTH) {
            return "shorter than " + MIN_LENGTH + " characters";
        }
        if (name.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        for (String segment : name.split("\\.", -1)) {
            if (segment.length() < MIN_LENGTH) {
                return "each dot-separated part needs at least " + MIN_LENGTH + " characters";
            }
            if (!isLower(segment.charAt(0))) {
                return "each part must start with a letter a-z";
            }
            char last = segment.charAt(segment.length() - 1);
            if (!isLower(last) && !isDigit(last)) {
                return "each part must end with a letter or digit";
            }
            for (int i = 1; i < segment.length() - 1; i++) {
                char c = segment.charAt(i);
                if (!isLower(c) && !isDigit(c) && c != '-') {
                    return "only a-z, 0-9, '-' and '.' are allowed";
                }
            }
        }
        return null;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public int compareTo(AccountName o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
