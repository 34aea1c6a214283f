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

/** The recorded node responses copied from ../shared/fixtures into test resources. */
final class Fixtures {
    private Fixtures() {}

    static JsonNode load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
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

    /** Every fixture file, as "dir/file.json". */
    static List<String> all() {
        URL root = Fixtures.class.getResource("/fixtures");
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
