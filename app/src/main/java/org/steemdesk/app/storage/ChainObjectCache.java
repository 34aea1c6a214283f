package org.steemdesk.app.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Global properties, prices, the reward fund and the chain config, as JSON with their fetch time. */
public final class ChainObjectCache {

    private final JsonBlobTable table;

    public ChainObjectCache(CacheDatabase db) {
        this.table = new JsonBlobTable(db, "chain_objects", List.of("key"));
    }

    public void put(ChainObject object, String json, Instant fetchedAt) {
        table.put(List.of(object.name()), json, fetchedAt);
    }

    public Optional<Cached<String>> get(ChainObject object) {
        return table.get(List.of(object.name()));
    }
}
