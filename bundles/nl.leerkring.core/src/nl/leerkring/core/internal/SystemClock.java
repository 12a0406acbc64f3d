package nl.leerkring.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Component;

/**
 * "Now" and "today" for the application, as an OSGi service: the services and the parts take the
 * time from it, so a test can give them a clock of its own (a context value in front of it).
 */
@Component(service = Clock.class)
public class SystemClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }
}
