package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.rewards.EconomicsFixture;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.testnode.TestNode;

/**
 * {@code vote --estimate}: the figures of real votes the fake node applied (app's {@code economics/fakenode-votes.json},
 * moved to the present by {@link EconomicsFixture}) come out of the command exactly, nothing is queued or sent, and
 * every refusal is one line with exit code 1.
 */
class VoteEstimateCommandTest {

    @TempDir
    Path dir;
    final List<TestNode> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(TestNode::close);
    }

    static JsonNode recorded(String name) {
        return EconomicsFixture.recorded(name);
    }

    /** A node answering with the case's "before" state, moved to now; {@code edit} changes the answers first. */
    TestNode serving(JsonNode c, Consumer<ObjectNode> edit) throws IOException {
        TestNode node = EconomicsFixture.serve(c, Instant.now().truncatedTo(ChronoUnit.SECONDS), edit);
        nodes.add(node);
        return node;
    }

    CliRun run(TestNode node, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString(), "--node", node.url().toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    CliRun estimate(TestNode node, JsonNode c, String weight, String... more) {
        List<String> args = new ArrayList<>(List.of("--account", c.path("voter").asText(), "vote",
                c.path("author").asText() + "/" + c.path("permlink").asText(), "--weight", weight, "--estimate"));
        args.addAll(List.of(more));
        return run(node, args.toArray(String[]::new));
    }

    @Test
    void theJsonObjectHoldsSteemdsFiguresAndNothingIsQueuedOrSent() throws Exception {
        JsonNode c = recorded("first-upvote-at-30s");
        TestNode node = serving(c, a -> { });

        CliRun run = estimate(node, c, "100%", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode e = SteemJson.mapper().readTree(run.out());
        assertThat(e.path("rshares").isIntegralNumber()).isTrue();
        assertThat(e.path("rshares").asLong()).isEqualTo(c.at("/after/vote/rshares").asLong());
        assertThat(e.path("curation_weight").isIntegralNumber()).isTrue();
        assertThat(e.path("curation_weight").bigIntegerValue())
                .isEqualTo(new BigInteger(c.at("/after/vote/weight").asText()));
        Asset before = Asset.parse(c.at("/before/get_content/pending_payout_value").asText());
        Asset after = Asset.parse(c.at("/after/post/pending_payout_value").asText());
        assertThat(e.path("payout_change").asText()).isEqualTo(after.minus(before).toString()).endsWith(" SBD");
        assertThat(e.path("age_seconds").asLong()).isEqualTo(30);
        assertThat(e.path("reverse_auction_seconds").asLong()).isEqualTo(300);
        assertThat(e.path("age_penalty_seconds").asLong()).isEqualTo(270);
        assertThat(e.path("expected_curation_reward").asText()).endsWith(" STEEM");
        assertThat(e.at("/at_best_age/age_seconds").asLong()).isEqualTo(300);
        assertThat(e.at("/at_best_age/curation_weight").bigIntegerValue()).isGreaterThan(
                e.path("curation_weight").bigIntegerValue());
        assertThat(node.received("condenser_api.broadcast_transaction_synchronous")).isEmpty();
        assertThat(node.received("condenser_api.broadcast_transaction")).isEmpty();
        CliRun queue = run(node, "--json", "queue", "list");
        assertThat(SteemJson.mapper().readTree(queue.out()).path("intents")).isEmpty();
    }

    @Test
    void aDownvoteNearCashoutHasItsCutRshares() throws Exception {
        JsonNode c = recorded("downvote-6h-before-cashout");
        CliRun run = estimate(serving(c, a -> { }), c, "-100%", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode e = SteemJson.mapper().readTree(run.out());
        assertThat(e.path("rshares").asLong()).isEqualTo(c.at("/after/vote/rshares").asLong()).isNegative();
        assertThat(e.path("curation_weight").asLong()).isZero();
        assertThat(e.path("payout_change").asText()).startsWith("-");
    }

    @Test
    void theReadableBlockIsInTheCliLanguage() throws Exception {
        JsonNode c = recorded("first-upvote-at-30s");
        TestNode node = serving(c, a -> { });

        CliRun english = estimate(node, c, "100%", "--lang", "en");
        CliRun korean = estimate(node, c, "100%", "--lang", "ko");

        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).contains("Curation weight: " + c.at("/after/vote/weight").asText())
                .contains("Age penalty: 270 s too early").contains("Nothing was queued or sent.");
        assertThat(korean.out()).contains("큐레이션 가중치: " + c.at("/after/vote/weight").asText())
                .contains("270초 일찍").contains("대기열에 넣거나 보낸 것은 없습니다.");
    }

    @Test
    void badInputIsOneLineWithExitCodeOneAndNothingIsQueued() throws Exception {
        JsonNode c = recorded("tiny-voter-on-small-post");
        TestNode fine = serving(c, a -> { });
        TestNode paidOut = serving(c, a -> ((ObjectNode) a.path("get_content"))
                .put("cashout_time", "1969-12-31T23:59:59"));
        TestNode unknownCurve = serving(c, a -> ((ObjectNode) a.path("get_reward_fund"))
                .put("author_reward_curve", "linear_v2"));
        TestNode missing = serving(c, a -> ((ObjectNode) a.path("get_dynamic_global_properties"))
                .remove("reverse_auction_seconds"));

        List<CliRun> refused = List.of(estimate(fine, c, "150%", "--lang", "en"),
                estimate(paidOut, c, "100%", "--lang", "en"), estimate(unknownCurve, c, "100%", "--lang", "en"),
                estimate(missing, c, "100%", "--json", "--lang", "en"));

        for (CliRun run : refused) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).startsWith("steemdesk: ").hasLineCount(1);
            assertThat(run.out()).isEmpty();
        }
        assertThat(refused.get(0).err()).contains("between -100 % and 100 %");
        assertThat(refused.get(1).err()).contains("has been paid out");
        assertThat(refused.get(2).err()).contains("linear_v2");
        assertThat(refused.get(3).err()).contains("reverse_auction_seconds");
        assertThat(fine.received("condenser_api.get_content")).as("a bad weight asks no node").isEmpty();
        CliRun queue = run(fine, "--json", "queue", "list");
        assertThat(SteemJson.mapper().readTree(queue.out()).path("intents")).isEmpty();
    }

    @Test
    void noNodeIsOfflineAndExitCodeOne() throws Exception {
        JsonNode c = recorded("tiny-voter-on-small-post");
        TestNode node = serving(c, a -> { });
        node.close();

        CliRun run = estimate(node, c, "100%", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("steemdesk: offline").hasLineCount(1);
    }
}
