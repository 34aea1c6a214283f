package org.steemdesk.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.login.LoginKeys;

/**
 * A Steem node on loopback: get_dynamic_global_properties with a fresh head block, and get_accounts answering for
 * alice with her real keys (derived from her oracle password) inside a recorded 2022 account object.
 */
final class LoopbackNode extends Dispatcher implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final ObjectNode alice;

    LoopbackNode() throws IOException {
        alice = aliceAccount();
        server.setDispatcher(this);
        server.start(0);
    }

    URI url() {
        return server.url("/").uri();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        try {
            JsonNode call = SteemJson.mapper().readTree(request.getBody() == null ? "" : request.getBody().utf8());
            String method = call.path("method").asText();
            ObjectNode response = SteemJson.mapper().createObjectNode().put("jsonrpc", "2.0");
            response.set("id", call.path("id"));
            switch (method) {
                case "condenser_api.get_dynamic_global_properties" -> {
                    ObjectNode dgp = (ObjectNode) fixture("get_dynamic_global_properties-2022.json")
                            .path("response").path("result").deepCopy();
                    dgp.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
                    response.set("result", dgp);
                }
                case "condenser_api.get_accounts" -> {
                    ArrayNode result = response.putArray("result");
                    call.path("params").path(0).forEach(name -> {
                        if (name.asText().equals("alice")) {
                            result.add(alice);
                        }
                    });
                }
                case "rc_api.find_rc_accounts" -> {
                    ObjectNode rc = (ObjectNode) fixture("find_rc_accounts-2018.json").path("response")
                            .path("result").deepCopy();
                    ((ObjectNode) rc.path("rc_accounts").path(0)).put("account", "alice");
                    response.set("result", rc);
                }
                default -> {
                    return new MockResponse.Builder().code(500).body("not served: " + method).build();
                }
            }
            return new MockResponse.Builder().code(200).body(response.toString()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode aliceAccount() {
        ObjectNode account = (ObjectNode) fixture("get_accounts-2022.json").path("response").path("result").path(0)
                .deepCopy();
        LoginKeys keys = VaultFixtures.aliceKeys();
        try {
            account.put("name", "alice");
            for (KeyRole role : new KeyRole[] {KeyRole.OWNER, KeyRole.ACTIVE, KeyRole.POSTING}) {
                ObjectNode authority = SteemJson.mapper().createObjectNode().put("weight_threshold", 1);
                authority.putArray("account_auths");
                authority.putArray("key_auths").addArray().add(keys.publicKey(role).toString()).add(1);
                account.set(role.wireName(), authority);
            }
            account.put("memo_key", keys.publicKey(KeyRole.MEMO).toString());
            return account;
        } finally {
            keys.destroy();
        }
    }

    private static JsonNode fixture(String name) {
        try (var in = LoopbackNode.class.getResourceAsStream("/fixtures/" + name)) {
            return SteemJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
