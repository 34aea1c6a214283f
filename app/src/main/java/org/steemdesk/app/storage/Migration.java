package org.steemdesk.app.storage;

import java.util.List;
import java.util.Objects;

/** One numbered schema step; all its statements run in one transaction together with the version bump. */
public record Migration(int version, String description, List<String> statements) {
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, got " + version);
        }
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no statements");
        }
    }
}
