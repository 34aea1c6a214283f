package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** steemd's time_point_sec: "YYYY-MM-DDTHH:MM:SS", UTC, no zone suffix, whole seconds. */
final class TimeJson {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final String PLAIN_SHAPE = "dddd-dd-ddTdd:dd:dd";
    private static final int PLAIN_LENGTH = PLAIN_SHAPE.length();
    private static final int MAX_PLAIN_YEAR = 9999;

    private TimeJson() {}

    /**
     * Written by hand for years 0-9999 (every time a node or a transaction has): the formatter's general machinery
     * was a noticeable part of signing a batch of 20,000 transactions; it still writes any other year.
     */
    static String format(Instant time) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > MAX_PLAIN_YEAR) {
            return FORMAT.format(time.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        }
        char[] out = new char[PLAIN_LENGTH];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        return new String(out);
    }

    /**
     * Also accepts a trailing Z or fraction, which some proxies and hivemind add. The plain form is read by hand (as
     * fast as {@link #format}); anything else, and any field out of range, goes to {@code LocalDateTime.parse},
     * which reads or refuses it.
     */
    static Instant parse(String text) {
        String t = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
        if (isPlain(t)) {
            try {
                return LocalDateTime.of(number(t, 0, 4), number(t, 5, 2), number(t, 8, 2), number(t, 11, 2),
                        number(t, 14, 2), number(t, 17, 2)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException outOfRange) {
                // LocalDateTime.parse refuses it in its words
            }
        }
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }

    /** "dddd-dd-ddTdd:dd:dd" exactly. */
    private static boolean isPlain(String t) {
        if (t.length() != PLAIN_LENGTH) {
            return false;
        }
        for (int i = 0; i < PLAIN_LENGTH; i++) {
            char c = t.charAt(i);
            char expected = PLAIN_SHAPE.charAt(i);
            if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (t.charAt(i) - '0');
        }
        return value;
    }

    private static void digits(char[] out, int from, int value, int count) {
        for (int i = from + count - 1, v = value; i >= from; i--, v /= 10) {
            out[i] = (char) ('0' + v % 10);
        }
    }

    static final class Deserializer extends StdDeserializer<Instant> {
        Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return parse(text);
            } catch (DateTimeParseException | NullPointerException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a Steem time");
            }
        }
    }
}
