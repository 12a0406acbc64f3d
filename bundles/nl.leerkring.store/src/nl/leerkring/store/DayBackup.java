package nl.leerkring.store;

import java.time.Duration;

import nl.leerkring.core.StoreBackups;
import nl.leerkring.store.engine.DerbyEngine;

/**
 * The day's backup of the database on this computer, made at its opening on a thread and a connection
 * of its own: Derby's backup is online, so the session list and everything else is read beside it
 * instead of after it (on a ten-year archive it held the list up by 0.3-0.5 s, longer to a network
 * drive). Closing or restoring waits for it, so no half-made backup is left.
 */
final class DayBackup {

    private Thread running;

    synchronized void start(DerbyEngine engine, StoreLocation location, StoreBackups.Settings settings) {
        if (running == null) {
            running = Thread.ofPlatform().daemon().name("Leerkring day's backup")
                    .start(() -> Backups.backupIfOlderThan(engine, location, settings, Duration.ofDays(1)));
        }
    }

    /** Waits until a day's backup that was started is done. */
    void await() {
        Thread started;
        synchronized (this) {
            started = running;
        }
        if (started == null) {
            return;
        }
        try {
            started.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
