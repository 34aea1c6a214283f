package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.testnode.TestNode;

/** The read and queue commands end to end, in-process, against a loopback node serving recorded responses. */
class ReadAndVoteCommandsTest {
    @TempDir
    Path dir;
    TestNode node;

    @BeforeEach
    void start() throws Exception {
        node = TestNode.start(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        node.answerRecorded("condenser_api.get_discussions_by_trending", "get_discussions_by_trending-2020-hivemind-kr.json");
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
    }

    CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "--node";
        all[3] = node.url().toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    static JsonNode json(CliRun run) throws Exception {
        return SteemJson.mapper().readTree(run.out());
    }

    @Test
    void aFeedReadOnlineIsShownFromTheCacheWhenTheNodeIsGone() throws Exception {
        CliRun online = run("--json", "feed", "trending", "--tag", "kr", "--limit", "20");
        node.close();
        CliRun offline = run("--json", "feed", "trending", "--tag", "kr", "--limit", "20");
        CliRun human = run("feed", "trending", "--tag", "kr", "--limit", "2");

        assertThat(online.exitCode()).isZero();
        assertThat(json(online).path("offline").asBoolean()).isFalse();
        assertThat(json(online).path("posts")).hasSize(20);
        assertThat(json(online).path("posts").path(0).path("author").asText()).isEqualTo("oldstone");
        assertThat(offline.exitCode()).isZero();
        assertThat(offline.err()).contains("offline");
        assertThat(json(offline).path("offline").asBoolean()).isTrue();
        assertThat(json(offline).path("posts")).isEqualTo(json(online).path("posts"));
        assertThat(human.out()).contains(" 1. oldstone/6vz6xi  비극, 개혁의 대상이 개혁의 주체가 되다.");
    }

    @Test
    void aVoteIsQueuedWhileOfflineAndCanBeCancelled() throws Exception {
        node.close();
        CliRun vote = run("--account", "alice", "vote", "@kimchi/seoul-noodle-trip", "--weight", "12.5%",
                "--at-age", "15m", "--min-mana", "80%");
        CliRun list = run("--json", "queue", "list");
        CliRun cancel = run("queue", "cancel", "1");
        CliRun again = run("queue", "cancel", "1");

        assertThat(vote.exitCode()).isZero();
        assertThat(vote.out()).startsWith("#1 alice → kimchi/seoul-noodle-trip 12.5%: queued");
        assertThat(vote.err()).contains("offline");
        JsonNode intent = json(list).path("intents").path(0);
        assertThat(intent.path("weight").asInt()).isEqualTo(1250);
        assertThat(intent.path("at_age_seconds").asLong()).isEqualTo(900);
        assertThat(intent.path("min_mana_percent").asInt()).isEqualTo(80);
        assertThat(intent.path("state").asText()).isEqualTo("PENDING");
        assertThat(cancel.out()).contains("#1").contains("cancelled");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("steemdesk: vote #1 can no longer be cancelled: it is cancelled"
                + System.lineSeparator());
    }

    @Test
    void badVoteArgumentsAreOneClearLine() {
        CliRun weight = run("--account", "alice", "vote", "kimchi/seoul-noodle-trip", "--weight", "lots");
        CliRun post = run("--account", "alice", "vote", "seoul-noodle-trip");
        CliRun flush = run("queue", "flush");

        assertThat(weight.exitCode()).isEqualTo(1);
        assertThat(weight.err()).startsWith("steemdesk: --weight takes a percentage").hasLineCount(1);
        assertThat(post.err()).startsWith("steemdesk: a post is given as AUTHOR/PERMLINK").hasLineCount(1);
        assertThat(flush.err()).startsWith("steemdesk: queue flush needs the vault password").hasLineCount(1);
    }
}
