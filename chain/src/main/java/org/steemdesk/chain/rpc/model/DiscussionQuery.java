package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The query object of the {@code get_discussions_by_*} calls. {@code tag} is a tag, a community ({@code hive-NNNNNN})
 * or, for feed and blog, an account name. Paging continues after {@code startAuthor}/{@code startPermlink}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscussionQuery(
        @JsonProperty("tag") String tag,
        @JsonProperty("limit") int limit,
        @JsonProperty("start_author") String startAuthor,
        @JsonProperty("start_permlink") String startPermlink) {

    /** steemd refuses more than 100 per page. */
    public static final int MAX_LIMIT = 100;

    public DiscussionQuery {
        Objects.requireNonNull(tag, "tag");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if ((startAuthor == null) != (startPermlink == null)) {
            throw new IllegalArgumentException("start_author and start_permlink go together");
        }
    }

    public static DiscussionQuery first(String tag, int limit) {
        return new DiscussionQuery(tag, limit, null, null);
    }

    /** The next page, starting at (and including) the given post, as steemd pages. */
    public DiscussionQuery after(String author, String permlink) {
        return new DiscussionQuery(tag, limit, Objects.requireNonNull(author, "author"),
                Objects.requireNonNull(permlink, "permlink"));
    }
}
