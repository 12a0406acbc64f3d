package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.core.run.SessionRun;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.core.timer.StepTimer;
import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StepTime;
import nl.leerkring.store.JdbcStore;

/**
 * The rules of a session's run without a screen, on a real Derby database and a clock the test
 * moves: moving on only with what the method asks for, the countdown and its time kept every
 * quarter minute and across a restart, undo and redo, skip, pause and close.
 */
class SessionRunTest {

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private JdbcStore store;
    private ProtocolLibrary library;
    private SessionService service;

    @BeforeEach
    void open() {
        store = JdbcStore.embedded(data);
        library = Services.get(ProtocolLibrary.class);
        service = new SessionServiceImpl(store, store, library, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SessionRun start(String protocol) {
        Session session = service.start(library.find(protocol, 1).orElseThrow(), "Wijkteam Noord", LocalDate.now(clock),
                List.of("Anna", "Bram"));
        return new SessionRun(service, session, clock);
    }

    @Test
    void aStepIsLeftOnlyWithWhatTheMethodAsksFor() {
        SessionRun run = start("actieleren");
        assertEquals(1, run.stepNumber());
        assertTrue(run.canGoNext());
        assertFalse(run.canGoPrevious());
        assertFalse(run.canSkip(), "actieleren's steps may not be skipped");
        InputRejectedException refused = assertThrows(InputRejectedException.class, run::next);
        assertTrue(refused.getMessage().contains("Casus"), refused.getMessage());
        assertEquals(1, run.stepNumber(), "still at the first step");

        run.add("casus", "Moeder vraagt hulp bij de schoolgang", "Anna");
        run.add("ontwikkelingsvraag", "Hoe blijf ik naast het gezin staan?", null);
        run.next();
        assertEquals(2, run.stepNumber());
        assertTrue(run.canGoPrevious());
        run.previous();
        assertEquals(List.of("Moeder vraagt hulp bij de schoolgang"),
                run.recorded(run.step(), "casus").stream().map(Item::getText).toList());
    }

    @Test
    void theCountdownIsKeptEveryQuarterMinuteAndContinuesAfterARestart() {
        SessionRun run = start("actieleren");
        run.add("casus", "Casus", null);
        run.add("ontwikkelingsvraag", "Vraag", null);
        run.next();
        StepTimer timer = run.timer();
        assertEquals(Duration.ofMinutes(15), timer.timebox());
        assertTrue(run.isTimed());
        assertFalse(run.tick(), "nothing to keep before it runs");

        run.toggleTimer();
        assertEquals(StepTimer.State.RUNNING, timer.state());
        clock.advance(Duration.ofSeconds(10));
        assertFalse(run.tick(), "within the first quarter minute");
        clock.advance(Duration.ofSeconds(10));
        assertTrue(run.tick(), "a quarter minute passed: kept");
        assertFalse(run.tick(), "kept once per quarter minute");
        assertEquals(20, stored(run).getElapsedSeconds());

        clock.advance(Duration.ofSeconds(40));
        assertEquals("14:00", timer.display());
        run.addMinute();
        assertEquals(16 * 60, stored(run).getTimeboxSeconds(), "the longer timebox is kept");
        run.toggleTimer();
        assertEquals(StepTimer.State.PAUSED, timer.state());
        assertEquals(60, stored(run).getElapsedSeconds(), "pausing the countdown keeps its time");

        // A restart: the session read back, the countdown paused where it was.
        SessionRun resumed = new SessionRun(service, service.open(run.session().getId()), clock);
        assertEquals(2, resumed.stepNumber());
        assertEquals(Duration.ofSeconds(60), resumed.timer().elapsed());
        assertEquals(Duration.ofMinutes(16), resumed.timer().timebox());
        assertEquals(StepTimer.State.PAUSED, resumed.timer().state());

        // The next step has a countdown of its own.
        resumed.add("open-vraag", "Wat zegt de zoon?", null);
        resumed.next();
        assertEquals(Duration.ZERO, resumed.timer().elapsed());
        assertEquals(Duration.ofMinutes(15), resumed.timer().timebox());
    }

    @Test
    void recordingIsUndoneAndRedoneInTheStoreToo() {
        SessionRun run = start("actieleren");
        run.add("casus", "Eerste versie", null);
        Item item = run.session().getItems().get(0);
        run.edit(item, "Tweede versie");
        assertTrue(run.canUndo());
        run.undo();
        assertEquals("Eerste versie", reread(run).getItems().get(0).getText());
        run.redo();
        assertEquals("Tweede versie", reread(run).getItems().get(0).getText());
        run.undo();
        run.undo();
        assertEquals(0, reread(run).getItems().size());
        assertFalse(run.canUndo());
        assertTrue(run.canRedo());
    }

    @Test
    void anActionNeedsAnOwnerAndMayBeForTheNextSession() {
        SessionRun run = start("actieleren");
        run.add("casus", "Casus", null);
        run.add("ontwikkelingsvraag", "Vraag", null);
        run.next();
        run.add("open-vraag", "Vraag", null);
        run.next();
        run.add("idee", "Idee", null);
        run.next();
        assertThrows(InputRejectedException.class, () -> run.addAction("actie", "Gesprek plannen", "", null));
        run.addAction("actie", "Gesprek plannen", "Anna", null);
        Action action = reread(run).getItems().stream().filter(Action.class::isInstance).map(Action.class::cast)
                .findFirst().orElseThrow();
        assertEquals("Anna", action.getOwner());
        assertEquals(null, action.getDueDate(), "at the next session");
    }

    @Test
    void aSkippableStepIsSkippedWithItsReasonAndTheSessionPausesAndCloses() {
        SessionRun run = start("intervisie");
        run.next();
        run.add("casus", "Casus", null);
        run.add("hulpvraag", "Vraag", null);
        run.next();
        run.add("open-vraag", "Vraag", null);
        run.next();
        assertTrue(run.canSkip(), "verkennen may be skipped");
        run.toggleTimer();
        clock.advance(Duration.ofSeconds(30));
        run.skip("geen tijd meer");
        StepTime skipped = reread(run).getStepTimes().stream().filter(t -> "stap-verkennen".equals(t.getStepId()))
                .findFirst().orElseThrow();
        assertEquals("geen tijd meer", skipped.getSkipReason());
        assertEquals(30, skipped.getElapsedSeconds());

        run.pause();
        assertEquals(SessionStatus.PAUSED, reread(run).getStatus());
        run.close();
        assertTrue(run.isDone());
        assertEquals(SessionStatus.DONE, reread(run).getStatus());
        assertFalse(run.canGoNext());
        assertFalse(run.isTimed(), "a closed session shows no countdown");
        run.toggleTimer();
        assertFalse(run.tick());
    }

    private StepTime stored(SessionRun run) {
        return service.time(reread(run), run.step()).orElseThrow();
    }

    private Session reread(SessionRun run) {
        return store.loadSession(run.session().getId()).orElseThrow();
    }
}
