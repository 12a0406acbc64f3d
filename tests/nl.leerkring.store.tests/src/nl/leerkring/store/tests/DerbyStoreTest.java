package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.StoreException;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Item;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.store.DerbyStore;
import nl.leerkring.store.internal.Schema;

/** The store against a real Derby database on disk, reopened the way a restarted application would. */
class DerbyStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path data;

    @Test
    void aSessionWithEveryKindOfItemSurvivesReopening() {
        Session session = session("s-1", "Wijkteam Noord", T0);
        try (DerbyStore store = new DerbyStore(data)) {
            store.createSession(session);
            int position = 0;
            for (Item item : everyKindOfItem()) {
                store.addItem(session.getId(), item, position++, T0.plusSeconds(position));
                session.getItems().add(item);
            }
            store.saveProgress(session.getId(), 3, SessionStatus.RUNNING, T0.plusSeconds(60));
        }
        session.setCurrentStep(3);
        session.setUpdatedAt(T0.plusSeconds(60));

        try (DerbyStore reopened = new DerbyStore(data)) {
            Session loaded = reopened.loadSession("s-1").orElseThrow();
            assertTrue(EcoreUtil.equals(session, loaded), () -> "differs: " + describe(loaded));
        }
    }

    @Test
    void stateSurvivesAShutdownOfTheWholeDerbyEngine() throws SQLException {
        try (DerbyStore store = new DerbyStore(data)) {
            store.createSession(session("s-2", "Intervisie", T0));
            Action action = action("a-1", "Huisbezoek plannen", "Bram", LocalDate.of(2026, 12, 8));
            store.addItem("s-2", action, 0, T0.plusSeconds(5));
            store.saveProgress("s-2", 4, SessionStatus.PAUSED, T0.plusSeconds(10));
        }
        // What a JVM exit does to Derby: the whole engine stops, not only this database.
        SQLException shutdown = assertThrows(SQLException.class,
                () -> new EmbeddedDriver().connect("jdbc:derby:;shutdown=true", new Properties()));
        assertEquals("XJ015", shutdown.getSQLState());

        try (DerbyStore store = new DerbyStore(data)) {
            Session loaded = store.loadSession("s-2").orElseThrow();
            assertEquals(4, loaded.getCurrentStep());
            assertEquals(SessionStatus.PAUSED, loaded.getStatus());
            Action action = assertInstanceOf(Action.class, loaded.getItems().get(0));
            assertEquals("Bram", action.getOwner());
            assertEquals(LocalDate.of(2026, 12, 8), action.getDueDate());
            List<SessionSummary> list = store.listSessions();
            assertEquals(1, list.size());
            assertTrue(list.get(0).isUnfinished());
        }
    }

    @Test
    void sessionsAreListedMostRecentlyChangedFirst() {
        try (DerbyStore store = new DerbyStore(data)) {
            store.createSession(session("old", "Eerste", T0));
            store.createSession(session("new", "Tweede", T0.plusSeconds(60)));
            assertEquals(List.of("new", "old"), store.listSessions().stream().map(SessionSummary::id).toList());
            store.addItem("old", item("i-1", "casus", "Casus", null), 0, T0.plusSeconds(120));
            assertEquals(List.of("old", "new"), store.listSessions().stream().map(SessionSummary::id).toList());
        }
    }

    @Test
    void removingAnActionRemovesItsActionRecordToo() throws SQLException {
        try (DerbyStore store = new DerbyStore(data)) {
            store.createSession(session("s-3", "Casusbespreking", T0));
            store.addItem("s-3", action("a-2", "Bellen", "Anna", null), 0, T0);
            store.removeItem("s-3", "a-2", T0.plusSeconds(1));
            assertTrue(store.loadSession("s-3").orElseThrow().getItems().isEmpty());
            try (Connection c = connect(store); Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT COUNT(*) FROM lk_action")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void aFailedWriteChangesNothing() {
        try (DerbyStore store = new DerbyStore(data)) {
            store.createSession(session("s-4", "Leerkring", T0));
            // The same item id twice violates the primary key: the second write must leave no trace.
            store.addItem("s-4", item("dup", "casus", "Eerste", null), 0, T0.plusSeconds(1));
            StoreException e = assertThrows(StoreException.class,
                    () -> store.addItem("s-4", action("dup", "Tweede", "Anna", null), 1, T0.plusSeconds(2)));
            assertTrue(e.getMessage().startsWith("Opslaan is mislukt"), e.getMessage());
            Session loaded = store.loadSession("s-4").orElseThrow();
            assertEquals(1, loaded.getItems().size());
            assertEquals(T0.plusSeconds(1), loaded.getUpdatedAt());
        }
    }

    @Test
    void theSchemaIsVersionedAndANewerDatabaseIsRefused() throws SQLException {
        try (DerbyStore store = new DerbyStore(data)) {
            assertTrue(store.listSessions().isEmpty(), "a new database is created empty");
            try (Connection c = connect(store)) {
                assertEquals(Schema.latestVersion(), Schema.currentVersion(c));
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO lk_schema (schema_version, applied_at) VALUES (99, CURRENT_TIMESTAMP)");
                }
            }
        }
        StoreException e = assertThrows(StoreException.class, () -> new DerbyStore(data).listSessions());
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertTrue(e.getMessage().contains("Werk Leerkring bij"), e.getMessage());
    }

    @Test
    void theDataFolderIsReadableByItsOwnerOnly() throws Exception {
        Path folder = data.resolve("private");
        try (DerbyStore store = new DerbyStore(folder)) {
            store.listSessions();
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(folder));
        }
    }

    private static Connection connect(DerbyStore store) throws SQLException {
        return new EmbeddedDriver().connect("jdbc:derby:" + store.databaseDirectory(), new Properties());
    }

    private static Session session(String id, String title, Instant updatedAt) {
        Session session = LeerkringFactory.eINSTANCE.createSession();
        session.setId(id);
        session.setProtocolId("actieleren");
        session.setProtocolVersion(1);
        session.setTitle(title);
        session.setDate(LocalDate.of(2026, 11, 24));
        session.setStatus(SessionStatus.RUNNING);
        session.setUpdatedAt(updatedAt);
        for (String name : List.of("Anna", "Bram")) {
            Participant participant = LeerkringFactory.eINSTANCE.createParticipant();
            participant.setName(name);
            participant.setRoleId(name.equals("Anna") ? "inbrenger" : null);
            session.getParticipants().add(participant);
        }
        return session;
    }

    /** One item of every kind actieleren records, including a long multi-line case with non-ASCII text. */
    private static List<Item> everyKindOfItem() {
        String longCase = "Moeder (M.) van drie kinderen \u2014 \u00e9\u00e9n met een beperking \u2014 vraagt hulp.\n"
                .repeat(400);
        return List.of(item("i-casus", "casus", longCase, "Anna"),
                item("i-vraag", "ontwikkelingsvraag", "Hoe blijf ik naast het gezin staan?", "Anna"),
                item("i-open", "open-vraag", "Wat heeft al geholpen?", "Bram"),
                item("i-idee", "idee", "Netwerkberaad organiseren", null),
                action("i-actie-datum", "Gesprek met school", "Anna", LocalDate.of(2026, 12, 1)),
                action("i-actie-volgende", "Terugkoppelen in het team", "Bram", null));
    }

    private static Item item(String id, String kind, String text, String author) {
        Item item = LeerkringFactory.eINSTANCE.createItem();
        fill(item, id, kind, text, author);
        return item;
    }

    private static Action action(String id, String text, String owner, LocalDate due) {
        Action action = LeerkringFactory.eINSTANCE.createAction();
        fill(action, id, "actie", text, null);
        action.setOwner(owner);
        action.setDueDate(due);
        action.setStatus(ActionStatus.OPEN);
        return action;
    }

    private static void fill(Item item, String id, String kind, String text, String author) {
        item.setId(id);
        item.setKindId(kind);
        item.setStepId("stap-" + kind);
        item.setText(text);
        item.setAuthor(author);
        item.setCreatedAt(T0);
    }

    private static String describe(Session session) {
        return session.getTitle() + " step " + session.getCurrentStep() + " items " + session.getItems().size();
    }
}
