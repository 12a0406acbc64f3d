package nl.leerkring.core.preview;

import java.time.Clock;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.internal.ActionServiceImpl;
import nl.leerkring.core.internal.SessionServiceImpl;

/** The real session engine and action follow-up over a {@link PreviewStore}: a try-out that stores nothing. */
public record Preview(SessionService sessions, ActionService actions) {

    public static Preview create(ProtocolLibrary library, Clock clock) {
        PreviewStore store = new PreviewStore();
        SessionService sessions = new SessionServiceImpl(store, store, library, clock);
        return new Preview(sessions, new ActionServiceImpl(store, store, sessions, clock));
    }
}
