package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.core.timer.StepTimer;
import nl.leerkring.core.timer.StepTimer.State;

/** The step timer against a clock the test moves by hand. */
class StepTimerTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final StepTimer timer = new StepTimer(clock, Duration.ofMinutes(10));

    @Test
    void aTimerCountsDownOnlyWhileRunning() {
        assertEquals(State.READY, timer.state());
        clock.advance(Duration.ofMinutes(3));
        assertEquals("10:00", timer.display(), "not started: nothing counted");
        timer.start();
        clock.advance(Duration.ofSeconds(135));
        assertEquals("7:45", timer.display());
        timer.pause();
        assertEquals(State.PAUSED, timer.state());
        clock.advance(Duration.ofMinutes(20));
        assertEquals("7:45", timer.display(), "a pause stops the count");
        timer.toggle();
        assertEquals(State.RUNNING, timer.state());
        clock.advance(Duration.ofSeconds(45));
        assertEquals(Duration.ofMinutes(3), timer.elapsed());
    }

    @Test
    void nearTheEndAndPastIt() {
        timer.start();
        clock.advance(Duration.ofMinutes(8));
        assertFalse(timer.isNearEnd());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(timer.isNearEnd());
        assertFalse(timer.isOverrun());
        clock.advance(Duration.ofSeconds(102));
        assertTrue(timer.isOverrun());
        assertFalse(timer.isNearEnd());
        assertEquals(Duration.ofSeconds(42), timer.overrun());
        assertEquals("-0:42", timer.display());
    }

    @Test
    void anExtraMinuteAndAReset() {
        timer.start();
        clock.advance(Duration.ofMinutes(10).plusSeconds(30));
        assertTrue(timer.isOverrun());
        timer.addMinute();
        assertEquals("0:30", timer.display());
        assertEquals(Duration.ofMinutes(11), timer.timebox());
        timer.reset();
        assertEquals(State.READY, timer.state());
        assertEquals("11:00", timer.display());
        assertEquals(Duration.ZERO, timer.overrun());
    }

    @Test
    void aStepWithoutTimeboxIsNeverNearItsEnd() {
        StepTimer untimed = new StepTimer(clock, Duration.ZERO);
        untimed.start();
        assertFalse(untimed.isNearEnd());
        clock.advance(Duration.ofSeconds(5));
        assertTrue(untimed.isOverrun(), "any time spent is past a zero timebox");
        assertEquals(Duration.ofSeconds(5), untimed.elapsed());
    }
}
