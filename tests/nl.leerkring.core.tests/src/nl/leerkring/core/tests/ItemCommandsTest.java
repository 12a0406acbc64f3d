package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.edit.ItemCommands;
import nl.leerkring.core.edit.SessionCommandStack;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.model.Valence;
import nl.leerkring.store.JdbcStore;

/** Undo and redo through the EMF command stack, checked in memory and in the database. */
class ItemCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path data;

    private JdbcStore store;
    private SessionService service;
    private Session session;
    private final SessionCommandStack stack = new SessionCommandStack();

    @BeforeEach
    void start() {
        store = JdbcStore.embedded(data);
        ProtocolLibrary library = Services.get(ProtocolLibrary.class);
        service = new SessionServiceImpl(store, store, library, CLOCK);
        Session started = service.start(library.find("actieleren", 1).orElseThrow(), "Wijkteam Noord",
                LocalDate.now(CLOCK), List.of("Anna", "Bram"));
        service.addItem(started, "casus", "Casus", "Anna");
        service.addItem(started, "ontwikkelingsvraag", "Vraag", "Anna");
        service.next(started);
        session = started;
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private List<String> stored() {
        return store.loadSession(session.getId()).orElseThrow().getItems().stream().map(Item::getText).toList();
    }

    private List<String> inMemory() {
        return session.getItems().stream().map(Item::getText).toList();
    }

    @Test
    void addingUndoneAndRedone() {
        stack.execute(ItemCommands.add(service, session, "open-vraag", "Wat zegt de zoon?", "Bram"));
        stack.execute(ItemCommands.add(service, session, "open-vraag", "Wie helpt al mee?", "Anna"));
        stack.undo();
        assertEquals(List.of("Casus", "Vraag", "Wat zegt de zoon?"), stored());
        stack.redo();
        assertEquals(List.of("Casus", "Vraag", "Wat zegt de zoon?", "Wie helpt al mee?"), stored());
        assertEquals(stored(), inMemory());
    }

    @Test
    void removingUndoneComesBackAtItsPlace() {
        stack.execute(ItemCommands.add(service, session, "open-vraag", "Eerste", "Bram"));
        stack.execute(ItemCommands.add(service, session, "open-vraag", "Tweede", "Bram"));
        Item first = session.getItems().get(2);
        stack.execute(ItemCommands.remove(service, session, first));
        assertEquals(List.of("Casus", "Vraag", "Tweede"), stored());
        stack.undo();
        assertEquals(List.of("Casus", "Vraag", "Eerste", "Tweede"), stored());
        assertEquals(stored(), inMemory());
        stack.redo();
        assertEquals(List.of("Casus", "Vraag", "Tweede"), stored());
    }

    @Test
    void editingUndoneAndARefusedEditChangesNothing() {
        stack.execute(ItemCommands.add(service, session, "open-vraag", "Wat zegt de zon?", "Bram"));
        Item question = session.getItems().get(2);
        stack.execute(ItemCommands.edit(service, session, question, "Wat zegt de zoon?"));
        assertEquals("Wat zegt de zoon?", stored().get(2));
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> stack.execute(ItemCommands.edit(service, session, question, "  ")));
        assertEquals("Vul eerst de tekst in voor \u2018Open vraag\u2019.", e.getMessage());
        assertEquals("Wat zegt de zoon?", stored().get(2));
        assertTrue(stack.canUndo(), "a refused edit leaves the history alone");
        stack.undo();
        assertEquals("Wat zegt de zon?", stored().get(2));
        assertEquals("Wat zegt de zon?", question.getText());
        stack.undo();
        assertEquals(List.of("Casus", "Vraag"), stored());
        assertFalse(stack.canUndo());
    }

    /** Of the ideas the case bringer often picks several: actieleren lets three be chosen. */
    @Test
    void theCaseBringerChoosesSeveralIdeasWhereTheMethodAllows() {
        service.addItem(session, "open-vraag", "Wat helpt al?", "Bram");
        service.next(session);
        for (String idea : List.of("Netwerkberaad", "School erbij", "Oma vragen", "Huisbezoek samen")) {
            service.addItem(session, "idee", idea, "Bram");
        }
        List<Item> ideas = session.getItems().subList(3, 7);
        for (Item idea : ideas.subList(0, 3)) {
            stack.execute(ItemCommands.choose(service, session, idea, true));
        }
        assertEquals(List.of(false, false, false, true, true, true, false), chosenInStore());
        InputRejectedException fourth = assertThrows(InputRejectedException.class,
                () -> service.choose(session, ideas.get(3), true));
        assertEquals("Hier kiest de groep er hoogstens 3. Haal eerst bij een ander de ster weg.", fourth.getMessage());
        stack.execute(ItemCommands.choose(service, session, ideas.get(0), false));
        stack.execute(ItemCommands.choose(service, session, ideas.get(3), true));
        assertEquals(List.of(false, false, false, false, true, true, true), chosenInStore());
        stack.undo();
        stack.undo();
        assertEquals(List.of(false, false, false, true, true, true, false), chosenInStore(), "undone one by one");
    }

    @Test
    void oneQuestionIsChosenAndUndoGivesTheMarkBack() {
        stack.execute(ItemCommands.add(service, session, "open-vraag", "Eerste", "Bram"));
        stack.execute(ItemCommands.add(service, session, "open-vraag", "Tweede", "Anna"));
        Item first = session.getItems().get(2);
        Item second = session.getItems().get(3);
        stack.execute(ItemCommands.choose(service, session, first, true));
        stack.execute(ItemCommands.choose(service, session, second, true));
        assertEquals(List.of(false, false, false, true), chosenInStore());
        stack.undo();
        assertEquals(List.of(false, false, true, false), chosenInStore());
        assertTrue(first.isChosen());
        assertFalse(second.isChosen());
    }

    @Test
    void reorderingIsStoredAndUndone() {
        stack.execute(ItemCommands.add(service, session, "open-vraag", "A", "Bram"));
        stack.execute(ItemCommands.add(service, session, "open-vraag", "B", "Bram"));
        stack.execute(ItemCommands.add(service, session, "open-vraag", "C", "Bram"));
        Item c = session.getItems().get(4);
        stack.execute(ItemCommands.move(service, session, c, -1));
        stack.execute(ItemCommands.move(service, session, c, -1));
        assertEquals(List.of("Casus", "Vraag", "C", "A", "B"), stored());
        stack.execute(ItemCommands.move(service, session, c, -1));
        assertEquals(List.of("Casus", "Vraag", "C", "A", "B"), stored(), "not past the first of its kind");
        stack.undo();
        stack.undo();
        assertEquals(List.of("Casus", "Vraag", "A", "C", "B"), stored());
        assertEquals(stored(), inMemory());
    }

    private List<Boolean> chosenInStore() {
        return store.loadSession(session.getId()).orElseThrow().getItems().stream().map(Item::isChosen).toList();
    }

    /**
     * A value-creation round: what a member says is tagged with the cycles it speaks of, each with
     * its valence; retagging is undone and redone like any edit, and the store keeps what is shown.
     */
    @Test
    void anItemIsTaggedWithValueCyclesAndTheTaggingIsUndoable() {
        ProtocolLibrary library = Services.get(ProtocolLibrary.class);
        Session review = service.start(library.find("waardecreatie-review", 1).orElseThrow(), "OTS-gilde",
                LocalDate.now(CLOCK), List.of("Anna", "Bram"));
        stack.execute(ItemCommands.add(service, review, new ItemEntry("waardecreatie", "Het gesprek met de jurist gaf rust",
                "Anna", null, List.of(mark("onmiddellijk", Valence.POSITIVE), mark("toegepast", Valence.NEGATIVE)))));
        Item said = review.getItems().get(0);
        assertEquals(List.of("onmiddellijk POSITIVE", "toegepast NEGATIVE"), marks(said));
        assertEquals(marks(said), marks(store.loadSession(review.getId()).orElseThrow().getItems().get(0)));

        stack.execute(ItemCommands.mark(service, review, said, List.of(mark("herijkt", Valence.DESIRED))));
        assertEquals(List.of("herijkt DESIRED"), marks(store.loadSession(review.getId()).orElseThrow().getItems().get(0)));
        stack.undo();
        assertEquals(List.of("onmiddellijk POSITIVE", "toegepast NEGATIVE"), marks(said));
        assertEquals(marks(said), marks(store.loadSession(review.getId()).orElseThrow().getItems().get(0)));
        stack.redo();
        assertEquals(List.of("herijkt DESIRED"), marks(said));
        // Undoing the item and redoing it brings its codes back with it.
        stack.undo();
        stack.undo();
        assertTrue(review.getItems().isEmpty());
        stack.redo();
        assertEquals(List.of("onmiddellijk POSITIVE", "toegepast NEGATIVE"),
                marks(store.loadSession(review.getId()).orElseThrow().getItems().get(0)));

        InputRejectedException unknown = assertThrows(InputRejectedException.class, () -> service.markItem(review,
                review.getItems().get(0), List.of(mark("gezellig", Valence.POSITIVE))));
        assertEquals("\u2018gezellig\u2019 is geen code van \u2018Waardecreatie\u2019. Kies een code uit de lijst van de methode.",
                unknown.getMessage());
        assertThrows(InputRejectedException.class, () -> service.markItem(review, review.getItems().get(0),
                List.of(mark("potentieel", Valence.POSITIVE), mark("potentieel", Valence.NEGATIVE))));
    }

    /** In a step worked in subgroups, an item says which subgroup brought it; undo takes it away with it. */
    @Test
    void whatASubgroupBroughtIsKeptAsTheirs() {
        ProtocolLibrary library = Services.get(ProtocolLibrary.class);
        Session design = service.start(library.find("ontwerpprincipes-dialoog", 1).orElseThrow(), "Gilde",
                LocalDate.now(CLOCK), List.of("Anna", "Bram"));
        service.next(design);
        InputRejectedException missing = assertThrows(InputRejectedException.class,
                () -> service.addItem(design, "idee", "Elke maand een dilemma", null));
        assertEquals("In deze stap werkt de groep in subgroepen. Zeg van welke subgroep dit komt.", missing.getMessage());
        stack.execute(ItemCommands.add(service, design, new ItemEntry("idee", "Elke maand een dilemma", null, " Drietal 1 ",
                List.of())));
        assertEquals("Drietal 1", store.loadSession(design.getId()).orElseThrow().getItems().get(0).getSubgroup());
        stack.undo();
        stack.redo();
        assertEquals("Drietal 1", store.loadSession(design.getId()).orElseThrow().getItems().get(0).getSubgroup());
    }

    private static CodeMark mark(String code, Valence valence) {
        CodeMark mark = nl.leerkring.model.LeerkringFactory.eINSTANCE.createCodeMark();
        mark.setCodeId(code);
        mark.setValence(valence);
        return mark;
    }

    private static List<String> marks(Item item) {
        return item.getMarks().stream().map(m -> m.getCodeId() + " " + m.getValence()).toList();
    }
}
