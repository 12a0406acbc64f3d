package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database schema as an ordered list of migrations; version N is the N-th entry. A database
 * records the versions applied in lk_schema, and opening it applies the missing ones, each in its
 * own transaction. Plain SQL-92 types only, so the schema can move to another engine.
 */
public final class Schema {

    private static final List<List<String>> MIGRATIONS = List.of(
            // 1: sessions, their participants, recorded items and actions
            List.of("""
                    CREATE TABLE lk_session (
                      id VARCHAR(36) NOT NULL PRIMARY KEY,
                      protocol_id VARCHAR(100) NOT NULL,
                      protocol_version INTEGER NOT NULL,
                      title VARCHAR(300) NOT NULL,
                      session_date DATE,
                      status VARCHAR(20) NOT NULL,
                      current_step INTEGER NOT NULL,
                      updated_at TIMESTAMP NOT NULL)""", """
                    CREATE TABLE lk_participant (
                      session_id VARCHAR(36) NOT NULL REFERENCES lk_session (id) ON DELETE CASCADE,
                      seq INTEGER NOT NULL,
                      name VARCHAR(200) NOT NULL,
                      role_id VARCHAR(100),
                      PRIMARY KEY (session_id, seq))""", """
                    CREATE TABLE lk_item (
                      id VARCHAR(36) NOT NULL PRIMARY KEY,
                      session_id VARCHAR(36) NOT NULL REFERENCES lk_session (id) ON DELETE CASCADE,
                      seq INTEGER NOT NULL,
                      step_id VARCHAR(100) NOT NULL,
                      kind_id VARCHAR(100) NOT NULL,
                      body CLOB NOT NULL,
                      author VARCHAR(200),
                      created_at TIMESTAMP NOT NULL)""", """
                    CREATE TABLE lk_action (
                      item_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES lk_item (id) ON DELETE CASCADE,
                      owner_name VARCHAR(200) NOT NULL,
                      due_date DATE,
                      status VARCHAR(30) NOT NULL)""",
                    "CREATE INDEX lk_item_session ON lk_item (session_id, seq)"),
            // 2: the team's published protocol versions (immutable) and which protocols are retired
            List.of("""
                    CREATE TABLE lk_protocol (
                      protocol_id VARCHAR(100) NOT NULL,
                      version INTEGER NOT NULL,
                      body CLOB NOT NULL,
                      published_at TIMESTAMP NOT NULL,
                      PRIMARY KEY (protocol_id, version))""", """
                    CREATE TABLE lk_protocol_retired (
                      protocol_id VARCHAR(100) NOT NULL PRIMARY KEY,
                      retired_at TIMESTAMP NOT NULL)"""),
            // 3: how long each step of a session ran, against its timebox
            List.of("""
                    CREATE TABLE lk_step_time (
                      session_id VARCHAR(36) NOT NULL REFERENCES lk_session (id) ON DELETE CASCADE,
                      step_id VARCHAR(100) NOT NULL,
                      elapsed_seconds INTEGER NOT NULL,
                      timebox_seconds INTEGER NOT NULL,
                      PRIMARY KEY (session_id, step_id))"""),
            // 4: why a step was skipped
            List.of("ALTER TABLE lk_step_time ADD COLUMN skip_reason VARCHAR(500)"),
            // 5: the group a session belongs to; its sessions form a series
            List.of("ALTER TABLE lk_session ADD COLUMN group_name VARCHAR(200)",
                    "CREATE INDEX lk_session_group ON lk_session (group_name, updated_at)"),
            // 6: the item the group chose (e.g. the question to go on with); 0 or 1 for portability
            List.of("ALTER TABLE lk_item ADD COLUMN chosen SMALLINT DEFAULT 0 NOT NULL"),
            // 7: the time of day a session starts
            List.of("ALTER TABLE lk_session ADD COLUMN start_time TIME"),
            // 8: the action lifecycle: outcome, learning, reason, carry-overs, history and progress notes;
            // whether a session begins with the review of the group's open actions
            List.of("ALTER TABLE lk_action ADD COLUMN outcome VARCHAR(4000)",
                    "ALTER TABLE lk_action ADD COLUMN learning VARCHAR(4000)",
                    "ALTER TABLE lk_action ADD COLUMN reason VARCHAR(30)",
                    "ALTER TABLE lk_action ADD COLUMN carry_over_count INTEGER DEFAULT 0 NOT NULL",
                    "ALTER TABLE lk_action ADD COLUMN follows_action_id VARCHAR(36)",
                    "CREATE INDEX lk_action_owner ON lk_action (owner_name)", """
                    CREATE TABLE lk_action_change (
                      action_id VARCHAR(36) NOT NULL REFERENCES lk_action (item_id) ON DELETE CASCADE,
                      seq INTEGER NOT NULL,
                      changed_at TIMESTAMP NOT NULL,
                      changed_by VARCHAR(200),
                      from_status VARCHAR(30) NOT NULL,
                      to_status VARCHAR(30) NOT NULL,
                      reason VARCHAR(4200),
                      session_id VARCHAR(36),
                      PRIMARY KEY (action_id, seq))""", """
                    CREATE TABLE lk_action_note (
                      action_id VARCHAR(36) NOT NULL REFERENCES lk_action (item_id) ON DELETE CASCADE,
                      seq INTEGER NOT NULL,
                      noted_at TIMESTAMP NOT NULL,
                      author VARCHAR(200),
                      body VARCHAR(4000) NOT NULL,
                      PRIMARY KEY (action_id, seq))""",
                    "ALTER TABLE lk_session ADD COLUMN action_review SMALLINT DEFAULT 0 NOT NULL"),
            // 9: who published a protocol version; the leads' drafts, one per protocol
            List.of("ALTER TABLE lk_protocol ADD COLUMN published_by VARCHAR(200)", """
                    CREATE TABLE lk_protocol_draft (
                      protocol_id VARCHAR(100) NOT NULL PRIMARY KEY,
                      body CLOB NOT NULL,
                      saved_at TIMESTAMP NOT NULL,
                      saved_by VARCHAR(200))"""));

    private Schema() {
    }

    /** The schema version this build of Leerkring writes. */
    public static int latestVersion() {
        return MIGRATIONS.size();
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

    /**
     * Brings the database to {@link #latestVersion()}.
     *
     * @return the version found before migrating
     * @throws IllegalStateException when the database is newer than this build
     */
    public static int migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (!tableExists(connection, "lk_schema")) {
                statement.execute("CREATE TABLE lk_schema (schema_version INTEGER NOT NULL PRIMARY KEY,"
                        + " applied_at TIMESTAMP NOT NULL)");
                connection.commit();
            }
            int found = currentVersion(connection);
            if (found > latestVersion()) {
                throw new IllegalStateException(Integer.toString(found));
            }
            for (int version = found + 1; version <= latestVersion(); version++) {
                for (String sql : MIGRATIONS.get(version - 1)) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO lk_schema (schema_version, applied_at) VALUES (" + version
                        + ", CURRENT_TIMESTAMP)");
                connection.commit();
            }
            return found;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        // Engines differ in how they fold unquoted names: Derby upper-cases, others lower-case.
        for (String name : new String[] { table.toUpperCase(java.util.Locale.ROOT), table }) {
            try (ResultSet rs = connection.getMetaData().getTables(null, null, name, new String[] { "TABLE" })) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
