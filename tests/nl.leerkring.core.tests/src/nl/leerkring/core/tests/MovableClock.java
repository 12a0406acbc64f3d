package nl.leerkring.core.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves forward, so weeks can pass between the sessions of a series. */
final class MovableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
