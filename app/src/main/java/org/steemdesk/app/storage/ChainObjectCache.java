package org.steemdesk.app.storage;

/** Global properties, prices, the reward fund and the chain config, as JSON with their fetch time. */
public final class ChainObjectCache extends KeyedJsonCache<ChainObject> {

    public ChainObjectCache(CacheDatabase db) {
        super(db, "chain_objects", "key", ChainObject::name);
    }
}
