package nl.leerkring.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.StoreBackups;
import nl.leerkring.core.StoreException;
import nl.leerkring.store.engine.BootKey;
import nl.leerkring.store.engine.DerbyEngine;
import nl.leerkring.store.engine.Fault;
import nl.leerkring.store.internal.Messages;
import nl.leerkring.store.internal.Transactions;

/**
 * Backups of the database on this computer: Derby's online backup into a folder per backup (named
 * by its time), with the file that says how the key is derived, so an encrypted database's backup
 * stays encrypted and can be restored with the same passphrase.
 */
public final class Backups {

    /** The backups' folder inside the data folder, unless the user chose another. */
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private Backups() {
    }

    /** Backs the database up (see {@link JdbcStore#backup}); returns the new backup's folder. */
    static Path backup(Transactions transactions, StoreLocation location, Path folder, BackupRotation rotation) {
        try {
            Path made = transactions.read(c -> {
                try {
                    return backup(c, location, folder, LocalDateTime.now());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            rotate(folder, rotation);
            return made;
        } catch (IOException | UncheckedIOException e) {
            transactions.log().record("backup", Fault.OTHER, e);
            throw new StoreException(NLS.bind(Messages.Store_BackupFailed, folder), e);
        }
    }

    /**
     * Backs the open database up on a Derby connection of its own, so that the store's connection
     * serves the user meanwhile (see {@link OnlineBackups}); returns the new backup's folder.
     */
    static Path beside(Transactions open, StoreLocation location, Path folder, BackupRotation rotation) {
        try {
            Path made;
            try (Connection own = ((DerbyEngine) open.engine()).separate()) {
                made = backup(own, location, folder, LocalDateTime.now());
            }
            rotate(folder, rotation);
            return made;
        } catch (IOException | SQLException e) {
            open.log().record("backup", Fault.OTHER, e);
            throw new StoreException(NLS.bind(Messages.Store_BackupFailed, folder), e);
        }
    }

    static boolean olderThan(Path folder, Duration age) throws IOException {
        List<Backup> backups = list(folder);
        return backups.isEmpty() || backups.get(0).at().isBefore(LocalDateTime.now().minus(age));
    }

    /** A backup in the chosen folder when the newest there is older than {@code age}. */
    static void backupIfOlderThan(Transactions transactions, StoreLocation location, StoreBackups.Settings settings,
            Duration age) {
        Path folder = settings.folder();
        try {
            if (olderThan(folder, age)) {
                backup(transactions, location, folder, BackupSettings.rotation(settings));
            }
        } catch (IOException | StoreException e) {
            // Not worth stopping the user's work for: the close and the next start try again.
        }
    }

    /** Backs the open database up into a new folder below {@code folder}; returns that folder. */
    private static Path backup(Connection connection, StoreLocation location, Path folder, LocalDateTime now)
            throws SQLException, IOException {
        LocalDatabase.createPrivateFolder(folder);
        Path target = folder.resolve(NAME.format(now));
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(NAME.format(now) + "-" + n);
        }
        LocalDatabase.createPrivateFolder(target);
        try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toString());
            backup.execute();
        } catch (SQLException e) {
            // A half-made backup would be listed as the newest: nothing of it stays.
            LocalDatabase.delete(target);
            throw e;
        }
        Path key = location.dataDirectory().resolve(BootKey.FILE);
        if (Files.exists(key)) {
            Files.copy(key, target.resolve(BootKey.FILE), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return target;
    }

    /** The backups in the folder, newest first, with when they were made. */
    public static List<Backup> list(Path folder) throws IOException {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                parse(child).ifPresent(at -> backups.add(new Backup(child, at)));
            }
        }
        // Two backups in one second are told apart by the number after their name's time.
        backups.sort(java.util.Comparator.comparing(Backup::at).thenComparingInt(Backups::sameSecond).reversed());
        return backups;
    }

    private static int sameSecond(Backup backup) {
        String name = backup.folder().getFileName().toString();
        try {
            return name.length() > 18 ? Integer.parseInt(name.substring(18)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The backups in the folder, newest first, as the application lists them; none when it cannot be read. */
    static List<StoreBackups.Backup> listed(Path folder) {
        try {
            return list(folder).stream().map(b -> new StoreBackups.Backup(b.folder().getFileName().toString(), b.at()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** {@link #restore} with a message for the user when it fails. */
    static void restoreChecked(Path backup, StoreLocation location) {
        try {
            restore(backup, location);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Store_RestoreFailed, location.dataDirectory()), e);
        }
    }

    /** One backup: its folder and when it was made. */
    public record Backup(Path folder, LocalDateTime at) {
    }

    private static Optional<LocalDateTime> parse(Path child) {
        String name = child.getFileName().toString();
        if (!Files.isDirectory(child.resolve(StoreLocation.DATABASE_FOLDER)) || name.length() < 17) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(name.substring(0, 17), NAME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Removes the backups the rotation does not keep; returns how many. */
    public static int rotate(Path folder, BackupRotation rotation) throws IOException {
        List<Backup> backups = list(folder);
        Set<LocalDateTime> keep = rotation.keep(backups.stream().map(Backup::at).toList());
        int removed = 0;
        for (Backup backup : backups) {
            if (!keep.contains(backup.at())) {
                LocalDatabase.delete(backup.folder());
                removed++;
            }
        }
        return removed;
    }

    /**
     * Puts a backup in place as the data folder's database. A database already there is moved aside
     * (never deleted); returns where it went, if anywhere.
     */
    public static Optional<Path> restore(Path backup, StoreLocation location) throws IOException {
        Path data = location.dataDirectory();
        LocalDatabase.createPrivateFolder(data);
        Optional<Path> aside = Optional.empty();
        String stamp = NAME.format(LocalDateTime.now());
        if (Files.exists(location.databaseDirectory())) {
            Path target = data.resolve(StoreLocation.DATABASE_FOLDER + "-voor-herstel-" + stamp);
            Files.move(location.databaseDirectory(), target);
            aside = Optional.of(target);
        }
        Path key = data.resolve(BootKey.FILE);
        if (Files.exists(key)) {
            Files.move(key, data.resolve(BootKey.FILE + "-voor-herstel-" + stamp));
        }
        LocalDatabase.copy(backup.resolve(StoreLocation.DATABASE_FOLDER), location.databaseDirectory());
        KnownDatabases.remember(location.databaseDirectory());
        if (Files.exists(backup.resolve(BootKey.FILE))) {
            Files.copy(backup.resolve(BootKey.FILE), key, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return aside;
    }

    /**
     * Derby's consistency check of every Leerkring table and of Derby's own catalogue, whose damage
     * shows only when Derby needs the part that is damaged; throws when one is damaged.
     */
    static void check(Connection connection) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.schemaname, t.tablename FROM sys.systables t"
                + " JOIN sys.sysschemas s ON s.schemaid = t.schemaid"
                + " WHERE (s.schemaname = 'APP' AND t.tabletype = 'T') OR t.tabletype = 'S'");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                tables.add(new String[] { rs.getString(1), rs.getString(2) });
            }
        }
        for (String[] table : tables) {
            try (PreparedStatement check = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                check.setString(1, table[0]);
                check.setString(2, table[1]);
                try (ResultSet rs = check.executeQuery()) {
                    rs.next();
                }
            }
            if (!table[0].equals("APP")) {
                continue;
            }
            // Reading every row of Leerkring's tables as well: a garbled data page may hold no index entry.
            try (PreparedStatement all = connection.prepareStatement("SELECT * FROM APP." + table[1]);
                    ResultSet rs = all.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
    }
}
