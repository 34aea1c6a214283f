package org.steemdesk.app.rewards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.testnode.TestNode;

/**
 * The fake node's recorded votes ({@code economics/fakenode-votes.json}, see bench/vote-estimates/regenerate) served
 * again: a case's "before" answers on a loopback node, moved in time as a whole so its head block is the test's
 * "now" (every age and regeneration interval stays what it was).
 */
public final class EconomicsFixture {
    private static final JsonNode RECORDING = load();
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");

    private EconomicsFixture() {
    }

    private static JsonNode load() {
        try (InputStream in = EconomicsFixture.class.getResourceAsStream("/economics/fakenode-votes.json")) {
            return SteemJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded case of this name: voter, author, permlink, weight, the node's answers before, its vote after. */
    public static JsonNode recorded(String name) {
        for (JsonNode c : RECORDING.path("cases")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no recorded case " + name);
    }

    /**
     * A node answering with the case's "before" state (and the recorded config), its head block at {@code now};
     * {@code edit} may change the answers first. Broadcasts are accepted.
     */
    public static TestNode serve(JsonNode c, Instant now, Consumer<ObjectNode> edit) {
        ObjectNode answers = c.path("before").deepCopy();
        answers.set("get_config", RECORDING.path("get_config").deepCopy());
        Instant recordedHead = Instant.parse(answers.at("/get_dynamic_global_properties/time").asText() + "Z");
        shift(answers, Duration.between(recordedHead, now));
        edit.accept(answers);
        TestNode node = TestNode.start(now);
        answers.properties().forEach(a -> node.answer("condenser_api." + a.getKey(), a.getValue()));
        node.answer("condenser_api.broadcast_transaction_synchronous", params -> SteemJson.mapper()
                .createObjectNode().put("id", "0".repeat(40)).put("block_num", 1).put("trx_num", 0)
                .put("expired", false));
        return node;
    }

    /**
     * Moves every time stamp but steemd's "never" sentinels (1969-12-31T23:59:59, 1970-01-01T00:00:00), and the
     * manabars' Unix seconds.
     */
    public static void shift(JsonNode node, Duration by) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isTextual() && TIME.matcher(f.getValue().asText()).matches()) {
                    ((ObjectNode) node).set(f.getKey(), new TextNode(shifted(f.getValue().asText(), by)));
                } else if (f.getKey().equals("last_update_time") && f.getValue().isNumber()) {
                    ((ObjectNode) node).put(f.getKey(), f.getValue().asLong() + by.toSeconds());
                } else {
                    shift(f.getValue(), by);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> shift(child, by));
        }
    }

    private static String shifted(String time, Duration by) {
        if (time.startsWith("1969") || time.startsWith("1970")) {
            return time;
        }
        return Instant.parse(time + "Z").plus(by).toString().substring(0, 19);
    }
}
