package nl.leerkring.store.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.Map;

import nl.leerkring.store.engine.Fault;

/**
 * The details of the store's faults, for whoever helps the users: a file in the data folder,
 * readable by its owner only. It holds what the fault was (its kind, SQL states, exception classes
 * and code locations) and never an exception's message: the engine's messages may quote a damaged
 * page or a value, and that is case text.
 * <p>
 * Not the platform's ILog: that file lives in the workbench's instance area (for the command line
 * and a team database not the data folder) and takes messages and stack traces whole.
 */
public final class FaultLog {

    public static final String FOLDER = "logs";
    public static final String FILE = "leerkring-details.log";
    /** At this size the file is renamed to .1 (replacing the older one) and a new one started. */
    private static final long LIMIT = 1024 * 1024;
    /** Code locations per exception: enough to find the place, not a whole stack. */
    private static final int FRAMES = 6;

    private final Path file;

    public FaultLog(Path dataDirectory) {
        this.file = dataDirectory.resolve(FOLDER).resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one fault. Never fails: a log that cannot be written must not turn the user's fault
     * into another one.
     *
     * @param what what the store was doing (a fixed word such as "write", never user input)
     */
    public synchronized void record(String what, Fault fault, Throwable failure) {
        StringBuilder entry = new StringBuilder();
        entry.append(OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(' ').append(what)
                .append(' ').append(fault).append(System.lineSeparator());
        describe(failure, entry, new IdentityHashMap<>());
        try {
            PrivateFiles.folder(file.getParent());
            if (Files.exists(file) && Files.size(file) > LIMIT) {
                Files.move(file, file.resolveSibling(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            PrivateFiles.file(file);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
                out.write(entry.toString());
            }
        } catch (IOException | RuntimeException e) {
            // Nowhere better to say it: the user already has the fault's own message.
        }
    }

    /** The exception, its causes and SQL's chained exceptions: classes, states and locations only. */
    private static void describe(Throwable failure, StringBuilder entry, Map<Throwable, Boolean> seen) {
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            entry.append("  ").append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                entry.append(" SQLState=").append(sql.getSQLState()).append(" code=").append(sql.getErrorCode());
            } else if (t instanceof FileSystemException io) {
                // A file's path and the system's reason ("No space left on device") hold no case text.
                entry.append(' ').append(io.getFile()).append(": ").append(io.getReason());
            }
            entry.append(System.lineSeparator());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                entry.append("    at ").append(frames[i]).append(System.lineSeparator());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                describe(sql.getNextException(), entry, seen);
            }
        }
    }
}
