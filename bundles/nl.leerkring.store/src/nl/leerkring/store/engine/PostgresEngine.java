package nl.leerkring.store.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server shared by a team, reached through the driver's own data source, and
 * LISTEN/NOTIFY so each client hears within a moment what the others changed. TLS, {@code ~/.pgpass}
 * and the other connection settings are the driver's, taken from the URL.
 * <p>
 * One connection per client, reopened after it breaks, is all a pool would give here: the store
 * runs one transaction at a time, and the listener has a connection of its own. (HikariCP was tried:
 * in the product its slf4j logging is woven by SPI Fly, whose ASM cannot read Java 25 classes.)
 */
public final class PostgresEngine extends OneConnectionEngine {

    private static final String CHANNEL = "leerkring_changes";
    /** The advisory lock's key: "LK" and the schema. */
    private static final long SCHEMA_LOCK = 0x4c4b_5343L;

    private final PGSimpleDataSource source;
    /** Tells this client's own announcements apart from the others'. */
    private final String clientId = UUID.randomUUID().toString();
    private volatile Thread listener;
    private volatile Connection listening;
    private volatile boolean closed;

    /**
     * @param jdbcUrl  a {@code jdbc:postgresql:} URL without a password
     * @param password the password, or null for the driver's {@code ~/.pgpass} or none
     */
    public PostgresEngine(String jdbcUrl, String password) {
        source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        if (password != null) {
            source.setPassword(password);
        }
        source.setApplicationName("Leerkring");
        // An unreachable server is reported within seconds, not after the system's TCP time-out.
        source.setConnectTimeout(10);
    }

    @Override
    protected Connection open() throws SQLException {
        return source.getConnection();
    }

    @Override
    public String textType() {
        return "TEXT";
    }

    @Override
    public Fault classify(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505")) {
                    return Fault.DUPLICATE;
                }
                if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
                    return Fault.BUSY;
                }
                // Insufficient privilege, or a row-level security policy that refuses the row.
                if (state.equals("42501")) {
                    return Fault.NOT_ALLOWED;
                }
                if (state.equals("53100")) {
                    return Fault.DISK_FULL;
                }
                // 08004: the driver had no password to give when the server asked for one.
                if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
                    return Fault.LOGIN_REFUSED;
                }
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
                    return Fault.CONNECTION_LOST;
                }
            }
        }
        return Fault.OTHER;
    }

    @Override
    public void lockSchema(Connection connection) throws SQLException {
        advisoryLock(connection, "pg_advisory_lock");
    }

    @Override
    public void unlockSchema(Connection connection) throws SQLException {
        advisoryLock(connection, "pg_advisory_unlock");
    }

    /** A lock of this session, not of a transaction: it lasts over the migrations' commits. */
    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + function + "(" + SCHEMA_LOCK + ")");
        }
    }

    @Override
    public void announce(Connection connection, String kind) throws SQLException {
        // Delivered to the listeners only when (and if) the transaction commits.
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, clientId + " " + kind);
            notify.execute();
        }
    }

    @Override
    public synchronized void listen(Consumer<String> consumer) {
        if (listener != null) {
            return;
        }
        listener = Thread.ofPlatform().daemon().name("leerkring-changes").start(() -> hear(consumer));
    }

    /** Waits for notifications on a connection of its own; reconnects after a lost connection until closed. */
    private void hear(Consumer<String> consumer) {
        while (!closed) {
            try (Connection own = source.getConnection()) {
                listening = own;
                try (Statement statement = own.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = own.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(5_000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        String[] parts = notification.getParameter().split(" ", 2);
                        if (parts.length == 2 && !parts[0].equals(clientId)) {
                            consumer.accept(parts[1]);
                        }
                    }
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                // The server went away: try again in a while, as long as the store is open.
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection heard = listening;
        if (heard != null) {
            try {
                heard.close();
            } catch (SQLException e) {
                // Closing anyway.
            }
        }
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        closeConnection();
    }
}
