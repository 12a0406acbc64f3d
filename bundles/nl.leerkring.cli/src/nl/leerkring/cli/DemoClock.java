package nl.leerkring.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The demo's own time: it walks a group's sessions forward from weeks ago to today. */
final class DemoClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    DemoClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new DemoClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
