package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.leerkring.store.engine.Engine;

/**
 * Brings a database to this build's {@link Migrations}. A database records in lk_schema the versions
 * applied with the checksum of each one's definition; opening it applies the missing ones, each in its
 * own transaction, and refuses a database whose applied migrations differ from this build's.
 */
public final class Schema {

    private Schema() {
    }

    /** The version the database is at; 0 for an empty database. */
    public static int currentVersion(Connection connection) throws SQLException {
        if (!tableExists(connection, "lk_schema")) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(schema_version) FROM lk_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** A database this build must not touch: made by a newer build, or with migrations that are not this build's. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean tooNew;
        private final int version;

        Refused(boolean tooNew, int version) {
            super("schema version " + version);
            this.tooNew = tooNew;
            this.version = version;
        }

        /** True for a newer database, false for one whose recorded migration of {@link #version()} differs. */
        public boolean tooNew() {
            return tooNew;
        }

        public int version() {
            return version;
        }
    }

    /** Brings the database to {@link Migrations#latestVersion()}; returns the version found. */
    public static int migrate(Connection connection, Engine engine) throws SQLException, Refused {
        return migrate(connection, engine, Migrations.latestVersion());
    }

    /**
     * Brings the database to version {@code target} (tests build older databases with it).
     *
     * @return the version found before migrating
     */
    public static int migrate(Connection connection, Engine engine, int target) throws SQLException, Refused {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        engine.lockSchema(connection);
        try (Statement statement = connection.createStatement()) {
            // The usual start: a database at this build's version. One query tells, where the catalogue
            // lookups below cost Derby a compilation each (about 50 ms of every start, measured).
            if (target == Migrations.latestVersion() && atLatest(connection)) {
                return target;
            }
            if (!tableExists(connection, "lk_schema")) {
                statement.execute("CREATE TABLE lk_schema (schema_version INTEGER NOT NULL PRIMARY KEY,"
                        + " applied_at TIMESTAMP NOT NULL, checksum VARCHAR(64))");
            } else if (!columnExists(connection, "lk_schema", "checksum")) {
                // Databases from before checksums: their migrations were this build's, so record them as such.
                statement.execute("ALTER TABLE lk_schema ADD COLUMN checksum VARCHAR(64)");
                recordChecksums(connection);
            }
            connection.commit();
            int found = currentVersion(connection);
            if (found > Migrations.latestVersion()) {
                throw new Refused(true, found);
            }
            verify(connection);
            for (int version = found + 1; version <= target; version++) {
                for (String sql : Migrations.statements(version, engine)) {
                    if (sql.equals(Migrations.LINK_PEOPLE)) {
                        GroupLinks.linkExisting(connection);
                    } else {
                        statement.execute(sql);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO lk_schema (schema_version, applied_at, checksum) VALUES (?, CURRENT_TIMESTAMP, ?)")) {
                    insert.setInt(1, version);
                    insert.setString(2, Migrations.checksum(version));
                    insert.executeUpdate();
                }
                connection.commit();
            }
            return found;
        } catch (SQLException | RuntimeException | Refused e) {
            connection.rollback();
            throw e;
        } finally {
            try {
                engine.unlockSchema(connection);
                connection.commit();
            } catch (SQLException gone) {
                // A broken connection took its session's lock with it; the original failure is what counts.
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * True when the database records exactly this build's migrations, each with its checksum. False
     * sends the caller the long way, which also creates lk_schema, adds its checksums or refuses.
     */
    private static boolean atLatest(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT schema_version, checksum FROM lk_schema")) {
            Set<Integer> recorded = new HashSet<>();
            while (rs.next()) {
                int version = rs.getInt(1);
                if (version < 1 || version > Migrations.latestVersion()
                        || !Migrations.checksum(version).equals(rs.getString(2))) {
                    return false;
                }
                recorded.add(version);
            }
            return recorded.size() == Migrations.latestVersion();
        } catch (SQLException noTableOrColumn) {
            // A new database, or one from before checksums. PostgreSQL would refuse the rest of the
            // transaction after a failed statement: back to before it.
            connection.rollback(before);
            return false;
        }
    }

    private static void recordChecksums(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE lk_schema SET checksum = ? WHERE schema_version = ?")) {
            for (int version = 1; version <= Migrations.latestVersion(); version++) {
                update.setString(1, Migrations.checksum(version));
                update.setInt(2, version);
                update.executeUpdate();
            }
        }
    }

    private static void verify(Connection connection) throws SQLException, Refused {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT schema_version, checksum FROM lk_schema")) {
            while (rs.next()) {
                int version = rs.getInt(1);
                if (version <= Migrations.latestVersion() && !Migrations.checksum(version).equals(rs.getString(2))) {
                    throw new Refused(false, version);
                }
            }
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        // Engines differ in how they fold unquoted names: Derby upper-cases, PostgreSQL lower-cases.
        for (String name : new String[] { table.toUpperCase(Locale.ROOT), table }) {
            try (ResultSet rs = connection.getMetaData().getTables(null, null, name, new String[] { "TABLE" })) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean columnExists(Connection connection, String table, String column) throws SQLException {
        for (boolean upper : new boolean[] { true, false }) {
            try (ResultSet rs = connection.getMetaData().getColumns(null, null,
                    upper ? table.toUpperCase(Locale.ROOT) : table, upper ? column.toUpperCase(Locale.ROOT) : column)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
