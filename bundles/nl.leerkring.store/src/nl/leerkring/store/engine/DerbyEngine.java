package nl.leerkring.store.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * Apache Derby embedded in the application: one database folder, one process, one connection that
 * is reopened when it breaks. Only this process can open the folder, so there are no other clients
 * to hear from.
 */
public final class DerbyEngine implements Engine {

    /** Derby's SQL state for a database already booted by another JVM. */
    private static final String ALREADY_BOOTED = "XSDB6";

    private final Path databaseDir;
    private final OneConnection connection;

    public DerbyEngine(Path databaseDir) {
        this.databaseDir = databaseDir.toAbsolutePath();
        // DriverManager cannot see Derby's driver from inside OSGi: ask the driver directly.
        this.connection = new OneConnection(
                () -> new EmbeddedDriver().connect("jdbc:derby:" + this.databaseDir + ";create=true", new Properties()));
    }

    public Path databaseDirectory() {
        return databaseDir;
    }

    @Override
    public Connection borrow() throws SQLException {
        return connection.get();
    }

    @Override
    public void release(Connection used, boolean broken) {
        connection.release(used, broken);
    }

    @Override
    public String textType() {
        return "CLOB";
    }

    @Override
    public Fault classify(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                Fault fault = byState(s.getSQLState());
                if (fault != Fault.OTHER) {
                    return fault;
                }
            }
            // Derby reports the lock of another JVM as a StandardException cause, not an SQLException.
            if (t.getMessage() != null && t.getMessage().contains(ALREADY_BOOTED)) {
                return Fault.IN_USE;
            }
        }
        return Fault.OTHER;
    }

    private static Fault byState(String state) {
        if (state == null) {
            return Fault.OTHER;
        }
        if (state.equals(ALREADY_BOOTED)) {
            return Fault.IN_USE;
        }
        if (state.equals("23505")) {
            return Fault.DUPLICATE;
        }
        if (state.equals("40001") || state.startsWith("40XL")) {
            return Fault.BUSY;
        }
        if (state.equals("XSDF4") || state.equals("XSLA4") || state.equals("XSDG3")) {
            return Fault.DISK_FULL;
        }
        if (state.startsWith("08")) {
            return Fault.CONNECTION_LOST;
        }
        return Fault.OTHER;
    }

    @Override
    public void lockSchema(Connection connection) {
        // One process only: nobody else can migrate.
    }

    @Override
    public void unlockSchema(Connection connection) {
        // Nothing was locked.
    }

    @Override
    public void announce(Connection connection, String kind) {
        // One process only: nobody else to tell.
    }

    @Override
    public void listen(Consumer<String> listener) {
        // One process only: nobody else changes this database.
    }

    /** Closes the connection and shuts the database down cleanly, so the next start needs no recovery. */
    @Override
    public void close() {
        if (!connection.close()) {
            return;
        }
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + databaseDir + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            // Derby reports a clean shutdown (08006) as an exception; anything else leaves recovery to the next start.
        }
    }
}
