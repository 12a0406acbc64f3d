package nl.leerkring.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.AccessRefusedException;
import nl.leerkring.core.StoreAccess.State;
import nl.leerkring.core.StoreException;
import nl.leerkring.store.engine.BootKey;
import nl.leerkring.store.engine.DerbyEngine;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.internal.Messages;
import nl.leerkring.store.internal.PrivateFiles;

/**
 * The database on this computer, in the data folder: whether it exists and is encrypted, and the
 * engine that opens it with the user's passphrase (or creates or encrypts it with one).
 */
final class LocalDatabase {

    private final StoreLocation location;

    LocalDatabase(StoreLocation location) {
        this.location = location;
    }

    boolean exists() {
        return Files.isDirectory(location.databaseDirectory());
    }

    boolean encrypted() {
        return BootKey.exists(location.dataDirectory());
    }

    /** What the database needs before it opens, given whether a passphrase is at hand. */
    State state(boolean passphraseKnown) {
        if (passphraseKnown) {
            return State.OPEN;
        }
        return !exists() ? State.NEW : encrypted() ? State.LOCKED : State.UNENCRYPTED;
    }

    /**
     * The engine for the database: with the passphrase it opens an encrypted database, creates a new
     * one encrypted, or encrypts one made before encryption (set {@code encryptExisting}).
     *
     * @param passphrase  null: only an unencrypted database opens (or a new one is made unencrypted,
     *                    when {@code plainAllowed})
     */
    Engine engine(char[] passphrase, boolean plainAllowed, boolean encryptExisting) throws IOException {
        createPrivateFolder(location.dataDirectory());
        Path database = location.databaseDirectory();
        if (encrypted()) {
            if (passphrase == null) {
                throw new AccessRefusedException(NLS.bind(Messages.Store_Locked, location.dataDirectory()), null);
            }
            return new DerbyEngine(database, BootKey.read(location.dataDirectory()).bootPassword(passphrase), false);
        }
        boolean fresh = !exists();
        if (fresh && KnownDatabases.known(database)) {
            throw new StoreException(NLS.bind(Messages.Store_Missing, database));
        }
        if (passphrase != null && (fresh || encryptExisting)) {
            BootKey key = BootKey.create(location.dataDirectory());
            return new DerbyEngine(database, key.bootPassword(passphrase), true);
        }
        if (passphrase == null && fresh && !plainAllowed) {
            throw new AccessRefusedException(NLS.bind(Messages.Store_Locked, location.dataDirectory()), null);
        }
        return new DerbyEngine(database);
    }

    /** Encryption went wrong: the database stays as it was, unencrypted. */
    void forgetKey() throws IOException {
        Files.deleteIfExists(location.dataDirectory().resolve(BootKey.FILE));
    }

    /** A copy of the (shut down) database folder before it is encrypted in place; returns where. */
    Path copyBeforeEncrypting() {
        Path target = location.dataDirectory().resolve("backups")
                .resolve("voor-versleutelen-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            createPrivateFolder(target.getParent());
            copy(location.databaseDirectory(), target);
            return target;
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Store_BackupFailed, target.getParent()), e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The data folder and the folders in it are for the user only (see {@link PrivateFiles}). */
    static void createPrivateFolder(Path folder) throws IOException {
        PrivateFiles.folder(folder);
    }
}
