package org.steemdesk.app.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Plans an incremental history sync: which {@code get_account_history} pages to ask for, oldest first, so that
 * every index after the last stored one up to the node's newest is covered and each page holds at most
 * {@link #MAX_LIMIT} entries. Oldest first means an interrupted sync leaves no gap: the stored history is
 * always a prefix, and {@link HistoryCache#lastIndex} is where to resume.
 */
public final class HistoryPaging {

    /** steemd's account_history_api rejects a larger limit. */
    public static final int MAX_LIMIT = 1000;

    private HistoryPaging() {
    }

    public static List<HistoryRequest> plan(OptionalLong lastStoredIndex, long newestIndex) {
        long next = lastStoredIndex.isPresent() ? lastStoredIndex.getAsLong() + 1 : 0;
        List<HistoryRequest> requests = new ArrayList<>();
        while (next <= newestIndex) {
            // [start - limit, start] holds limit + 1 entries; keep that at most MAX_LIMIT.
            long start = Math.min(next + MAX_LIMIT - 1, newestIndex);
            int limit = (int) (start - next);
            if (limit == 0 && start > 0) {
                // Some nodes refuse limit 0; re-reading one stored entry is harmless (stores are idempotent).
                limit = 1;
            }
            requests.add(new HistoryRequest(start, limit));
            next = start + 1;
        }
        return List.copyOf(requests);
    }
}
