package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import javax.management.ObjectName;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.StoreException;
import nl.leerkring.model.Action;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.store.Backups;
import nl.leerkring.store.DataLocation;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/** The store contract on the embedded Derby database in a data folder on disk, plus what only Derby has. */
class DerbyStoreTest extends UpgradeContract {

    @TempDir
    Path data;

    @Override
    protected StoreLocation location() {
        return StoreLocation.embedded(data);
    }

    /** The application's store (as its DS component is made) makes the day's backup beside the first reads. */
    @Test
    void theDaysBackupIsMadeBesideTheFirstReadsAndClosingWaitsForIt() throws Exception {
        String configured = System.getProperty(DataLocation.PROPERTY);
        System.setProperty(DataLocation.PROPERTY, data.toString());
        Path folder = data.resolve(Backups.FOLDER);
        try {
            try (JdbcStore application = new JdbcStore()) {
                assertTrue(application.listSessions().isEmpty());
                // Made on a thread of its own while the store is open and read.
                long end = System.nanoTime() + 60_000_000_000L;
                while (Backups.list(folder).stream().noneMatch(DerbyStoreTest::whole)) {
                    assertTrue(System.nanoTime() < end, "no day's backup within a minute");
                    Thread.sleep(20);
                }
                application.createSession(session("s-d", "Naast de back-up", T0));
            }
            List<Backups.Backup> made = Backups.list(folder);
            assertTrue(made.stream().allMatch(DerbyStoreTest::whole), "nothing half made: " + made);
        } finally {
            if (configured == null) {
                System.clearProperty(DataLocation.PROPERTY);
            } else {
                System.setProperty(DataLocation.PROPERTY, configured);
            }
        }
    }

    private static boolean whole(Backups.Backup backup) {
        return Files.exists(backup.folder().resolve("database").resolve("service.properties"));
    }

    /**
     * Derby starts without its management beans: its derby.properties, in the store's own folder,
     * chooses the management service without JMX (the JVM's MBean server costs a start about 0.1 s).
     */
    @Test
    void derbyStartsWithoutItsManagementBeans() throws Exception {
        try (JdbcStore store = open()) {
            assertTrue(store.listSessions().isEmpty());
        }
        Path home = Path.of(System.getProperty("derby.system.home"));
        assertTrue(Files.readString(home.resolve("derby.properties")).contains("NoManagementService"));
        assertEquals(Set.of(),
                ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName("org.apache.derby:*"), null));
    }

    @Test
    void stateSurvivesAShutdownOfTheWholeDerbyEngine() throws SQLException {
        try (JdbcStore store = open()) {
            store.createSession(session("s-2", "Intervisie", T0));
            Action action = action("a-1", "Huisbezoek plannen", "Bram", LocalDate.of(2026, 12, 8));
            store.addItem("s-2", action, 0, T0.plusSeconds(5));
            store.saveProgress("s-2", 4, SessionStatus.PAUSED, T0.plusSeconds(10));
        }
        // What a JVM exit does to Derby: the whole engine stops, not only this database.
        SQLException shutdown = assertThrows(SQLException.class,
                () -> new EmbeddedDriver().connect("jdbc:derby:;shutdown=true", new Properties()));
        assertEquals("XJ015", shutdown.getSQLState());

        try (JdbcStore store = open()) {
            Session loaded = store.loadSession("s-2").orElseThrow();
            assertEquals(4, loaded.getCurrentStep());
            assertEquals(SessionStatus.PAUSED, loaded.getStatus());
            Action action = assertInstanceOf(Action.class, loaded.getItems().get(0));
            assertEquals("Bram", action.getOwner());
            assertEquals(LocalDate.of(2026, 12, 8), action.getDueDate());
            List<SessionSummary> list = store.listSessions();
            assertEquals(1, list.size());
            assertTrue(list.get(0).isUnfinished());
        }
    }

    @Test
    void aDatabaseThatWasUsedAndIsGoneIsNotSilentlyMadeAnew() throws Exception {
        try (JdbcStore store = open()) {
            store.createSession(session("s-gone", "Op de externe schijf", T0));
        }
        Path database = location().databaseDirectory();
        Files.move(database, data.resolve("elders"));
        StoreException refused = assertThrows(StoreException.class, () -> open().listSessions());
        assertTrue(refused.getMessage().contains("er niet meer"), refused.getMessage());
        assertTrue(!Files.exists(database), "no new, empty database was made");
        Files.move(data.resolve("elders"), database);
        assertEquals(1, open().listSessions().size(), "back where it was, it opens again");
    }

    @Test
    void theDataFolderIsReadableByItsOwnerOnly() throws Exception {
        Path folder = data.resolve("private");
        try (JdbcStore store = JdbcStore.embedded(folder)) {
            store.listSessions();
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(folder));
            assertTrue(!store.isShared());
        }
    }
}
