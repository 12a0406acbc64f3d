package nl.leerkring.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import nl.leerkring.core.StoreBackups;
import nl.leerkring.core.StoreException;
import nl.leerkring.store.internal.Messages;
import nl.leerkring.store.internal.Transactions;

/**
 * Backups made beside the work, each on a Derby connection of its own (Derby's backup is online):
 * the day's, at the database's opening on a thread of its own, and one asked for now. The store's
 * other calls go on meanwhile: on a ten-year archive the day's backup held the session list up by
 * 0.3-0.5 s (longer to a network drive), and one asked for in the Back-ups dialog held up every
 * click. Closing or restoring the database waits for them, so no backup is left half made.
 */
final class OnlineBackups {

    private int underWay;
    private boolean closed;

    /** The day's backup, when the newest is older than a day, on a thread of its own (the store asks once). */
    void startDaily(Transactions open, StoreLocation location, StoreBackups.Settings settings) {
        if (!begin()) {
            return;
        }
        Thread.ofPlatform().daemon().name("Leerkring day's backup").start(() -> {
            try {
                if (Backups.olderThan(settings.folder(), Duration.ofDays(1))) {
                    Backups.beside(open, location, settings.folder(), BackupSettings.rotation(settings));
                }
            } catch (IOException | StoreException e) {
                // Not worth stopping the user's work for: the close and the next start try again.
            } finally {
                end();
            }
        });
    }

    /** A backup now, on the caller's thread; returns its folder. */
    Path now(Transactions open, StoreLocation location, Path folder, BackupRotation rotation) {
        if (!begin()) {
            throw new StoreException(Messages.Store_Closed);
        }
        try {
            return Backups.beside(open, location, folder, rotation);
        } finally {
            end();
        }
    }

    /** Waits for the backups under way and starts no more, until {@link #reopened()}. */
    synchronized void closing() {
        closed = true;
        while (underWay > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The database is open again (after a restore). */
    synchronized void reopened() {
        closed = false;
    }

    private synchronized boolean begin() {
        if (closed) {
            return false;
        }
        underWay++;
        return true;
    }

    private synchronized void end() {
        underWay--;
        notifyAll();
    }
}
