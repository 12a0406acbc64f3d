package nl.leerkring.store.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one connection a client keeps to its database: opened at first use, and opened again after
 * it broke. The store runs one transaction at a time, so one connection is all it needs.
 */
final class OneConnection {

    /** Opens a new connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private Connection connection;

    OneConnection(Opener opener) {
        this.opener = opener;
    }

    /** The connection, with auto-commit off. */
    synchronized Connection get() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = opener.open();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    /** Drops a broken connection, so the next {@link #get()} opens a new one. */
    synchronized void release(Connection used, boolean broken) {
        if (broken && used == connection) {
            close();
        }
    }

    /** Closes the connection; tells whether one was open. */
    synchronized boolean close() {
        if (connection == null) {
            return false;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Already gone.
        }
        connection = null;
        return true;
    }
}
