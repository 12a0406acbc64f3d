package nl.leerkring.core;

import java.util.function.Consumer;

/**
 * Changes that other clients of a shared team database made, so that lists follow within moments and
 * without a restart. An embedded database has one client only and never reports anything.
 */
public interface StoreChanges {

    /** What kind of data changed. */
    enum Kind {
        SESSIONS, ACTIONS, PROTOCOLS, GROUPS
    }

    /** Calls the listener, on a background thread, with each kind of data another client changed. */
    void addListener(Consumer<Kind> listener);

    void removeListener(Consumer<Kind> listener);
}
