package nl.leerkring.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import nl.leerkring.store.engine.Engine;

/**
 * The database schema as an ordered list of migrations; version N is the N-th entry. One definition
 * serves every engine: plain SQL-92 types, and {@code {text}} where the engine's unbounded text type
 * goes. {@link Schema} applies them.
 */
public final class Migrations {

    /**
     * A step of migration 12 that SQL cannot take portably: every group name becomes a group, every
     * name within a group a person with a membership, and participants and owners are linked to them,
     * with ids made here. Named in the definition, so it counts in the checksum.
     */
    static final String LINK_PEOPLE = "-- Leerkring links the groups and people it finds";

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
                      body {text} NOT NULL,
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
                      body {text} NOT NULL,
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
                      body {text} NOT NULL,
                      saved_at TIMESTAMP NOT NULL,
                      saved_by VARCHAR(200))"""),
            // 10: a session's version, so two clients of a team database cannot overwrite each other's changes
            List.of("ALTER TABLE lk_session ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL"),
            // 11: how long a group keeps case texts, and the record of what was erased (never the text)
            List.of("""
                    CREATE TABLE lk_retention (
                      group_name VARCHAR(200) NOT NULL PRIMARY KEY,
                      months INTEGER NOT NULL)""", """
                    CREATE TABLE lk_erasure (
                      erased_at TIMESTAMP NOT NULL,
                      what VARCHAR(30) NOT NULL,
                      session_id VARCHAR(36),
                      records INTEGER NOT NULL)"""),
            // 12: groups and people: a group's members with their role and dates; the person behind each
            // participant and action owner (the names stay, as they were written); presence and guests
            List.of("""
                    CREATE TABLE lk_group (
                      id VARCHAR(36) NOT NULL PRIMARY KEY,
                      name VARCHAR(200) NOT NULL UNIQUE,
                      kind VARCHAR(30),
                      organisation VARCHAR(200),
                      usual_protocol_id VARCHAR(100))""", """
                    CREATE TABLE lk_person (
                      id VARCHAR(36) NOT NULL PRIMARY KEY,
                      display_name VARCHAR(200) NOT NULL,
                      initials VARCHAR(20),
                      login_name VARCHAR(63) UNIQUE)""", """
                    CREATE TABLE lk_membership (
                      group_id VARCHAR(36) NOT NULL REFERENCES lk_group (id) ON DELETE CASCADE,
                      person_id VARCHAR(36) NOT NULL REFERENCES lk_person (id) ON DELETE CASCADE,
                      member_role VARCHAR(20) NOT NULL,
                      joined_on DATE,
                      left_on DATE,
                      PRIMARY KEY (group_id, person_id))""",
                    "ALTER TABLE lk_session ADD COLUMN group_id VARCHAR(36)",
                    "ALTER TABLE lk_session ADD CONSTRAINT lk_session_group_fk FOREIGN KEY (group_id) REFERENCES lk_group (id)",
                    "ALTER TABLE lk_participant ADD COLUMN person_id VARCHAR(36)",
                    "ALTER TABLE lk_participant ADD CONSTRAINT lk_participant_person_fk FOREIGN KEY (person_id)"
                            + " REFERENCES lk_person (id)",
                    "ALTER TABLE lk_participant ADD COLUMN present SMALLINT DEFAULT 1 NOT NULL",
                    "ALTER TABLE lk_participant ADD COLUMN guest SMALLINT DEFAULT 0 NOT NULL",
                    "ALTER TABLE lk_action ADD COLUMN owner_id VARCHAR(36)",
                    "ALTER TABLE lk_action ADD CONSTRAINT lk_action_owner_fk FOREIGN KEY (owner_id) REFERENCES lk_person (id)",
                    "CREATE INDEX lk_participant_person ON lk_participant (person_id)",
                    "CREATE INDEX lk_action_owner_person ON lk_action (owner_id)",
                    LINK_PEOPLE),
            // 13: a review finds what it changed without reading every change of the archive
            List.of("CREATE INDEX lk_action_change_session ON lk_action_change (session_id)"),
            // 14: an action knows its session, so a group's actions are read without joining every item
            List.of("ALTER TABLE lk_action ADD COLUMN session_id VARCHAR(36)",
                    "UPDATE lk_action SET session_id = (SELECT i.session_id FROM lk_item i WHERE i.id = lk_action.item_id)",
                    "CREATE INDEX lk_action_session ON lk_action (session_id)"),
            // 15: the session list reads the unfinished sessions and the newest ones, not the archive
            List.of("CREATE INDEX lk_session_updated ON lk_session (updated_at DESC)",
                    "CREATE INDEX lk_session_status ON lk_session (status)"),
            // 16: codes on items with their valence (value creation); read per session by its index
            List.of("""
                    CREATE TABLE lk_item_code (
                      item_id VARCHAR(36) NOT NULL REFERENCES lk_item (id) ON DELETE CASCADE,
                      seq INTEGER NOT NULL,
                      session_id VARCHAR(36) NOT NULL,
                      code_id VARCHAR(100) NOT NULL,
                      valence VARCHAR(10) NOT NULL,
                      PRIMARY KEY (item_id, seq))""",
                    "CREATE INDEX lk_item_code_session ON lk_item_code (session_id)"),
            // 17: what a subgroup (a triad, a table) brought, in steps worked in subgroups
            List.of("ALTER TABLE lk_item ADD COLUMN subgroup VARCHAR(100)"),
            // 18: the meetings of a trajectory, planned together; a closing round on what a session brought;
            // the cases a session takes
            List.of("ALTER TABLE lk_session ADD COLUMN trajectory_id VARCHAR(36)",
                    "ALTER TABLE lk_session ADD COLUMN meeting INTEGER DEFAULT 0 NOT NULL",
                    "ALTER TABLE lk_session ADD COLUMN value_round SMALLINT DEFAULT 0 NOT NULL",
                    "ALTER TABLE lk_session ADD COLUMN case_rounds INTEGER DEFAULT 1 NOT NULL"),
            // 19: the value a review coded on an action, in the action's own row, so every read of an
            // action has it without another query ("VAW.1:POSITIVE;VB.1:NONE")
            List.of("ALTER TABLE lk_action ADD COLUMN value_codes VARCHAR(1000)"),
            // 20: when a session's texts were erased at the end of its group's term, so that a start reads
            // only the sessions that expired (or were written to) since, not every erased text again
            List.of("ALTER TABLE lk_session ADD COLUMN texts_erased_at TIMESTAMP"));

    private Migrations() {
    }

    /** The schema version this build of Leerkring writes. */
    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** The SQL of one version's migration for an engine. */
    public static List<String> statements(int version, Engine engine) {
        return MIGRATIONS.get(version - 1).stream().map(sql -> sql.replace("{text}", engine.textType())).toList();
    }

    /** Every migration for an engine, as SQL an admin can read before applying it. */
    public static String script(Engine engine) {
        StringBuilder script = new StringBuilder();
        for (int version = 1; version <= latestVersion(); version++) {
            script.append("-- ").append(version).append('\n');
            for (String sql : statements(version, engine)) {
                script.append(sql).append(sql.startsWith("--") ? "\n" : ";\n");
            }
        }
        return script.toString();
    }

    /** The checksum of one version's definition: the same for every engine. */
    public static String checksum(int version) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String sql : MIGRATIONS.get(version - 1)) {
                digest.update(sql.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
