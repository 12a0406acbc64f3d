package nl.leerkring.core;

import java.time.Clock;

import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.core.internal.ActionServiceImpl;
import nl.leerkring.core.internal.ProtocolLibraryImpl;
import nl.leerkring.core.internal.SessionServiceImpl;

/**
 * The core services on a store of the caller's choice, for programs that pick their database
 * themselves (the command line) instead of taking the application's from Declarative Services.
 */
public record Core(ProtocolLibrary library, SessionService sessions, ActionService actions) {

    public static <S extends SessionStore & ActionStore & ProtocolStore> Core on(S store, ProtocolSource builtIn,
            Clock clock) {
        ProtocolLibrary library = new ProtocolLibraryImpl(builtIn, store, clock);
        SessionService sessions = new SessionServiceImpl(store, store, library, clock);
        return new Core(library, sessions, new ActionServiceImpl(store, store, sessions, clock));
    }
}
