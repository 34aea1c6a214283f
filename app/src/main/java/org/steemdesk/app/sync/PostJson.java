package org.steemdesk.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.app.storage.CachedPost;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;

/** Moves posts between the node's JSON, the cache rows and the typed {@link Discussion}. */
record PostJson(ObjectMapper mapper) {

    /** Rows for a JSON array of posts, in the node's order; steemd's "no such post" placeholders are skipped. */
    List<CachedPost> rows(JsonNode posts) {
        List<CachedPost> rows = new ArrayList<>();
        for (JsonNode post : posts) {
            row(post).ifPresent(rows::add);
        }
        return rows;
    }

    java.util.Optional<CachedPost> row(JsonNode post) {
        String author = post.path("author").asText("");
        if (author.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CachedPost(AccountName.of(author),
                Permlink.of(post.path("permlink").asText()), post.toString()));
    }

    Discussion discussion(CachedPost row) {
        try {
            return mapper.readValue(row.json(), Discussion.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cache.db holds a post that no longer parses: " + row.author() + "/"
                    + row.permlink(), e);
        }
    }

    List<Discussion> discussions(List<CachedPost> rows) {
        return rows.stream().map(this::discussion).toList();
    }
}
