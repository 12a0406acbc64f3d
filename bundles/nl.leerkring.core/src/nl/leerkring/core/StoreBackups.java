package nl.leerkring.core;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The backups of the database on this computer, to put one back from the application (a team
 * database's backups are its server's job: it has none here).
 */
public interface StoreBackups {

    /** One backup: its name (its folder's) and when it was made. */
    record Backup(String name, LocalDateTime at) {
    }

    /**
     * Where the backups go (the data folder's backups/ unless the user chose another, such as a
     * network drive) and how many are kept: the newest of each of the last {@code days} days and of
     * the last {@code weeks} weeks.
     */
    record Settings(Path folder, int days, int weeks) {
        public static final int MAX_DAYS = 90;
        public static final int MAX_WEEKS = 104;
    }

    /** The backups in the backup folder, newest first. */
    List<Backup> backups();

    Settings settings();

    /**
     * Keeps the settings for the next backups; older backups stay where they are.
     *
     * @throws InputRejectedException when the folder cannot be used or a number is out of range
     */
    void configure(Settings settings);

    /** Makes a backup now. */
    Backup backupNow();

    /**
     * Puts the backup back: the database in use is moved aside (never deleted), the backup opens in
     * its place and is checked.
     *
     * @throws StoreException with the reason when it cannot
     */
    void restore(Backup backup);
}
