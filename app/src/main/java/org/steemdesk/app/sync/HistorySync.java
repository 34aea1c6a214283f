package org.steemdesk.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.storage.HistoryPaging;
import org.steemdesk.app.storage.HistoryRequest;
import org.steemdesk.chain.protocol.AccountName;

/**
 * Account history, synced incrementally: only indices after the last stored one are asked for, oldest page first,
 * in pages of up to {@link HistoryPaging#MAX_LIMIT}, each page stored as it arrives so an interrupted sync resumes
 * where it stopped. Virtual operations are kept like any other.
 */
public record HistorySync(NodeReader reader, HistoryCache history) {

    /** Fetches what is new; returns how many entries were added. */
    public int sync(AccountName account) throws NodeUnreachableException {
        JsonNode newest = reader.raw("condenser_api.get_account_history", List.of(account.value(), -1, 1));
        if (newest.isEmpty()) {
            return 0;
        }
        long newestIndex = newest.get(newest.size() - 1).get(0).asLong();
        OptionalLong last = history.lastIndex(account);
        int added = 0;
        for (HistoryRequest page : HistoryPaging.plan(last, newestIndex)) {
            JsonNode rows = reader.raw("condenser_api.get_account_history",
                    List.of(account.value(), page.start(), page.limit()));
            List<HistoryEntry> entries = new ArrayList<>();
            for (JsonNode row : rows) {
                long index = row.get(0).asLong();
                if (last.isEmpty() || index > last.getAsLong()) {
                    entries.add(entry(row));
                }
            }
            history.store(account, entries);
            added += entries.size();
        }
        return added;
    }

    /** Syncs, then reads the newest {@code limit} entries; offline, the cached ones (possibly none). */
    public HistoryView load(AccountName account, int limit) {
        try {
            int added = sync(account);
            return new HistoryView(history.newest(account, limit), added, false);
        } catch (NodeUnreachableException e) {
            return new HistoryView(history.newest(account, limit), 0, true);
        }
    }

    public List<HistoryEntry> cached(AccountName account, int limit) {
        return history.newest(account, limit);
    }

    private HistoryEntry entry(JsonNode row) {
        JsonNode body = row.get(1);
        Instant timestamp = reader.mapper().convertValue(body.path("timestamp"), Instant.class);
        return new HistoryEntry(row.get(0).asLong(), body.path("op").path(0).asText(), timestamp, row.toString());
    }
}
