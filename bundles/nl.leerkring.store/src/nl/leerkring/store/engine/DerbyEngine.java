package nl.leerkring.store.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Apache Derby embedded in the application: one database folder, one process, one connection that
 * is reopened when it breaks. Only this process can open the folder, so there are no other clients
 * to hear from.
 */
public final class DerbyEngine extends OneConnectionEngine {

    /** Derby's SQL states for a database already booted by another JVM, and for a wrong boot password. */
    private static final String ALREADY_BOOTED = "XSDB6";
    private static final String WRONG_BOOT_PASSWORD = "XBM06";
    /** Changing the boot password with a wrong old one. */
    private static final String WRONG_OLD_BOOT_PASSWORD = "XBCXA";

    private static final String SYSTEM_HOME = "derby.system.home";
    private static final String SYSTEM_PROPERTIES = """
            # Written by Leerkring at every start. Derby's management service without JMX: with JMX, Derby
            # starts the JVM's platform MBean server (about a tenth of a second of each start) for beans
            # that nothing reads.
            derby.module.mgmt.jmx=org.apache.derby.impl.services.jmxnone.NoManagementService
            """;

    static {
        // Case material: Derby's files readable by their owner only, whatever the umask.
        if (System.getProperty("derby.storage.useDefaultFilePermissions") == null) {
            System.setProperty("derby.storage.useDefaultFilePermissions", "false");
        }
        // Derby writes a damaged page's contents into derby.log with the error: case text. Errors are
        // reported by the store instead (without case text), so Derby logs none of them.
        if (System.getProperty("derby.stream.error.logSeverityLevel") == null) {
            System.setProperty("derby.stream.error.logSeverityLevel", "60000");
        }
        // A group's series or an owner's actions touch a few thousand pages of a ten-year archive, more
        // than Derby's default cache of 1000 holds: each visit then reread them from the files
        // (./leerkring bench: series p50 36 -> 22 ms, an owner's p95 21 -> 9 ms). The cache fills
        // as pages are read, so it is never larger than the database.
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            System.setProperty("derby.storage.pageCacheSize", "8000");
        }
        if (System.getProperty(SYSTEM_HOME) == null) {
            systemFolder().ifPresent(folder -> System.setProperty(SYSTEM_HOME, folder.toString()));
        }
    }

    /**
     * Derby's system folder, in this bundle's data area: Derby reads its derby.properties from there,
     * and without one from the folder Leerkring was started in. Empty outside OSGi, or when the folder
     * cannot be written: Derby then starts as it would by itself.
     */
    private static Optional<Path> systemFolder() {
        Bundle bundle = FrameworkUtil.getBundle(DerbyEngine.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        File folder = context == null ? null : context.getDataFile("derby");
        if (folder == null) {
            return Optional.empty();
        }
        Path written = null;
        try {
            Path properties = Files.createDirectories(folder.toPath()).resolve("derby.properties");
            if (!Files.exists(properties) || !Files.readString(properties).equals(SYSTEM_PROPERTIES)) {
                // Moved into place whole: a second Leerkring starting at the same moment (the example
                // window) reads the old file or the new one, never half of one.
                written = Files.createTempFile(folder.toPath(), "derby", ".properties");
                Files.writeString(written, SYSTEM_PROPERTIES);
                Files.move(written, properties, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Optional.of(folder.toPath());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (written != null) {
                try {
                    Files.deleteIfExists(written);
                } catch (IOException leftOver) {
                    // A stray temporary file, ignored by Derby.
                }
            }
        }
    }

    /**
     * Starts Derby itself (its classes and services, about a third of a second; not a database) on a
     * thread of its own: it needs no passphrase, so it can run while the user types one.
     */
    public static void startInBackground() {
        Thread.ofPlatform().daemon().name("Leerkring Derby start").start(() -> {
            try {
                // Loading the driver starts Derby, with the properties set above.
                new EmbeddedDriver();
            } catch (RuntimeException e) {
                // Opening the database starts Derby again and says what is wrong.
            }
        });
    }

    /** Derby's states for a page, or a container's header, that could not be written or read. */
    private static final java.util.Set<String> PAGE_OR_FILE = java.util.Set.of("XSDG1", "XSDG3");
    /** Less room than this on the database's disk: a failed write is taken for a full disk. */
    private static final long NEARLY_FULL = 16L * 1024 * 1024;

    private final Path databaseDir;
    private final Properties attributes = new Properties();

    /** An unencrypted database, created at first use. */
    public DerbyEngine(Path databaseDir) {
        this(databaseDir, null, false);
    }

    /**
     * @param bootPassword the key of an encrypted database (see {@link BootKey}), or null
     * @param encrypt      create the database encrypted, or encrypt an existing one, with the boot password
     */
    public DerbyEngine(Path databaseDir, String bootPassword, boolean encrypt) {
        this.databaseDir = databaseDir.toAbsolutePath();
        attributes.setProperty("create", "true");
        if (bootPassword != null) {
            // Given as properties, not in the URL: the key never appears in a message that quotes the URL.
            attributes.setProperty("bootPassword", bootPassword);
            if (encrypt) {
                attributes.setProperty("dataEncryption", "true");
                attributes.setProperty("encryptionAlgorithm", "AES/CBC/NoPadding");
            }
        }
    }

    /**
     * A connection of its own beside the engine's one, for work that must not hold that one up (the
     * day's backup); the caller closes it.
     */
    public Connection separate() throws SQLException {
        return open();
    }

    @Override
    protected Connection open() throws SQLException {
        // DriverManager cannot see Derby's driver from inside OSGi: ask the driver directly.
        Connection opened = new EmbeddedDriver().connect("jdbc:derby:" + databaseDir, attributes);
        // Encrypting is asked once: later connections of this engine only boot with the key.
        attributes.remove("dataEncryption");
        attributes.remove("encryptionAlgorithm");
        return opened;
    }

    public Path databaseDirectory() {
        return databaseDir;
    }

    @Override
    public String textType() {
        return "CLOB";
    }

    @Override
    public Fault classify(SQLException e) {
        java.util.EnumSet<Fault> found = java.util.EnumSet.noneOf(Fault.class);
        boolean bootFailed = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                found.add(PAGE_OR_FILE.contains(s.getSQLState()) ? pageOrFile() : byState(s.getSQLState()));
                bootFailed |= "XJ040".equals(s.getSQLState());
            }
            // Derby reports some causes as a StandardException, not an SQLException: its message names the state.
            String message = t.getMessage();
            if (message != null && message.contains(ALREADY_BOOTED)) {
                found.add(Fault.IN_USE);
            }
            if (message != null && message.contains(WRONG_BOOT_PASSWORD)) {
                found.add(Fault.WRONG_PASSPHRASE);
            }
        }
        for (Fault fault : new Fault[] { Fault.IN_USE, Fault.WRONG_PASSPHRASE, Fault.DISK_FULL, Fault.DAMAGED, Fault.BUSY,
                Fault.DUPLICATE }) {
            if (found.contains(fault)) {
                return fault;
            }
        }
        // The database would not start for another reason (a log cut off, a file gone): its files are damaged.
        return bootFailed ? Fault.DAMAGED : Fault.OTHER;
    }

    /**
     * A page or a container's header that could not be written or read: on a full disk when there is
     * almost no room left, else the file is damaged (an emptied table file says the same).
     */
    private Fault pageOrFile() {
        try {
            return java.nio.file.Files.getFileStore(databaseDir).getUsableSpace() < NEARLY_FULL ? Fault.DISK_FULL
                    : Fault.DAMAGED;
        } catch (java.io.IOException e) {
            return Fault.DAMAGED;
        }
    }

    private static Fault byState(String state) {
        if (state == null) {
            return Fault.OTHER;
        }
        if (state.equals(ALREADY_BOOTED)) {
            return Fault.IN_USE;
        }
        if (state.equals(WRONG_BOOT_PASSWORD) || state.equals(WRONG_OLD_BOOT_PASSWORD)) {
            return Fault.WRONG_PASSPHRASE;
        }
        if (state.equals("23505")) {
            return Fault.DUPLICATE;
        }
        // A container that could not grow, the log that could not be written: the disk is full.
        if (state.equals("XSDF4") || state.equals("XSLA4")) {
            return Fault.DISK_FULL;
        }
        // Pages that fail their checksum or cannot be read, a log that cannot be read, a database
        // folder without its service.properties: the files are damaged.
        if (state.startsWith("XSDG") || state.startsWith("XSLA") || state.startsWith("XSLB") || state.startsWith("XBM0")
                || state.equals("XSDB1") || state.equals("XSDB2") || state.equals("XSDB3") || state.equals("XSDB4")
                || state.equals("XSDB5") || state.equals("XSDB7") || state.equals("XSDB8") || state.equals("XSDB9")
                || state.startsWith("XSDA") || state.startsWith("XSCH") || state.startsWith("XSCB")
                || state.startsWith("XSAI")) {
            return Fault.DAMAGED;
        }
        if (state.equals("40001") || state.startsWith("40XL")) {
            return Fault.BUSY;
        }
        // Embedded, there is no connection to lose: Derby shut the database down after a severe error
        // (a file it could not read), so the files are damaged.
        if (state.startsWith("08")) {
            return Fault.DAMAGED;
        }
        return Fault.OTHER;
    }

    @Override
    public void lockSchema(Connection connection) {
        // One process only: nobody else can migrate.
    }

    @Override
    public void unlockSchema(Connection connection) {
        // Nothing was locked.
    }

    @Override
    public void announce(Connection connection, String kind) {
        // One process only: nobody else to tell.
    }

    @Override
    public void listen(Consumer<String> listener) {
        // One process only: nobody else changes this database.
    }

    /** Closes the connection and shuts the database down cleanly, so the next start needs no recovery. */
    @Override
    public void close() {
        if (!closeConnection()) {
            return;
        }
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + databaseDir + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            // Derby reports a clean shutdown (08006) as an exception; anything else leaves recovery to the next start.
        }
    }
}
