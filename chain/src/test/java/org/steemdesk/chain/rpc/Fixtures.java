package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.steemdesk.chain.json.SteemJson;

/**
 * The recorded node responses: {@code /fixtures} copied from ../shared/fixtures, {@code /wallet-fixtures} for the
 * wallet calls (see its README).
 */
final class Fixtures {
    static final String SHARED = "/fixtures";
    static final String WALLET = "/wallet-fixtures";

    private Fixtures() {}

    static JsonNode load(String name) {
        return load(SHARED, name);
    }

    static JsonNode load(String root, String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(root + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return SteemJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full JSON-RPC response of a fixture, as the node sent it. */
    static String responseBody(String name) {
        return load(name).get("response").toString();
    }

    /** Every shared fixture file, as "dir/file.json". */
    static List<String> all() {
        return all(SHARED);
    }

    static List<String> all(String rootName) {
        URL root = Fixtures.class.getResource(rootName);
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            Path base = Path.of(root.toURI());
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
