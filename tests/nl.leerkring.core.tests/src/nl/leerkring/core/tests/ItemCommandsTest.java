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
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.edit.ItemCommands;
import nl.leerkring.core.edit.SessionCommandStack;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
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
}
