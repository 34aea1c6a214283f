package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** steemd's time_point_sec: "YYYY-MM-DDTHH:MM:SS", UTC, no zone suffix, whole seconds. */
final class TimeJson {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private TimeJson() {}

    static String format(Instant time) {
        return FORMAT.format(time.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** Also accepts a trailing Z or fraction, which some proxies and hivemind add. */
    static Instant parse(String text) {
        String t = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
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
