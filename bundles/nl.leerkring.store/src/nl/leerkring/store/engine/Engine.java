package nl.leerkring.store.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * What differs between the database engines Leerkring runs on: how a connection is had, the type of
 * long text, what an engine's error codes mean, and how other clients hear of a change. Everything
 * else in the store is plain SQL that every engine takes.
 */
public interface Engine extends AutoCloseable {

    /** A connection for one transaction, with auto-commit off. */
    Connection borrow() throws SQLException;

    /** Gives a connection back after its transaction; a broken one is dropped so the next borrow reconnects. */
    void release(Connection connection, boolean broken);

    /** The column type for text without a practical bound (case descriptions, protocol documents). */
    String textType();

    /** What a failure means, read from the engine's own codes. */
    Fault classify(SQLException e);

    /**
     * Keeps other clients from migrating the schema at the same time, until {@link #unlockSchema}: two
     * first starts on an empty team database must not both create its tables.
     */
    void lockSchema(Connection connection) throws SQLException;

    void unlockSchema(Connection connection) throws SQLException;

    /** Lets other clients know, once the transaction commits, that data of a kind changed. */
    void announce(Connection connection, String kind) throws SQLException;

    /**
     * Starts passing the kinds of data that other clients changed to the listener, on a thread of its
     * own. Engines that only one client can open never call it.
     */
    void listen(Consumer<String> listener);

    /** Releases every connection; for an embedded engine, shuts the database down cleanly. */
    @Override
    void close();
}
