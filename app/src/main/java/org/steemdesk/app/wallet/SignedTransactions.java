package org.steemdesk.app.wallet;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.storage.CacheDatabase;

/**
 * The outbox as the doors use it: what this computer signed (wallet operations and votes) and where each stands, the
 * ones still unsettled (for the wallet page's "pending and unclear" list), and settling them. Every door settles at
 * its start (the CLI before a command that talks to a node, the desktop app when it opens and while it runs, the
 * curation runner), and the wallet before each new operation. For background threads.
 */
public record SignedTransactions(Supplier<CacheDatabase> db, Supplier<NodeReader> reader, Clock clock) {

    /** The newest {@code limit} signed transactions, whatever became of them, newest first. */
    public List<OutboxRecord> recent(int limit) {
        return outbox().recent(limit).stream().map(OutboxRecord::of).toList();
    }

    /** The transactions that may still land (pending, or sent with an unclear outcome), oldest first. */
    public List<OutboxRecord> unsettled() {
        return outbox().open().stream().map(OutboxRecord::of).toList();
    }

    /**
     * Sends each unsettled transaction again, byte for byte, or once it has expired looks it up in its signer's
     * history; nothing is signed. Stops at the first one no node gives a clear answer about (the rest wait for the
     * next settlement). Touches no node when nothing is unsettled.
     *
     * @return every transaction that was unsettled, as it stands now, in the order tried
     */
    public List<OutboxRecord> settle() {
        Outbox outbox = outbox();
        if (outbox.open().isEmpty()) {
            return List.of();
        }
        return WalletService.settlement(outbox, reader.get(), clock).settle().stream().map(OutboxRecord::of)
                .toList();
    }

    /**
     * A door told the user how this transaction ended (a receipt, a settlement's line, "an equal one was sent
     * earlier"): from now on it no longer stands for an equal request, which is then a new one. Until a door says so,
     * an equal request within the hour gets {@link WalletException.Reason#SENT_EARLIER} instead of a second
     * signature, so a kill between landing and telling never sends twice.
     */
    public void reported(String txId) {
        Outbox outbox = outbox();
        outbox.byTxId(txId).ifPresent(entry -> outbox.markReported(entry.id(), clock.instant()));
    }

    private Outbox outbox() {
        return new Outbox(db.get());
    }
}
