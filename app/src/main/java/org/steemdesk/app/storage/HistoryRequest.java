package org.steemdesk.app.storage;

/**
 * Arguments for {@code condenser_api.get_account_history(account, start, limit)}: the node returns the entries
 * with index in {@code [start - limit, start]}, and requires {@code start >= limit} and {@code limit <= 1000}.
 */
public record HistoryRequest(long start, int limit) {
    public HistoryRequest {
        if (limit < 0 || limit > HistoryPaging.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 0.." + HistoryPaging.MAX_LIMIT + ", got " + limit);
        }
        if (start < limit) {
            throw new IllegalArgumentException("start (" + start + ") must be >= limit (" + limit + ")");
        }
    }

    /** The lowest index this request returns. */
    public long from() {
        return start - limit;
    }
}
