package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.DataDirectory;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.chain.json.SteemJson;

/** `curation trail run` against a loopback node that serves alice's blog. */
class CurationTrailRunCliTest {

    @TempDir
    Path dir;
    final MockWebServer server = new MockWebServer();
    volatile String blog = "[]";

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String method = CliRunJson.parse(request.getBody().utf8()).path("method").asText();
                String body = switch (method) {
                    case "condenser_api.get_dynamic_global_properties" -> headNow();
                    case "condenser_api.get_discussions_by_blog" -> "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + blog + "}";
                    // The trail checks that an author exists before adding it.
                    case "condenser_api.get_accounts" -> accountAlice();
                    default -> null;
                };
                return body == null ? new MockResponse.Builder().code(500).body("not scripted: " + method).build()
                        : new MockResponse.Builder().code(200).body(body).build();
            }
        });
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String headNow() {
        try (InputStream in = CurationTrailRunCliTest.class.getResourceAsStream(
                "/fixtures/get_dynamic_global_properties-2022.json")) {
            JsonNode response = SteemJson.mapper().readTree(in).get("response");
            ((ObjectNode) response.get("result")).put("time", steemTime(Instant.now()));
            return response.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String accountAlice() {
        try (InputStream in = CurationTrailRunCliTest.class.getResourceAsStream("/fixtures/get_accounts-2022.json")) {
            JsonNode response = SteemJson.mapper().readTree(in).get("response");
            ((ObjectNode) response.get("result").get(0)).put("name", "alice");
            return response.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String steemTime(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "");
    }

    static String post(String author, String permlink, Instant created) {
        return "{\"author\":\"" + author + "\",\"permlink\":\"" + permlink + "\",\"parent_author\":\"\","
                + "\"created\":\"" + steemTime(created) + "\",\"cashout_time\":\""
                + steemTime(created.plus(Duration.ofDays(7))) + "\",\"active_votes\":[]}";
    }

    CliRun run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"--data-dir", dir.toString(), "--node", server.url("/").toString(),
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
