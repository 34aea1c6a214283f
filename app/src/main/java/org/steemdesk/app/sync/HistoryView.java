package org.steemdesk.app.sync;

import java.util.List;

/**
 * The newest history entries from the cache after a sync: {@code added} entries came in this time, and
 * {@code offline} says the sync could not reach a node (the entries are then what was cached before).
 */
public record HistoryView(List<HistoryEntry> entries, int added, boolean offline) {
    public HistoryView {
        entries = List.copyOf(entries);
    }
}
