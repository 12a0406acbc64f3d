package nl.leerkring.core;

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

    /** The backups in the data folder, newest first. */
    List<Backup> backups();

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
