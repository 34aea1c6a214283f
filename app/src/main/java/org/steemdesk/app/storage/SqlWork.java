package org.steemdesk.app.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work on a connection handed out by {@link CacheDatabase}. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
