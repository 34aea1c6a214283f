package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.DataDirectory;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;

/** `curation trail run` against a loopback node that serves alice's blog. */
class CurationTrailRunCliTest {

    @TempDir
    Path dir;
    /** Alice's blog as the node serves it now: a JSON array of posts. */
    volatile String blog = "[]";
    final TestNode node = TestNode.start()
            .reply("condenser_api.get_discussions_by_blog", params -> Reply.body(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + blog + "}"))
            // The trail checks that an author exists before adding it.
            .answer(TestNode.GET_ACCOUNTS, params -> alice());

    @AfterEach
    void stop() {
        node.close();
    }

    static JsonNode alice() {
        ArrayNode accounts = (ArrayNode) Recorded.result("condenser_api/get_accounts-2022.json").deepCopy();
        ((ObjectNode) accounts.get(0)).put("name", "alice");
        return accounts;
    }

    static String post(String author, String permlink, Instant created) {
        return "{\"author\":\"" + author + "\",\"permlink\":\"" + permlink + "\",\"parent_author\":\"\","
                + "\"created\":\"" + Recorded.steemTime(created) + "\",\"cashout_time\":\""
                + Recorded.steemTime(created.plus(Duration.ofDays(7))) + "\",\"active_votes\":[]}";
    }

    CliRun run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"--data-dir", dir.toString(), "--node", node.url().toString(),
                "--account", "bob"}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return CliRun.of(all);
    }

    @Test
    void queuesScheduledVotesForNewPostsOnceAndSendsNothing() {
        run("curation", "trail", "add", "alice", "--weight", "30%");
        Instant fresh = Instant.now().plusSeconds(1);
        blog = "[" + post("alice", "fresh", fresh) + "," + post("carol", "reblogged", fresh) + ","
                + post("alice", "before-the-trail", fresh.minus(Duration.ofDays(1))) + "]";

        CliRun first = run("curation", "trail", "run");
        CliRun second = run("curation", "trail", "run");

        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo("queued   alice/fresh at 30% (vote #1, author alice)\n"
                + "Queued 1 vote; they go out with: steemdesk queue flush\n");
        assertThat(second.out()).isEqualTo("No new votes queued.\n");
        try (CacheDatabase db = CacheDatabase.open(dir.resolve(DataDirectory.CACHE_FILE))) {
            assertThat(new VoteQueue(db, new Outbox(db)).all()).singleElement().satisfies((VoteIntent i) -> {
                assertThat(i.permlink().value()).isEqualTo("fresh");
                // The chain's reverse auction, as the node states it.
                assertThat(i.atAge()).contains(Duration.ofSeconds(300));
                assertThat(i.state().isWaiting()).isTrue();
                assertThat(i.txId()).isEmpty();
            });
        }
    }
}
