package org.steemdesk.testnode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shared node answers as its javadoc says, over real HTTP. */
class TestNodeTest {
    private static final Instant HEAD = Instant.parse("2026-11-24T15:00:00Z");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> call(URI node, String method, String params) throws IOException, InterruptedException {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":" + params + "}";
        return http.send(HttpRequest.newBuilder(node).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Recorded.JSON.readTree(response.body());
    }

    @Test
    void servesTheRecordedHeadBlockAtItsClockAndSaysWhatItLacks() throws Exception {
        try (TestNode node = TestNode.start(HEAD)) {
            JsonNode head = json(call(node.url(), TestNode.GLOBAL_PROPERTIES, "[]"));
            assertThat(head.path("id").asInt()).isEqualTo(7);
            assertThat(head.at("/result/time").asText()).isEqualTo("2026-11-24T15:00:00");
            assertThat(head.at("/result/head_block_number").asLong()).isPositive();

            node.headAt(HEAD.plusSeconds(3));
            assertThat(json(call(node.url(), TestNode.GLOBAL_PROPERTIES, "[]")).at("/result/time").asText())
                    .isEqualTo("2026-11-24T15:00:03");

            JsonNode missing = json(call(node.url(), "rc_api.find_rc_accounts", "{}"));
            assertThat(missing.at("/error/code").asInt()).isEqualTo(-32601);
            assertThat(missing.at("/error/message").asText()).contains("rc_api.find_rc_accounts");
        }
    }

    @Test
    void oneShotRepliesComeFirstInOrderThenTheStandingAnswer() throws Exception {
        try (TestNode node = TestNode.start(HEAD)) {
            node.answer("condenser_api.get_content", params -> params.path(0))
                    .then("condenser_api.get_content", Reply.status(502, "Bad Gateway"))
                    .then("condenser_api.get_content", Reply.error(-32000, "busy"));

            assertThat(call(node.url(), "condenser_api.get_content", "[\"alice\",\"p\"]").statusCode()).isEqualTo(502);
            assertThat(json(call(node.url(), "condenser_api.get_content", "[\"alice\",\"p\"]")).at("/error/message")
                    .asText()).isEqualTo("busy");
            assertThat(json(call(node.url(), "condenser_api.get_content", "[\"alice\",\"p\"]")).path("result")
                    .asText()).isEqualTo("alice");
            assertThat(node.calls("condenser_api.get_content")).hasSize(3)
                    .allSatisfy(c -> assertThat(c.params().path(1).asText()).isEqualTo("p"));
        }
    }

    @Test
    void servesAccountsByNameAndAcceptsBroadcasts() throws Exception {
        try (TestNode node = TestNode.start(HEAD)) {
            node.account(Recorded.account("alice", new Recorded.AccountKeys("STM1", "STM2", "STM3", "STM4")))
                    .acceptBroadcasts();

            JsonNode accounts = json(call(node.url(), TestNode.GET_ACCOUNTS, "[[\"alice\",\"nobody\"]]"));
            assertThat(accounts.path("result")).hasSize(1);
            assertThat(accounts.at("/result/0/posting/key_auths/0/0").asText()).isEqualTo("STM3");
            assertThat(accounts.at("/result/0/memo_key").asText()).isEqualTo("STM4");
            assertThat(json(call(node.url(), TestNode.BROADCAST, "[{}]")).at("/result/block_num").asLong())
                    .isEqualTo(TestNode.BROADCAST_BLOCK);
            assertThat(node.received(TestNode.BROADCAST)).singleElement().asString().contains("\"params\":[{}]");
        }
    }

    @Test
    void faultsLastUntilHealedAndCallsAreRecordedAnyway() throws Exception {
        try (TestNode node = TestNode.start(HEAD)) {
            node.fault(Fault.UNAVAILABLE);
            assertThat(call(node.url(), TestNode.GLOBAL_PROPERTIES, "[]").statusCode()).isEqualTo(503);

            node.fault(Fault.TRUNCATED);
            String cut = call(node.url(), TestNode.GLOBAL_PROPERTIES, "[]").body();
            assertThatThrownBy(() -> Recorded.JSON.readTree(cut)).isInstanceOf(IOException.class);

            node.fault(Fault.DROP);
            assertThatThrownBy(() -> call(node.url(), TestNode.GLOBAL_PROPERTIES, "[]"))
                    .isInstanceOf(IOException.class);

            node.fault(null);
            assertThat(call(node.url(), TestNode.GLOBAL_PROPERTIES, "[]").statusCode()).isEqualTo(200);
            assertThat(node.received(TestNode.GLOBAL_PROPERTIES)).hasSize(4);
        }
    }

    @Test
    void aHostileNodeInFrontPassesTheHonestAnswersOnOrBreaksThem() throws Exception {
        try (TestNode node = TestNode.start(HEAD)) {
            HostileNode honest = node.hostile(HostileNode.Mode.HONEST, Duration.ofMillis(10));
            HostileNode future = node.hostile(HostileNode.Mode.FUTURE_TIME, Duration.ofMillis(10));

            assertThat(json(call(honest.url(), TestNode.GLOBAL_PROPERTIES, "[]")).at("/result/time").asText())
                    .isEqualTo("2026-11-24T15:00:00");
            assertThat(json(call(future.url(), TestNode.GLOBAL_PROPERTIES, "[]")).at("/result/time").asText())
                    .isEqualTo("2099-01-01T00:00:00");
            assertThat(honest.requests()).isEqualTo(1);
            assertThat(node.received(TestNode.GLOBAL_PROPERTIES)).hasSize(2);
        }
    }
}
