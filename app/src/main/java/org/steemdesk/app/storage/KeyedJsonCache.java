package org.steemdesk.app.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cache table of node JSON under one key column, with the time it was fetched: what {@link AccountCache} and
 * {@link ChainObjectCache} share, each naming its table, its key column and how a key is written.
 */
public abstract class KeyedJsonCache<K> {

    private final JsonBlobTable table;
    private final Function<K, String> keyText;

    KeyedJsonCache(CacheDatabase db, String table, String keyColumn, Function<K, String> keyText) {
        this.table = new JsonBlobTable(db, table, List.of(keyColumn));
        this.keyText = keyText;
    }

    public void put(K key, String json, Instant fetchedAt) {
        table.put(List.of(keyText.apply(key)), json, fetchedAt);
    }

    public Optional<Cached<String>> get(K key) {
        return table.get(List.of(keyText.apply(key)));
    }
}
