package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.leerkring.core.SessionSummary;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.internal.Schema;

/**
 * A database of every older schema version, holding the data a Leerkring of that version wrote, is
 * upgraded to the current version without losing any of it. Each version's data is written with the
 * columns that version had (JDBC escapes for dates and times, so the SQL is the same for every engine).
 */
abstract class UpgradeContract extends StoreContract {

    /** What a Leerkring at schema version N wrote (index N - 1), in that version's columns. */
    private static final List<List<String>> DATA_OF_VERSION = List.of(
            List.of("INSERT INTO lk_session (id, protocol_id, protocol_version, title, session_date, status,"
                    + " current_step, updated_at) VALUES ('s-1', 'actieleren', 1, 'Wijkteam', {d '2026-03-02'},"
                    + " 'RUNNING', 2, {ts '2026-03-02 10:00:00'})",
                    "INSERT INTO lk_participant (session_id, seq, name, role_id) VALUES ('s-1', 0, 'Anna', 'inbrenger')",
                    "INSERT INTO lk_participant (session_id, seq, name, role_id) VALUES ('s-1', 1, 'Bram', NULL)",
                    "INSERT INTO lk_item (id, session_id, seq, step_id, kind_id, body, author, created_at) VALUES"
                            + " ('i-1', 's-1', 0, 'casus', 'casus', 'Een gezin met zorgen', 'Anna', {ts '2026-03-02 10:01:00'})",
                    "INSERT INTO lk_item (id, session_id, seq, step_id, kind_id, body, author, created_at) VALUES"
                            + " ('a-1', 's-1', 1, 'actie', 'actie', 'Huisbezoek plannen', NULL, {ts '2026-03-02 10:02:00'})",
                    "INSERT INTO lk_action (item_id, owner_name, due_date, status) VALUES ('a-1', 'Bram', {d '2026-03-16'}, 'OPEN')"),
            List.of("INSERT INTO lk_protocol (protocol_id, version, body, published_at) VALUES ('noord', 1, 'x',"
                    + " {ts '2026-03-01 08:00:00'})",
                    "INSERT INTO lk_protocol_retired (protocol_id, retired_at) VALUES ('oud', {ts '2026-03-01 08:00:00'})"),
            List.of("INSERT INTO lk_step_time (session_id, step_id, elapsed_seconds, timebox_seconds) VALUES"
                    + " ('s-1', 'casus', 540, 600)"),
            List.of("INSERT INTO lk_step_time (session_id, step_id, elapsed_seconds, timebox_seconds, skip_reason)"
                    + " VALUES ('s-1', 'ronde', 0, 300, 'Geen tijd')"),
            List.of("UPDATE lk_session SET group_name = 'Wijkteam Noord' WHERE id = 's-1'"),
            List.of("UPDATE lk_item SET chosen = 1 WHERE id = 'i-1'"),
            List.of("UPDATE lk_session SET start_time = {t '09:30:00'} WHERE id = 's-1'"),
            List.of("UPDATE lk_action SET status = 'IN_PROGRESS', carry_over_count = 1 WHERE item_id = 'a-1'",
                    "INSERT INTO lk_action_change (action_id, seq, changed_at, changed_by, from_status, to_status)"
                            + " VALUES ('a-1', 0, {ts '2026-03-03 12:00:00'}, 'Bram', 'OPEN', 'IN_PROGRESS')",
                    "INSERT INTO lk_action_note (action_id, seq, noted_at, author, body) VALUES"
                            + " ('a-1', 0, {ts '2026-03-04 12:00:00'}, 'Bram', 'School gebeld')"),
            List.of("UPDATE lk_protocol SET published_by = 'Lead' WHERE protocol_id = 'noord'"),
            List.of(),
            List.of());

    static IntStream olderVersions() {
        return IntStream.range(1, Schema.latestVersion());
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("olderVersions")
    void aDatabaseOfAnOlderVersionUpgradesWithItsData(int version) throws Exception {
        assertEquals(Schema.latestVersion() - 1, DATA_OF_VERSION.size() - 1, "data for every version");
        try (Engine engine = location().engine()) {
            Connection c = engine.borrow();
            Schema.migrate(c, engine, version);
            if (version < 10) {
                // Before checksums were recorded, lk_schema had two columns.
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE lk_schema DROP COLUMN checksum");
                }
            }
            try (Statement s = c.createStatement()) {
                for (List<String> data : DATA_OF_VERSION.subList(0, version)) {
                    for (String sql : data) {
                        s.execute(sql);
                    }
                }
            }
            c.commit();
            engine.release(c, false);
        }

        JdbcStore store = open();
        Session session = store.loadSession("s-1").orElseThrow();
        assertEquals(List.of("Anna", "Bram"), session.getParticipants().stream().map(p -> p.getName()).toList());
        assertEquals(List.of("Een gezin met zorgen", "Huisbezoek plannen"),
                session.getItems().stream().map(i -> i.getText()).toList());
        Action action = firstAction(session);
        assertEquals("Bram", action.getOwner());
        assertEquals(LocalDate.of(2026, 3, 16), action.getDueDate());
        assertEquals(LocalDate.of(2026, 3, 2), session.getDate());
        assertEquals(2, session.getCurrentStep());
        assertEquals(SessionStatus.RUNNING, session.getStatus());
        if (version >= 2) {
            assertEquals(1, store.publications().size());
            assertTrue(store.retiredProtocols().contains("oud"));
        }
        assertEquals(version >= 4 ? 2 : version >= 3 ? 1 : 0, session.getStepTimes().size());
        if (version >= 5) {
            assertEquals("Wijkteam Noord", session.getGroup());
            assertEquals(1, store.actionsOfGroup("Wijkteam Noord").size());
        }
        assertEquals(version >= 6, session.getItems().get(0).isChosen());
        assertEquals(version >= 7 ? LocalTime.of(9, 30) : null, session.getStartTime());
        if (version >= 8) {
            assertEquals(ActionStatus.IN_PROGRESS, action.getStatus());
            assertEquals(1, action.getHistory().size());
            assertEquals("School gebeld", action.getNotes().get(0).getText());
        }
        if (version >= 9) {
            assertEquals("Lead", store.publications().get(0).by());
        }
        // The upgraded database takes new writes.
        store.addItem("s-1", item("i-new", "idee", "Na de upgrade", null), 2, T0);
        List<SessionSummary> sessions = store.listSessions();
        assertEquals(1, sessions.size());
        assertEquals(Schema.latestVersion(), count("SELECT MAX(schema_version) FROM lk_schema"));
        assertEquals(0, count("SELECT COUNT(*) FROM lk_schema WHERE checksum IS NULL"));
    }
}
