package nl.leerkring.store.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Points in time as every engine keeps them: to the microsecond (PostgreSQL's precision; Derby keeps
 * more), so a database moved from one engine to the other holds exactly the same times.
 */
final class Timestamps {

    private Timestamps() {
    }

    static Timestamp of(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
