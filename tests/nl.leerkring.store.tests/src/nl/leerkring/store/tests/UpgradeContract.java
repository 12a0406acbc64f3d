package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.leerkring.core.SessionSummary;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Group;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.internal.Migrations;
import nl.leerkring.store.internal.Schema;

/**
 * A database of every older schema version, holding the data a Leerkring of that version wrote, is
 * upgraded to the current version without losing any of it. Each version's data is written with the
 * columns that version had (JDBC escapes for dates and times, so the SQL is the same for every engine).
 */
abstract class UpgradeContract extends GroupsContract {

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
            List.of(),
            List.of("UPDATE lk_participant SET present = 0 WHERE session_id = 's-1' AND seq = 1"),
            List.of(),
            // 14 writes an action's session with the action.
            List.of("UPDATE lk_action SET session_id = 's-1' WHERE item_id = 'a-1'"),
            List.of(),
            // 16 tags items with codes and their valence.
            List.of("INSERT INTO lk_item_code (item_id, seq, session_id, code_id, valence) VALUES"
                    + " ('i-1', 0, 's-1', 'onmiddellijk', 'POSITIVE')"),
            // 17 keeps the subgroup an item came from.
            List.of("UPDATE lk_item SET subgroup = 'Drietal 1' WHERE id = 'i-1'"),
            // 18 plans trajectories, closes with a value round and takes several cases.
            List.of("UPDATE lk_session SET trajectory_id = 't-1', meeting = 2, value_round = 1, case_rounds = 2"
                    + " WHERE id = 's-1'"),
            // 19 codes the value of an action's review.
            List.of("UPDATE lk_action SET value_codes = 'VAW.1:POSITIVE' WHERE item_id = 'a-1'"),
            // 20 is the newest: no database is of it before an upgrade.
            List.of());

    static IntStream olderVersions() {
        return IntStream.range(1, Migrations.latestVersion());
    }

    /**
     * A laptop database of version 11 as teams filled it: the same first name in two groups, an owner
     * who was not among the participants, a session without a group, a name erased for the AVG.
     */
    @Test
    void theGroupsAndPeopleOfAnOlderDatabaseAreLinkedWithoutLoss() throws Exception {
        try (Engine engine = location().engine()) {
            Connection c = engine.borrow();
            Schema.migrate(c, engine, 11);
            try (Statement s = c.createStatement()) {
                session(s, "n-1", "Wijkteam Noord", "2026-09-01", "Anna", "Bram", "voormalig lid");
                session(s, "n-2", "Wijkteam Noord", "2026-09-15", "Anna", "Bram");
                session(s, "j-1", "Intervisie Jeugd", "2026-09-08", "Anna", "Carla");
                session(s, "x-1", null, "2026-10-01", "Eva");
                action(s, "n-1", "a-1", "Bram");
                action(s, "n-2", "a-2", "Femke");
                action(s, "j-1", "a-3", "Anna");
                s.execute("INSERT INTO lk_retention (group_name, months) VALUES ('Leerkring Voogdij', 12)");
            }
            c.commit();
            engine.release(c, false);
        }

        JdbcStore store = open();
        List<Group> groups = store.groups();
        assertEquals(List.of("Intervisie Jeugd", "Leerkring Voogdij", "Wijkteam Noord"),
                groups.stream().map(Group::getName).toList());
        assertEquals(List.of("Anna", "Carla"), names(groups.get(0)));
        assertEquals(List.of(), names(groups.get(1)));
        assertEquals(List.of("Anna", "Bram", "Femke"), names(groups.get(2)), "the erased name is nobody");
        assertEquals(LocalDate.of(2026, 9, 1), member(groups.get(2), "Anna").getJoined(), "from the first session");
        assertEquals(LocalDate.of(2026, 9, 15), member(groups.get(2), "Femke").getJoined());

        String annaNoord = member(groups.get(2), "Anna").getPerson().getId();
        String annaJeugd = member(groups.get(0), "Anna").getPerson().getId();
        assertNotEquals(annaNoord, annaJeugd);
        Session n1 = store.loadSession("n-1").orElseThrow();
        Session n2 = store.loadSession("n-2").orElseThrow();
        assertEquals(annaNoord, n1.getParticipants().get(0).getPersonId());
        assertEquals(annaNoord, n2.getParticipants().get(0).getPersonId());
        assertNull(n1.getParticipants().get(2).getPersonId(), "an erased name stays unlinked");
        assertEquals(member(groups.get(2), "Bram").getPerson().getId(), firstAction(n1).getOwnerId());
        assertEquals(member(groups.get(2), "Femke").getPerson().getId(), firstAction(n2).getOwnerId());
        assertEquals(annaJeugd, firstAction(store.loadSession("j-1").orElseThrow()).getOwnerId());
        assertNotNull(store.loadSession("x-1").orElseThrow().getParticipants().get(0).getPersonId(),
                "someone without a group is someone too");
        assertEquals(0, count("SELECT COUNT(*) FROM lk_participant WHERE person_id IS NULL AND name <> 'voormalig lid'"));
        assertEquals(0, count("SELECT COUNT(*) FROM lk_action WHERE owner_id IS NULL"));
    }

    private static void session(Statement s, String id, String group, String date, String... names) throws SQLException {
        s.execute("INSERT INTO lk_session (id, protocol_id, protocol_version, title, session_date, status, current_step,"
                + " updated_at, group_name) VALUES ('" + id + "', 'intervisie', 1, 'Sessie " + id + "', {d '" + date
                + "'}, 'DONE', 6, {ts '" + date + " 12:00:00'}, " + (group == null ? "NULL" : "'" + group + "'") + ")");
        for (int i = 0; i < names.length; i++) {
            s.execute("INSERT INTO lk_participant (session_id, seq, name) VALUES ('" + id + "', " + i + ", '" + names[i]
                    + "')");
        }
    }

    private static void action(Statement s, String sessionId, String id, String owner) throws SQLException {
        s.execute("INSERT INTO lk_item (id, session_id, seq, step_id, kind_id, body, created_at) VALUES ('" + id + "', '"
                + sessionId + "', 0, 'actie', 'actie', 'Actie " + id + "', {ts '2026-09-01 12:00:00'})");
        s.execute("INSERT INTO lk_action (item_id, owner_name, status) VALUES ('" + id + "', '" + owner + "', 'OPEN')");
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("olderVersions")
    void aDatabaseOfAnOlderVersionUpgradesWithItsData(int version) throws Exception {
        assertEquals(Migrations.latestVersion() - 1, DATA_OF_VERSION.size() - 1, "data for every version");
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
        assertEquals(version >= 17 ? "Drietal 1" : null, session.getItems().get(0).getSubgroup());
        assertEquals(version >= 18 ? "t-1 2 true 2" : "null 0 false 1", session.getTrajectoryId() + " "
                + session.getMeeting() + " " + session.isValueRound() + " " + session.getCaseRounds());
        assertEquals(version >= 19 ? List.of("VAW.1 POSITIVE") : List.of(), session.getItems().get(1).getMarks().stream()
                .map(m -> m.getCodeId() + " " + m.getValence()).toList(), "an action's value coded from 19 on");
        assertEquals(version >= 16 ? List.of("onmiddellijk") : List.of(),
                session.getItems().get(0).getMarks().stream().map(m -> m.getCodeId()).toList());
        // Everyone is someone now, in the session's group when it had one. (Linking is the step to
        // version 12; the rows above were written without it, as only a version before 12 would.)
        if (version < 12) {
            assertTrue(session.getParticipants().stream().allMatch(p -> p.getPersonId() != null));
            assertEquals(session.getParticipants().get(1).getPersonId(), action.getOwnerId(), "Bram owns the action");
            assertEquals(version >= 5 ? List.of("Anna", "Bram") : List.of(),
                    store.groups().stream().flatMap(g -> names(g).stream()).toList());
        }
        // The upgraded database takes new writes.
        store.addItem("s-1", item("i-new", "idee", "Na de upgrade", null), 2, T0);
        List<SessionSummary> sessions = store.listSessions();
        assertEquals(1, sessions.size());
        assertEquals(Migrations.latestVersion(), count("SELECT MAX(schema_version) FROM lk_schema"));
        assertEquals(0, count("SELECT COUNT(*) FROM lk_schema WHERE checksum IS NULL"));
    }
}
