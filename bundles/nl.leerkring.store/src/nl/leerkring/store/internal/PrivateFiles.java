package nl.leerkring.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Case material is about children and families: on POSIX systems the store's folders and files are
 * made readable by their owner only, from the moment they exist (not chmod-ed afterwards).
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Creates the folder and its missing parents, owner-only; nothing happens when it exists. */
    public static void folder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates an empty file readable and writable by its owner only, unless it exists. */
    public static void file(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
