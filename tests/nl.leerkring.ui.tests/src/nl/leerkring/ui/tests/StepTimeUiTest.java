package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.model.Session;
import nl.leerkring.model.StepTime;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * While a step's timer runs, its time is written to the database every quarter minute, so a crash
 * loses at most that much. The timer's clock is moved on instead of waited for; what counts is what
 * the database holds, read back past the session in memory.
 */
class StepTimeUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @Test
    void theRunningStepsTimeIsStoredEveryQuarterMinute() {
        MovableClock clock = new MovableClock(Instant.now(), ZoneId.systemDefault());
        IEclipseContext context = own.context().createChild("moved clock");
        context.set(Clock.class, clock);
        SessionService sessions = own.context().get(SessionService.class);
        Session started = sessions.start(own.context().get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow(),
                "Elk kwartier bewaard", LocalDate.now(), "Tijdgroep", List.of("Anna", "Bram"));
        String stepId = sessions.currentStep(started).getId();
        PartsWindow window = new PartsWindow(context, display, SessionRunPart.class);
        try {
            window.active().set(sessions.open(started.getId()));
            ui.flush();
            ui.click(ui.find(window.shell, "run.timer.toggle", Button.class));

            clock.advance(Duration.ofSeconds(16));
            ui.until(() -> stored(started.getId(), stepId) == 16, 5, "16 s of the step in the database");
            // Within the same quarter minute nothing is written: the timer shows the time, the database keeps 16.
            String shown = ui.text(window.shell, "run.timer");
            clock.advance(Duration.ofSeconds(10));
            ui.until(() -> !ui.text(window.shell, "run.timer").equals(shown), 5, "the timer's next tick");
            assertEquals(16, stored(started.getId(), stepId));
            clock.advance(Duration.ofSeconds(4));
            ui.until(() -> stored(started.getId(), stepId) == 30, 5, "30 s of the step in the database");
        } finally {
            window.close();
            context.dispose();
        }
    }

    /** The step's seconds as the database has them, 0 when it has none. */
    private int stored(String sessionId, String stepId) {
        return own.context().get(SessionStore.class).loadSession(sessionId).orElseThrow().getStepTimes().stream()
                .filter(time -> time.getStepId().equals(stepId)).mapToInt(StepTime::getElapsedSeconds).max().orElse(0);
    }
}
