package org.steemdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.chain.json.SteemJson;

/** Korean post bodies recorded from a real node (get_discussions_by_trending, tag kr, 2020). */
final class PostFixtures {
    private PostFixtures() {
    }

    static List<String> koreanBodies() {
        try (var in = PostFixtures.class.getResourceAsStream(
                "/fixtures/get_discussions_by_trending-2020-hivemind-kr.json")) {
            var bodies = new ArrayList<String>();
            SteemJson.mapper().readTree(in).path("response").path("result").forEach(p -> bodies.add(p.path("body")
                    .asText()));
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
