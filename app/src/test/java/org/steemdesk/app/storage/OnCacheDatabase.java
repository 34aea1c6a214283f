package org.steemdesk.app.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.vote.VoteQueue;

/**
 * A test on a fresh cache database of its own ({@code cache.db} in a temporary folder), opened before each test
 * (before the test class's own {@code @BeforeEach}) and closed after it, with the outbox and the vote queue on it.
 */
public abstract class OnCacheDatabase {
    @TempDir
    protected Path tmp;
    protected CacheDatabase db;
    protected Outbox outbox;
    protected VoteQueue queue;

    @BeforeEach
    protected final void openCache() {
        db = CacheDatabase.open(tmp.resolve("cache.db"));
        outbox = new Outbox(db);
        queue = new VoteQueue(db, outbox);
    }

    @AfterEach
    protected final void closeCache() {
        db.close();
    }
}
