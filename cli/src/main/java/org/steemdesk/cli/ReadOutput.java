package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.i18n.Messages;

/** What every cache-first read command prints about where its data came from. */
final class ReadOutput {

    /** A read that may find nothing at all while offline. */
    @FunctionalInterface
    interface Load<T> {
        T get() throws NothingCachedException;
    }

    private ReadOutput() {
    }

    /** Runs the load; offline with nothing cached becomes the command's one-line error. */
    static <T> T orOffline(Load<T> load) {
        try {
            return load.get();
        } catch (NothingCachedException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void noteIfOffline(Terminal terminal, Synced<?> synced, Instant now, Messages messages) {
        if (synced.offline()) {
            String when = CliFormat.age(synced.fetchedAt(), now, messages);
            terminal.err().println("steemdesk: " + messages.get("cli.read.offline", when));
        }
    }

    static void freshness(ObjectNode o, Synced<?> synced, Instant now) {
        o.put("fetched_at", synced.fetchedAt().toString());
        o.put("age_seconds", synced.age(now).toSeconds());
        o.put("offline", synced.offline());
    }
}
