package nl.leerkring.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import nl.leerkring.model.Session;

/**
 * The session on screen. One instance lives in the application context (put there by
 * {@link ActiveSessionAddon}); the sessions part chooses the session, the run part and the step
 * handlers follow it. A plain listener list rather than a context variable, so that a part
 * created before any session exists still hears about the first one.
 */
public final class ActiveSession {

    private final List<Consumer<Session>> listeners = new CopyOnWriteArrayList<>();
    private Session session;

    public Session get() {
        return session;
    }

    /** Shows the session (null for none) and tells every listener. */
    public void set(Session newSession) {
        if (newSession == session) {
            return;
        }
        session = newSession;
        listeners.forEach(listener -> listener.accept(newSession));
    }

    public void addListener(Consumer<Session> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Session> listener) {
        listeners.remove(listener);
    }
}
