package nl.leerkring.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.StoreBackups.Settings;
import nl.leerkring.core.StoreException;
import nl.leerkring.store.internal.Messages;
import nl.leerkring.store.internal.PrivateFiles;

/**
 * The user's choice of backup folder and rotation, kept in {@value #FILE} in the data folder. Without
 * it backups go to the data folder's backups/, seven daily and four weekly kept.
 */
public final class BackupSettings {

    public static final String FILE = "backups.properties";

    private BackupSettings() {
    }

    public static Settings defaults(Path dataDirectory) {
        return new Settings(dataDirectory.resolve(Backups.FOLDER), BackupRotation.DEFAULT.days(),
                BackupRotation.DEFAULT.weeks());
    }

    /** The settings in the data folder; a value that is missing or cannot be read is the default. */
    public static Settings read(Path dataDirectory) {
        Settings defaults = defaults(dataDirectory);
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return defaults;
        }
        String folder = properties.getProperty("folder");
        return new Settings(folder == null || folder.isBlank() ? defaults.folder() : Path.of(folder),
                number(properties, "days", 1, Settings.MAX_DAYS, defaults.days()),
                number(properties, "weeks", 0, Settings.MAX_WEEKS, defaults.weeks()));
    }

    /** Checks the settings and keeps them; the folder is created (owner-only) when it is new. */
    public static void write(Path dataDirectory, Settings settings) {
        if (settings.days() < 1 || settings.days() > Settings.MAX_DAYS) {
            throw new InputRejectedException(NLS.bind(Messages.Backups_Days, Settings.MAX_DAYS));
        }
        if (settings.weeks() < 0 || settings.weeks() > Settings.MAX_WEEKS) {
            throw new InputRejectedException(NLS.bind(Messages.Backups_Weeks, Settings.MAX_WEEKS));
        }
        Path folder = settings.folder().toAbsolutePath().normalize();
        if (folder.startsWith(dataDirectory.toAbsolutePath().normalize().resolve(StoreLocation.DATABASE_FOLDER))) {
            throw new InputRejectedException(NLS.bind(Messages.Backups_InsideDatabase, folder));
        }
        try {
            PrivateFiles.folder(folder);
        } catch (IOException e) {
            throw new InputRejectedException(NLS.bind(Messages.Backups_FolderUnusable, folder));
        }
        if (!Files.isWritable(folder)) {
            throw new InputRejectedException(NLS.bind(Messages.Backups_FolderUnusable, folder));
        }
        Properties properties = new Properties();
        properties.setProperty("folder", folder.toString());
        properties.setProperty("days", Integer.toString(settings.days()));
        properties.setProperty("weeks", Integer.toString(settings.weeks()));
        try {
            PrivateFiles.folder(dataDirectory);
            Path next = dataDirectory.resolve(FILE + ".new");
            Files.deleteIfExists(next);
            PrivateFiles.file(next);
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                properties.store(out, "Leerkring: where backups go and how many are kept");
            }
            Files.move(next, dataDirectory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Backups_NotSaved, dataDirectory), e);
        }
    }

    public static BackupRotation rotation(Settings settings) {
        return new BackupRotation(settings.days(), settings.weeks());
    }

    private static int number(Properties properties, String key, int min, int max, int otherwise) {
        try {
            int value = Integer.parseInt(properties.getProperty(key, "").strip());
            return value < min || value > max ? otherwise : value;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
