package nl.leerkring.store.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** An engine that keeps one connection for its client ({@link OneConnection}); each kind says how it opens one. */
abstract class OneConnectionEngine implements Engine {

    private final OneConnection connection = new OneConnection(this::open);

    /** Opens a new connection to the database. */
    protected abstract Connection open() throws SQLException;

    @Override
    public Connection borrow() throws SQLException {
        return connection.get();
    }

    @Override
    public void release(Connection used, boolean broken) {
        connection.release(used, broken);
    }

    /** Closes the connection; tells whether one was open. */
    protected boolean closeConnection() {
        return connection.close();
    }
}
