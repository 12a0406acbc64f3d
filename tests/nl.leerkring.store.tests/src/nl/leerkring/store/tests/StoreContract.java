package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leerkring.core.ProtocolStore;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.StoreConflictException;
import nl.leerkring.core.StoreException;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StatusChange;
import nl.leerkring.model.Valence;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.internal.Migrations;

/**
 * What every engine's store must do, run against each engine for real: {@link DerbyStoreTest} on an
 * embedded database on disk, {@link PostgresStoreTest} on a PostgreSQL server. Stores are reopened
 * the way a restarted application would, and two stores on one database stand for two clients.
 */
abstract class StoreContract {

    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private final List<JdbcStore> opened = new ArrayList<>();

    /** Where this test's database is: new and empty for every test. */
    protected abstract StoreLocation location();

    /** A client of this test's database; closed after the test. */
    protected JdbcStore open() {
        JdbcStore store = new JdbcStore(location());
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(JdbcStore::close);
    }

    /** Runs SQL on the database directly, outside any store. */
    protected void sql(String... statements) throws SQLException {
        try (Engine engine = location().engine()) {
            Connection c = engine.borrow();
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            }
            c.commit();
            engine.release(c, false);
        }
    }

    protected int count(String query) throws SQLException {
        try (Engine engine = location().engine()) {
            Connection c = engine.borrow();
            try (Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
                rs.next();
                return rs.getInt(1);
            } finally {
                c.rollback();
                engine.release(c, false);
            }
        }
    }

    @Test
    void aSessionWithEveryKindOfItemSurvivesReopening() {
        Session session = session("s-1", "Wijkteam Noord", T0);
        try (JdbcStore store = open()) {
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

        Session loaded = open().loadSession("s-1").orElseThrow();
        assertTrue(EcoreUtil.equals(session, loaded), () -> "differs: " + describe(loaded));
    }

    /** An item's codes are replaced as a whole, in their order, and go with the item. */
    @Test
    void anItemsCodesAndTheirValenceAreReplacedAndGoWithTheItem() throws SQLException {
        JdbcStore store = open();
        store.createSession(session("s-codes", "Waardecreatie", T0));
        store.addItem("s-codes", coded(item("i-1", "waardecreatie", "Nieuwe aanpak geprobeerd", "Anna"),
                "toegepast", Valence.POSITIVE), 0, T0);
        Item retagged = coded(LeerkringFactory.eINSTANCE.createItem(), "herijkt", Valence.DESIRED, "potentieel",
                Valence.POSITIVE);
        store.markItem("s-codes", "i-1", retagged.getMarks(), T0.plusSeconds(1));
        Item loaded = store.loadSession("s-codes").orElseThrow().getItems().get(0);
        assertEquals(List.of("herijkt DESIRED", "potentieel POSITIVE"),
                loaded.getMarks().stream().map(m -> m.getCodeId() + " " + m.getValence()).toList());
        store.markItem("s-codes", "i-1", List.of(), T0.plusSeconds(2));
        assertTrue(store.loadSession("s-codes").orElseThrow().getItems().get(0).getMarks().isEmpty());
        store.markItem("s-codes", "i-1", retagged.getMarks(), T0.plusSeconds(3));
        store.removeItem("s-codes", "i-1", T0.plusSeconds(4));
        assertEquals(0, count("SELECT COUNT(*) FROM lk_item_code"), "the codes went with the item");
    }

    @Test
    void sessionsAreListedMostRecentlyChangedFirst() {
        JdbcStore store = open();
        store.createSession(session("old", "Eerste", T0));
        store.createSession(session("new", "Tweede", T0.plusSeconds(60)));
        assertEquals(List.of("new", "old"), store.listSessions().stream().map(SessionSummary::id).toList());
        store.addItem("old", item("i-1", "casus", "Casus", null), 0, T0.plusSeconds(120));
        assertEquals(List.of("old", "new"), store.listSessions().stream().map(SessionSummary::id).toList());
    }

    @Test
    void removingAnActionRemovesItsActionRecordToo() throws SQLException {
        try (JdbcStore store = open()) {
            store.createSession(session("s-3", "Casusbespreking", T0));
            store.addItem("s-3", action("a-2", "Bellen", "Anna", null), 0, T0);
            store.removeItem("s-3", "a-2", T0.plusSeconds(1));
            assertTrue(store.loadSession("s-3").orElseThrow().getItems().isEmpty());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM lk_action"));
    }

    @Test
    void sessionsMadeTogetherAreStoredAllOrNone() {
        JdbcStore store = open();
        store.createSessions(List.of(session("t-1", "Traject 1", T0), session("t-2", "Traject 2", T0)));
        assertEquals(List.of("t-1", "t-2"), open().listSessions().stream().map(s -> s.id()).sorted().toList());
        // The second meeting's id is taken: the first must not be stored without it.
        assertThrows(StoreException.class,
                () -> store.createSessions(List.of(session("t-3", "Traject 3", T0), session("t-1", "Dubbel", T0))));
        assertTrue(open().loadSession("t-3").isEmpty());
        assertEquals(2, open().listSessions().size());
    }

    @Test
    void aFailedWriteChangesNothing() {
        JdbcStore store = open();
        store.createSession(session("s-4", "Leerkring", T0));
        // The same item id twice violates the primary key: the second write must leave no trace.
        store.addItem("s-4", item("dup", "casus", "Eerste", null), 0, T0.plusSeconds(1));
        StoreException e = assertThrows(StoreException.class,
                () -> store.addItem("s-4", action("dup", "Tweede", "Anna", null), 1, T0.plusSeconds(2)));
        assertTrue(e.getMessage().startsWith("Opslaan is mislukt"), e.getMessage());
        assertTrue(!e.getMessage().contains("dup") && !e.getMessage().contains("SQL"), "no internals: " + e.getMessage());
        Session loaded = store.loadSession("s-4").orElseThrow();
        assertEquals(1, loaded.getItems().size());
        assertEquals(T0.plusSeconds(1), loaded.getUpdatedAt());
        // The failed write did not spoil the next one.
        store.addItem("s-4", item("next", "casus", "Tweede", null), 1, T0.plusSeconds(3));
        assertEquals(2, store.loadSession("s-4").orElseThrow().getItems().size());
    }

    @Test
    void theSchemaIsVersionedAndANewerDatabaseIsRefused() throws SQLException {
        try (JdbcStore store = open()) {
            assertTrue(store.listSessions().isEmpty(), "a new database is created empty");
        }
        assertEquals(Migrations.latestVersion(), count("SELECT MAX(schema_version) FROM lk_schema"));
        sql("INSERT INTO lk_schema (schema_version, applied_at) VALUES (99, CURRENT_TIMESTAMP)");
        StoreException e = assertThrows(StoreException.class, () -> open().listSessions());
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertTrue(e.getMessage().contains("Werk Leerkring bij"), e.getMessage());
    }

    @Test
    void aDatabaseWhoseMigrationsWereAlteredIsRefused() throws SQLException {
        try (JdbcStore store = open()) {
            store.listSessions();
        }
        sql("UPDATE lk_schema SET checksum = 'anders' WHERE schema_version = 3");
        StoreException e = assertThrows(StoreException.class, () -> open().listSessions());
        assertTrue(e.getMessage().contains("schemaversie 3"), e.getMessage());
    }

    @Test
    void protocolVersionsDraftsAndRetirementsAreKept() {
        try (JdbcStore store = open()) {
            store.saveVersion(protocol("noord", 1, "Intervisie Noord"), T0, "Lead");
            store.saveVersion(protocol("noord", 2, "Intervisie Noord, korter"), T0.plusSeconds(60), "Lead");
            store.saveDraft(protocol("noord", 3, "Concept"), T0.plusSeconds(90), "Lead");
            store.saveDraft(protocol("noord", 3, "Concept, herzien"), T0.plusSeconds(120), "Lead");
            store.setRetired("oud", true, T0);
        }
        JdbcStore store = open();
        assertEquals(List.of("Intervisie Noord", "Intervisie Noord, korter"),
                store.loadVersions().stream().map(p -> p.getName().getNl()).toList());
        assertEquals(List.of(new ProtocolStore.Published("noord", 1, T0, "Lead"),
                new ProtocolStore.Published("noord", 2, T0.plusSeconds(60), "Lead")), store.publications());
        assertEquals(List.of("Concept, herzien"), store.loadDrafts().stream().map(p -> p.getName().getNl()).toList());
        store.deleteDraft("noord");
        assertTrue(store.loadDrafts().isEmpty());
        assertEquals(Set.of("oud"), store.retiredProtocols());
        store.setRetired("oud", false, T0);
        assertTrue(store.retiredProtocols().isEmpty());
    }

    @Test
    void aSessionChangedByAnotherClientIsNotOverwritten() {
        JdbcStore facilitator = open();
        JdbcStore other = open();
        facilitator.createSession(session("s-5", "Intervisie", T0));
        other.loadSession("s-5");
        facilitator.addItem("s-5", item("i-a", "casus", "Van de begeleider", null), 0, T0.plusSeconds(1));

        // The other client still holds the session as it was: its change is refused, nothing is lost.
        StoreConflictException e = assertThrows(StoreConflictException.class,
                () -> other.addItem("s-5", item("i-b", "idee", "Van de ander", null), 0, T0.plusSeconds(2)));
        assertTrue(e.getMessage().contains("Open haar opnieuw"), e.getMessage());
        assertThrows(StoreConflictException.class,
                () -> other.saveProgress("s-5", 2, SessionStatus.RUNNING, T0.plusSeconds(3)));

        // Reading the latest state lets it go on from there.
        Session latest = other.loadSession("s-5").orElseThrow();
        assertEquals(List.of("Van de begeleider"), latest.getItems().stream().map(Item::getText).toList());
        other.addItem("s-5", item("i-b", "idee", "Van de ander", null), 1, T0.plusSeconds(4));
        assertEquals(List.of("Van de begeleider", "Van de ander"),
                open().loadSession("s-5").orElseThrow().getItems().stream().map(Item::getText).toList());
    }

    @Test
    void anActionChangedByAnotherClientIsNotOverwritten() {
        JdbcStore facilitator = open();
        facilitator.createSession(session("s-6", "Actieleren", T0));
        facilitator.addItem("s-6", action("a-6", "Gesprek met school", "Anna", null), 0, T0);
        Action ownersCopy = open().actionsOwnedBy("Anna").get(0).action();
        Action reviewCopy = open().actionsOwnedBy("Anna").get(0).action();

        open().saveChange(ownersCopy, List.of(change(ownersCopy, ActionStatus.IN_PROGRESS, "Anna")));
        // The review's copy was read before the owner's change.
        assertThrows(StoreConflictException.class,
                () -> open().saveChange(reviewCopy, List.of(change(reviewCopy, ActionStatus.CANCELLED, "Groep"))));

        ActionRecord stored = open().actionsOwnedBy("Anna").get(0);
        assertEquals(ActionStatus.IN_PROGRESS, stored.action().getStatus());
        assertEquals(1, stored.action().getHistory().size());
        // From the latest state, the next change goes through.
        Action latest = stored.action();
        open().saveChange(latest, List.of(change(latest, ActionStatus.DONE, "Anna")));
        assertEquals(2, open().actionsOwnedBy("Anna").get(0).action().getHistory().size());
    }

    /** What a review says an action brought, coded (VAW.1 W+), read with the action wherever it is read. */
    @Test
    void aReviewsAnswerKeepsTheValueItCoded() {
        JdbcStore store = open();
        groupSession(store, "v-1", "Noord 1", "Noord");
        store.addItem("v-1", action("a-v", "Signalen vastleggen", "Anna", null), 0, T0);
        Action action = store.actionsOfGroup("Noord").get(0).action();
        coded(action, "VAW.1", Valence.POSITIVE, "VB.1", Valence.NONE);
        store.saveAnswer(action, List.of(change(action, ActionStatus.CLOSED, "Anna")));

        List<String> expected = List.of("VAW.1 POSITIVE", "VB.1 NONE");
        assertEquals(expected, marks(open().actionsOfGroup("Noord").get(0).action()));
        assertEquals(expected, marks(open().actionsOwnedBy("Anna").get(0).action()));
        assertEquals(expected, marks(open().loadSession("v-1").orElseThrow().getItems().get(0)));

        // The owner's own change leaves the value alone; a later answer replaces it.
        Action owners = open().actionsOwnedBy("Anna").get(0).action();
        open().saveChange(owners, List.of(change(owners, ActionStatus.DONE, "Anna")));
        assertEquals(expected, marks(open().actionsOwnedBy("Anna").get(0).action()));
        Action again = open().actionsOwnedBy("Anna").get(0).action();
        again.getMarks().clear();
        coded(again, "VAW.4", Valence.NEGATIVE);
        open().saveAnswer(again, List.of(change(again, ActionStatus.CLOSED, "Groep")));
        assertEquals(List.of("VAW.4 NEGATIVE"), marks(open().actionsOfGroup("Noord").get(0).action()));
    }

    private static List<String> marks(Item item) {
        return item.getMarks().stream().map(m -> m.getCodeId() + " " + m.getValence().getName()).toList();
    }

    @Test
    void aReviewReadsOnlyTheGroupsOpenActionsAndThoseItChanged() {
        JdbcStore store = open();
        Session earlier = groupSession(store, "n-1", "Noord 1", "Noord");
        groupSession(store, "z-1", "Zuid 1", "Zuid");
        store.addItem("n-1", action("a-open", "Nog open", "Anna", null), 0, T0);
        store.addItem("n-1", action("a-cancelled", "Vervallen", "Bram", null), 1, T0);
        store.addItem("n-1", action("a-answered", "Afgesloten in de review", "Anna", null), 2, T0);
        store.addItem("z-1", action("a-zuid", "Andere groep", "Anna", null), 0, T0);
        Session review = session("n-2", "Noord 2", T0.plusSeconds(60));
        review.setDate(earlier.getDate().plusWeeks(3));
        review.setGroup("Noord");
        store.createSession(review);
        for (ActionRecord record : store.actionsOfGroup("Noord")) {
            Action action = record.action();
            if (action.getId().equals("a-cancelled")) {
                store.saveChange(action, List.of(change(action, ActionStatus.CANCELLED, "Bram")));
            } else if (action.getId().equals("a-answered")) {
                StatusChange closed = change(action, ActionStatus.CLOSED, "Groep");
                closed.setSessionId("n-2");
                store.saveChange(action, List.of(closed));
            }
        }

        ProgressNote note = LeerkringFactory.eINSTANCE.createProgressNote();
        note.setAt(T0.plusSeconds(30));
        note.setAuthor("Anna");
        note.setText("Eerste gesprek gevoerd");
        store.addNote("a-open", note);

        assertEquals(List.of("a-open", "a-answered"), ids(open().openOfGroup("Noord", "n-2")));
        // The series of a period: what its sessions made, and what their reviews completed whenever made.
        List<ActionRecord> ofReview = open().historiesOfSessions("Noord", Set.of("n-2"));
        assertEquals(List.of("a-answered"), ids(ofReview));
        assertEquals(ActionStatus.CLOSED, ofReview.get(0).action().getHistory().get(0).getTo());
        assertEquals("n-1", ofReview.get(0).sessionId(), "placed by the session that made it");
        List<ActionRecord> ofFirst = open().historiesOfSessions("Noord", Set.of("n-1"));
        assertEquals(List.of("a-open", "a-cancelled", "a-answered"), ids(ofFirst));
        assertTrue(ofFirst.stream().allMatch(r -> r.action().getNotes().isEmpty()));
        assertEquals(List.of(), open().historiesOfSessions("Zuid", Set.of("n-2")), "another group's session");
        LocalDate reviewDay = review.getDate();
        assertEquals(List.of("n-2"), open().sessionsOfGroup("Noord", reviewDay, reviewDay.plusDays(1)).stream()
                .map(SessionSummary::id).toList(), "a period's sessions");
        assertEquals(2, open().sessionsOfGroup("Noord", reviewDay, reviewDay).get(0).members(), "with their attendance");
        assertEquals(List.of(), open().sessionsOfGroup("Noord", reviewDay.minusDays(2), reviewDay.minusDays(1)));
        assertEquals(1, open().actionsOfGroup("Noord").get(0).action().getNotes().size());
        assertEquals(List.of("a-open"), ids(open().openOfGroup("Noord", null)));
        assertEquals(List.of("a-zuid"), ids(open().openOfGroup("Zuid", "n-2")));
        assertEquals(List.of("n-2", "n-1"), open().sessionsOfGroup("Noord").stream().map(SessionSummary::id).toList());
        assertEquals(2, open().sessionsOfGroup("Noord").get(1).members(), "attendance counted for the group's sessions");
    }

    @Test
    void theSessionListHoldsWhatIsStillToRunAndTheNewestOnly() {
        JdbcStore store = open();
        String[][] made = { { "old-planned", "PLANNED", "Noord" }, { "old-done", "DONE", "Zuid" },
                { "paused", "PAUSED", "Noord" }, { "done-1", "DONE", "Zuid" }, { "done-2", "DONE", null } };
        for (int n = 0; n < made.length; n++) {
            Session session = session(made[n][0], "Sessie " + n, T0.plusSeconds(60L * n));
            session.setStatus(SessionStatus.get(made[n][1]));
            session.setGroup(made[n][2]);
            store.createSession(session);
        }

        JdbcStore other = open();
        assertEquals(List.of("done-2", "done-1", "paused", "old-planned"),
                other.recentSessions(2).stream().map(SessionSummary::id).toList(),
                "the two newest, then what is still to run however old; the newest change first");
        assertEquals(0, other.recentSessions(2).get(0).members(), "the list shows no attendance, so none is read");
        assertEquals(2, other.sessionsOfGroup("Zuid").get(0).members(), "a group's sessions have theirs");
        assertEquals(5, other.countSessions());
        assertEquals(List.of("Zuid", "Noord"), other.groupNames(), "the group with the latest change first");
    }

    /** The database returns history and notes in no set order; every read gives each action's in its own. */
    @Test
    void everyReadGivesAnActionsHistoryAndNotesInTheirOrder() {
        JdbcStore store = open();
        groupSession(store, "o-1", "Oost 1", "Oost");
        store.addItem("o-1", action("a-1", "Eerste", "Anna", null), 0, T0);
        store.addItem("o-1", action("a-2", "Tweede", "Anna", null), 1, T0);
        // Written in turns, so that neither action's rows lie together.
        List<ActionStatus> path = List.of(ActionStatus.IN_PROGRESS, ActionStatus.CARRIED_OVER, ActionStatus.IN_PROGRESS,
                ActionStatus.DONE);
        for (ActionStatus to : path) {
            for (ActionRecord record : store.actionsOfGroup("Oost")) {
                Action action = record.action();
                store.saveChange(action, List.of(change(action, to, "Anna")));
                ProgressNote note = LeerkringFactory.eINSTANCE.createProgressNote();
                note.setAt(T0.plusSeconds(action.getHistory().size()));
                note.setAuthor("Anna");
                note.setText("Na " + to.getName());
                store.addNote(action.getId(), note);
            }
        }
        List<String> notes = path.stream().map(to -> "Na " + to.getName()).toList();
        for (List<ActionRecord> read : List.of(open().actionsOfGroup("Oost"), open().historiesOfSessions("Oost", Set.of("o-1")),
                open().actionsOwnedBy("Anna"), open().openOfGroup("Oost", null))) {
            assertEquals(2, read.size());
            for (ActionRecord record : read) {
                assertEquals(path, record.action().getHistory().stream().map(StatusChange::getTo).toList());
            }
        }
        for (ActionRecord record : open().actionsOwnedBy("Anna")) {
            assertEquals(notes, record.action().getNotes().stream().map(ProgressNote::getText).toList());
        }
        // One action by its key, as a review checks the action it answers.
        ActionRecord one = open().action("a-2").orElseThrow();
        assertEquals(List.of("a-2", "o-1", "Oost 1", "Oost"),
                List.of(one.action().getId(), one.sessionId(), one.sessionTitle(), one.group()));
        assertEquals(path, one.action().getHistory().stream().map(StatusChange::getTo).toList());
        assertEquals(notes, one.action().getNotes().stream().map(ProgressNote::getText).toList());
        assertTrue(open().action("a-9").isEmpty());
    }

    private static List<String> ids(List<ActionRecord> records) {
        return records.stream().map(r -> r.action().getId()).toList();
    }

    @Test
    void twoClientsWritingAtOnceLoseNothing() throws Exception {
        open().createSession(session("s-7", "Twee schrijvers", T0));
        int perClient = 25;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String client : List.of("a", "b")) {
                JdbcStore store = open();
                results.add(pool.submit(writer(store, client, perClient)));
            }
            int conflicts = 0;
            for (Future<Integer> result : results) {
                conflicts += result.get();
            }
            Session stored = open().loadSession("s-7").orElseThrow();
            Set<String> ids = new HashSet<>();
            stored.getItems().forEach(i -> ids.add(i.getId()));
            assertEquals(2 * perClient, ids.size(), "every acknowledged item is there (conflicts retried: " + conflicts + ")");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void caseTextsPastTheGroupsTermAreErasedAndLearningsAndActionsStay() throws SQLException {
        JdbcStore store = open();
        Session old = session("s-old", "Vorig jaar", T0);
        old.setDate(LocalDate.of(2025, 1, 13));
        old.setGroup("Noord");
        Session recent = session("s-new", "Deze maand", T0);
        recent.setGroup("Noord");
        store.createSession(old);
        store.createSession(recent);
        for (Session session : List.of(old, recent)) {
            String id = session.getId();
            store.addItem(id, item(id + "-casus", "casus", "Moeder van J. belt de school", "Anna"), 0, T0);
            store.addItem(id, item(id + "-vraag", "open-vraag", "Wie steunt het gezin?", "Bram"), 1, T0);
            store.addItem(id, item(id + "-leer", "leerpunt", "Eerst de school bellen", null), 2, T0);
            store.addItem(id, action(id + "-actie", "Huisbezoek plannen", "Anna", null), 3, T0);
        }
        assertTrue(store.months("Noord").isEmpty());
        assertEquals(0, store.eraseExpired(LocalDate.of(2026, 11, 30)), "no term, nothing erased");
        store.setMonths("Noord", 12);
        assertEquals(12, store.months("Noord").getAsInt());

        assertEquals(2, store.eraseExpired(LocalDate.of(2026, 11, 30)));
        assertEquals(0, store.eraseExpired(LocalDate.of(2026, 11, 30)), "erased once");
        assertEquals(1, count("SELECT COUNT(*) FROM lk_session WHERE texts_erased_at IS NOT NULL"),
                "the session is marked done, so a start does not read its texts again");
        // Sessions erased before they were marked so (schema 19) are read once more, and nothing is counted twice.
        sql("UPDATE lk_session SET texts_erased_at = NULL");
        assertEquals(0, store.eraseExpired(LocalDate.of(2026, 11, 30)));
        assertEquals(1, count("SELECT COUNT(*) FROM lk_erasure WHERE what = 'TERM_ENDED'"), "one record of the erasing");
        List<String> oldTexts = store.loadSession("s-old").orElseThrow().getItems().stream().map(Item::getText).toList();
        assertEquals(List.of(nl.leerkring.store.internal.RetentionRows.ERASED, nl.leerkring.store.internal.RetentionRows.ERASED,
                "Eerst de school bellen", "Huisbezoek plannen"), oldTexts);
        assertEquals("Moeder van J. belt de school", store.loadSession("s-new").orElseThrow().getItems().get(0).getText());
        // Written to after its texts were erased, the old session is read again at the next start.
        store.addItem("s-old", item("s-old-laat", "idee", "Later bedacht", "Bram"), 4, java.time.Instant.now().plusSeconds(60));
        assertEquals(1, store.eraseExpired(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aPersonsNameIsTakenOutOfEveryRecord() {
        JdbcStore store = open();
        store.createSession(session("s-p", "Met Anna", T0));
        store.addItem("s-p", item("i-p", "idee", "Anna belt, Annabel schrijft", "Anna"), 0, T0);
        Action action = action("a-p", "Gesprek met Anna en school", "Anna", null);
        store.addItem("s-p", action, 1, T0);
        Action stored = store.actionsOwnedBy("Anna").get(0).action();
        store.saveChange(stored, List.of(change(stored, ActionStatus.IN_PROGRESS, "Anna")));

        assertTrue(store.erasePerson("Anna") >= 6);
        Session session = store.loadSession("s-p").orElseThrow();
        assertEquals(List.of("voormalig lid", "Bram"), session.getParticipants().stream().map(p -> p.getName()).toList());
        assertEquals("voormalig lid belt, Annabel schrijft", session.getItems().get(0).getText());
        assertEquals("voormalig lid", session.getItems().get(0).getAuthor());
        Action erased = (Action) session.getItems().get(1);
        assertEquals("voormalig lid", erased.getOwner());
        assertEquals("Gesprek met voormalig lid en school", erased.getText());
        assertEquals("voormalig lid", erased.getHistory().get(0).getBy());
        assertTrue(store.actionsOwnedBy("Anna").isEmpty());
    }

    /** Adding an item is what a facilitator waits for while the group talks: its latency is printed per engine. */
    @Test
    void addingItemsPrintsItsLatency() {
        JdbcStore store = open();
        store.createSession(session("s-9", "Meting", T0));
        store.loadSession("s-9");
        int warmUp = 100;
        int measured = 500;
        LatencyReport report = new LatencyReport("add item (" + getClass().getSimpleName() + ")", measured);
        for (int n = 0; n < warmUp + measured; n++) {
            Item item = item("i-" + n, "idee", "Idee nummer " + n + " met wat tekst erbij", "Anna");
            long start = System.nanoTime();
            store.addItem("s-9", item, n, T0.plusSeconds(n));
            if (n >= warmUp) {
                report.add(System.nanoTime() - start);
            }
        }
        report.print();
        assertEquals(warmUp + measured, open().loadSession("s-9").orElseThrow().getItems().size());
    }

    /** A client that adds items to s-7; on a conflict it reads the session again and retries. */
    private static Callable<Integer> writer(JdbcStore store, String client, int items) {
        return () -> {
            int conflicts = 0;
            Session session = store.loadSession("s-7").orElseThrow();
            for (int n = 0; n < items; n++) {
                Item item = item(client + n, "idee", "Idee " + client + n, null);
                while (true) {
                    try {
                        store.addItem("s-7", item, session.getItems().size(), T0.plusSeconds(n));
                        session.getItems().add(EcoreUtil.copy(item));
                        break;
                    } catch (StoreConflictException e) {
                        conflicts++;
                        session = store.loadSession("s-7").orElseThrow();
                    }
                }
            }
            return conflicts;
        };
    }

    static StatusChange change(Action action, ActionStatus to, String by) {
        StatusChange change = LeerkringFactory.eINSTANCE.createStatusChange();
        change.setAt(T0.plusSeconds(action.getHistory().size() + 1));
        change.setBy(by);
        change.setFrom(action.getStatus());
        change.setTo(to);
        action.getHistory().add(change);
        action.setStatus(to);
        return change;
    }

    static Protocol protocol(String id, int version, String name) {
        Protocol protocol = LeerkringFactory.eINSTANCE.createProtocol();
        protocol.setId(id);
        protocol.setVersion(version);
        protocol.setName(LeerkringFactory.eINSTANCE.createLocalizedText());
        protocol.getName().setNl(name);
        return protocol;
    }

    /** A session of the group, changed at T0, stored. */
    static Session groupSession(JdbcStore store, String id, String title, String group) {
        Session session = session(id, title, T0);
        session.setGroup(group);
        store.createSession(session);
        return session;
    }

    static Session session(String id, String title, Instant updatedAt) {
        Session session = LeerkringFactory.eINSTANCE.createSession();
        session.setId(id);
        session.setProtocolId("actieleren");
        session.setProtocolVersion(1);
        session.setTitle(title);
        session.setDate(LocalDate.of(2026, 11, 24));
        session.setStatus(SessionStatus.RUNNING);
        session.setUpdatedAt(updatedAt);
        for (String name : List.of("Anna", "Bram")) {
            var participant = LeerkringFactory.eINSTANCE.createParticipant();
            participant.setName(name);
            participant.setRoleId(name.equals("Anna") ? "inbrenger" : null);
            session.getParticipants().add(participant);
        }
        return session;
    }

    /** One item of every kind actieleren records, including a long multi-line case with non-ASCII text. */
    static Item inSubgroup(Item item, String subgroup) {
        item.setSubgroup(subgroup);
        return item;
    }

    /** The item tagged with codes, each with its valence: code, valence, code, valence... */
    static Item coded(Item item, Object... marks) {
        for (int i = 0; i < marks.length; i += 2) {
            CodeMark mark = LeerkringFactory.eINSTANCE.createCodeMark();
            mark.setCodeId((String) marks[i]);
            mark.setValence((Valence) marks[i + 1]);
            item.getMarks().add(mark);
        }
        return item;
    }

    static List<Item> everyKindOfItem() {
        String longCase = "Moeder (M.) van drie kinderen \u2014 \u00e9\u00e9n met een beperking \u2014 vraagt hulp.\n"
                .repeat(400);
        return List.of(item("i-casus", "casus", longCase, "Anna"),
                item("i-vraag", "ontwikkelingsvraag", "Hoe blijf ik naast het gezin staan?", "Anna"),
                item("i-open", "open-vraag", "Wat heeft al geholpen?", "Bram"),
                item("i-idee", "idee", "Netwerkberaad organiseren", null),
                coded(item("i-waarde", "waardecreatie", "Het gesprek met de jurist gaf rust", "Bram"),
                        "onmiddellijk", Valence.POSITIVE, "toegepast", Valence.NEGATIVE),
                inSubgroup(item("i-drietal", "succes", "Naast het gezin staan", null), "Drietal 2"),
                action("i-actie-datum", "Gesprek met school", "Anna", LocalDate.of(2026, 12, 1)),
                action("i-actie-volgende", "Terugkoppelen in het team", "Bram", null));
    }

    static Item item(String id, String kind, String text, String author) {
        Item item = LeerkringFactory.eINSTANCE.createItem();
        fill(item, id, kind, text, author);
        return item;
    }

    static Action action(String id, String text, String owner, LocalDate due) {
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

    static String describe(Session session) {
        return session.getTitle() + " step " + session.getCurrentStep() + " items " + session.getItems().size();
    }

    static Action firstAction(Session session) {
        return assertInstanceOf(Action.class, session.getItems().stream().filter(Action.class::isInstance)
                .findFirst().orElseThrow());
    }
}
