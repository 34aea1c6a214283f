package org.steemdesk.app.curation;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.chain.protocol.AccountName;

/**
 * The curation use case: the trail of favourite authors and tags with its rules, and one run of it (new posts of
 * the trail get scheduled votes in the queue; sending stays with the votes' drain). The desktop runs it on a timer,
 * the CLI on demand; a headless curation runner is the same run in a loop. For background threads.
 */
public final class Curation {
    private final Supplier<CacheDatabase> db;
    private final Supplier<NodeReader> reader;
    private final Clock clock;

    public Curation(Supplier<CacheDatabase> db, Supplier<NodeReader> reader, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The trails (per account) and their rules (for every account). */
    public CurationTrail trail() {
        return new CurationTrail(db.get());
    }

    /** Looks for new posts of the account's trail once and queues their votes; it never signs or sends. */
    public TrailReport run(AccountName account) {
        CacheDatabase cache = db.get();
        return new TrailRunner(new CurationTrail(cache), new CondenserTrailPosts(reader.get().api()),
                new VoteQueue(cache, new Outbox(cache)), clock).run(account);
    }
}
