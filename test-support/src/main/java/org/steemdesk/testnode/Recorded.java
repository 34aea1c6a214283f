package org.steemdesk.testnode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Recorded node responses, read from {@code /fixtures/<path>} on the test classpath: this module carries the few the
 * {@link TestNode} builds on ({@code condenser_api/get_dynamic_global_properties-2022.json},
 * {@code get_accounts-2022.json}, {@code get_config-2020.json}, copied verbatim from ../shared/fixtures in its layout);
 * a module's own {@code src/test/resources/fixtures} may add more. Each file is {@code {source, request, response}}.
 */
public final class Recorded {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String GLOBAL_PROPERTIES_2022 = "condenser_api/get_dynamic_global_properties-2022.json";
    static final String ACCOUNTS_2022 = "condenser_api/get_accounts-2022.json";
    /** The chain's constants as a node reported them in 2020 ({@code condenser_api.get_config}). */
    public static final String CONFIG_2020 = "condenser_api/get_config-2020.json";

    private Recorded() {}

    /** The whole fixture file at {@code /fixtures/<path>}. */
    public static JsonNode file(String path) {
        try (InputStream in = Recorded.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /fixtures/" + path + " on the test classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full JSON-RPC response the node sent ({@code jsonrpc}, {@code id}, {@code result} or {@code error}). */
    public static JsonNode response(String path) {
        return file(path).path("response").deepCopy();
    }

    /** The {@code result} of the recorded response, as a copy the caller may edit. */
    public static JsonNode result(String path) {
        return file(path).path("response").path("result").deepCopy();
    }

    /** The recorded 2022 global properties with the head block moved to {@code head} (whole seconds). */
    public static ObjectNode globalProperties(Instant head) {
        ObjectNode properties = (ObjectNode) result(GLOBAL_PROPERTIES_2022);
        properties.put("time", steemTime(head));
        return properties;
    }

    /** The recorded 2022 account, renamed to {@code name}, whose authorities are single {@code keys}. */
    public static ObjectNode account(String name, AccountKeys keys) {
        ObjectNode account = (ObjectNode) result(ACCOUNTS_2022).path(0);
        account.put("name", name);
        authority(account, "owner", keys.owner());
        authority(account, "active", keys.active());
        authority(account, "posting", keys.posting());
        account.put("memo_key", keys.memo());
        return account;
    }

    private static void authority(ObjectNode account, String role, String publicKey) {
        ObjectNode authority = account.putObject(role);
        authority.put("weight_threshold", 1);
        authority.putArray("account_auths");
        authority.putArray("key_auths").addArray().add(publicKey).add(1);
    }

    /** A time as steemd writes it: UTC, whole seconds, no zone ({@code 2022-05-01T12:00:03}). */
    public static String steemTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "");
    }

    /** The public keys (STM…) of an account's four roles. */
    public record AccountKeys(String owner, String active, String posting, String memo) {}
}
