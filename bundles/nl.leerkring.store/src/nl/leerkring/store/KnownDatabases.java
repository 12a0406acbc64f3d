package nl.leerkring.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The database folders this user has worked in, kept outside them (in
 * {@code ~/.config/leerkring/databases}, or the file the system property {@value #PROPERTY} names):
 * a folder that held data and is gone (a disk moved or not mounted) is then refused instead of
 * silently becoming a new, empty database.
 */
final class KnownDatabases {

    static final String PROPERTY = "leerkring.known";

    private KnownDatabases() {
    }

    private static Path file() {
        String configured = System.getProperty(PROPERTY);
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".config", "leerkring", "databases");
    }

    static boolean known(Path database) {
        try {
            return Files.isReadable(file()) && Files.readAllLines(file(), StandardCharsets.UTF_8)
                    .contains(database.toAbsolutePath().toString());
        } catch (IOException e) {
            return false;
        }
    }

    /** Remembers the folder; a failure only means it is not remembered. */
    static void remember(Path database) {
        String line = database.toAbsolutePath().toString();
        try {
            if (known(database)) {
                return;
            }
            LocalDatabase.createPrivateFolder(file().getParent());
            Files.write(file(), List.of(line), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Not remembered: a missing folder would then be made anew, as before.
        }
    }
}
