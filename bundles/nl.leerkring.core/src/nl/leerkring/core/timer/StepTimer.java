package nl.leerkring.core.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The countdown of one step's timebox: start, pause, add a minute, reset. Time is read from the
 * clock only when asked, so the timer costs nothing while nobody looks and can be tested with a
 * fixed clock. Not thread-safe: the UI thread owns it.
 */
public final class StepTimer {

    /** How close to the end the timer warns (the display changes colour). */
    public static final Duration NEAR_END = Duration.ofMinutes(1);

    public enum State {
        READY, RUNNING, PAUSED
    }

    private final Clock clock;
    private Duration timebox;
    private Duration elapsedBeforeRun = Duration.ZERO;
    private Instant runningSince;

    public StepTimer(Clock clock, Duration timebox) {
        this(clock, timebox, Duration.ZERO);
    }

    /** A timer that already ran for {@code elapsed}, paused: how a resumed session continues. */
    public StepTimer(Clock clock, Duration timebox, Duration elapsed) {
        this.clock = clock;
        this.timebox = timebox.isNegative() ? Duration.ZERO : timebox;
        this.elapsedBeforeRun = elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    public State state() {
        if (runningSince != null) {
            return State.RUNNING;
        }
        return elapsedBeforeRun.isZero() ? State.READY : State.PAUSED;
    }

    /** Starts, or resumes after a pause. */
    public void start() {
        if (runningSince == null) {
            runningSince = clock.instant();
        }
    }

    public void pause() {
        if (runningSince != null) {
            elapsedBeforeRun = elapsed();
            runningSince = null;
        }
    }

    /** Start when ready or paused, pause when running: what one key does. */
    public void toggle() {
        if (state() == State.RUNNING) {
            pause();
        } else {
            start();
        }
    }

    /** One more minute for this step, for when the group needs it. */
    public void addMinute() {
        timebox = timebox.plusMinutes(1);
    }

    /** Back to the full timebox, not running. */
    public void reset() {
        elapsedBeforeRun = Duration.ZERO;
        runningSince = null;
    }

    public Duration timebox() {
        return timebox;
    }

    public Duration elapsed() {
        return runningSince == null ? elapsedBeforeRun
                : elapsedBeforeRun.plus(Duration.between(runningSince, clock.instant()));
    }

    /** Time left; negative once the timebox is over. */
    public Duration remaining() {
        return timebox.minus(elapsed());
    }

    public boolean isNearEnd() {
        Duration remaining = remaining();
        return !remaining.isNegative() && remaining.compareTo(NEAR_END) <= 0 && !timebox.isZero();
    }

    public boolean isOverrun() {
        return remaining().isNegative();
    }

    /** How far past the timebox the step ran; zero when it did not. */
    public Duration overrun() {
        return isOverrun() ? remaining().negated() : Duration.ZERO;
    }

    /** "12:05", or "-0:42" past the end: minutes and seconds, as the group reads it. */
    public String display() {
        long seconds = remaining().toSeconds();
        long shown = Math.abs(seconds);
        return (seconds < 0 ? "-" : "") + shown / 60 + ":" + String.format("%02d", shown % 60);
    }
}
