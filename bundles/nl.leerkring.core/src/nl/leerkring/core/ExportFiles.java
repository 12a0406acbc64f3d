package nl.leerkring.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export (a calendar, a spreadsheet, a report) the way every export of Leerkring is
 * written: beside the target first, readable by its owner only (it may hold case material), then
 * moved over the target, so a failed export leaves an earlier one as it was.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        // A temporary file is made owner-only on POSIX systems.
        Path partial = Files.createTempFile(target.getParent(), ".leerkring-", ".part");
        try {
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
