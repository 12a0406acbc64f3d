package nl.leerkring.store.tests;

import static nl.leerkring.store.tests.StoreContract.T0;
import static nl.leerkring.store.tests.StoreContract.item;
import static nl.leerkring.store.tests.StoreContract.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.StoreException;
import nl.leerkring.model.Session;
import nl.leerkring.store.engine.DerbyEngine;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.engine.Fault;
import nl.leerkring.store.internal.FaultLog;
import nl.leerkring.store.internal.ItemRows;
import nl.leerkring.store.internal.SessionRows;
import nl.leerkring.store.internal.Transactions;

/**
 * A full disk, as Derby meets it: a write fails with "log could not be written" and the database's
 * connection is gone. The user is told the disk is full, nothing half-written remains, and once
 * there is room again the next write goes through without a restart. The details log says what
 * Derby said, without its message.
 */
class DiskFullTest {

    @TempDir
    Path data;

    /** Derby on disk, with a switch that makes the next statement fail as on a full disk. */
    static final class FullDisk implements Engine {
        private final DerbyEngine real;
        private Connection lent;
        boolean full;

        FullDisk(DerbyEngine real) {
            this.real = real;
        }

        @Override
        public Connection borrow() throws SQLException {
            Connection connection = real.borrow();
            lent = connection;
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                    (proxy, method, args) -> {
                        if (full && method.getName().startsWith("prepare")) {
                            // What Derby does: the database shuts itself down, the write is refused.
                            connection.close();
                            // Derby's message may quote what it was writing: here the case text.
                            throw new SQLException("Cannot write to the log: Wat de groep zei", "XSLA4");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public void release(Connection connection, boolean broken) {
            real.release(lent, broken);
        }

        @Override
        public String textType() {
            return real.textType();
        }

        @Override
        public Fault classify(SQLException e) {
            return real.classify(e);
        }

        @Override
        public void lockSchema(Connection connection) {
        }

        @Override
        public void unlockSchema(Connection connection) {
        }

        @Override
        public void announce(Connection connection, String kind) {
        }

        @Override
        public void listen(Consumer<String> listener) {
        }

        @Override
        public void close() {
            real.close();
        }
    }

    @Test
    void aFullDiskIsSaidPlainlyAndTheStoreCarriesOnWhenThereIsRoom() throws IOException {
        FullDisk disk = new FullDisk(new DerbyEngine(data.resolve("database")));
        FaultLog log = new FaultLog(data);
        Transactions transactions = new Transactions(disk, data.toString(), log, Optional::empty);
        SessionRows sessions = new SessionRows();
        Session session = session("s-1", "Casus", T0);
        transactions.write(c -> {
            SessionRows.create(c, session);
            return null;
        });

        disk.full = true;
        StoreException refused = assertThrows(StoreException.class, () -> transactions.write(c -> {
            sessions.claim(c, "s-1", T0.plusSeconds(1));
            ItemRows.add(c, "s-1", item("i-1", "casus", "Wat de groep zei", "Anna"), 0);
            return null;
        }));
        assertTrue(refused.getMessage().startsWith("De schijf is vol"), refused.getMessage());
        String details = Files.readString(log.file());
        assertTrue(details.contains("write DISK_FULL") && details.contains("SQLState=XSLA4"), details);
        assertFalse(details.contains("Wat de groep zei"), "the details log holds no case text: " + details);
        if (Files.getFileStore(log.file()).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file())));
        }

        disk.full = false;
        transactions.write(c -> {
            sessions.claim(c, "s-1", T0.plusSeconds(2));
            ItemRows.add(c, "s-1", item("i-1", "casus", "Wat de groep zei", "Anna"), 0);
            return null;
        });
        Session stored = transactions.read(c -> sessions.load(c, "s-1")).orElseThrow();
        assertEquals(1, stored.getItems().size(), "written once, after the disk had room");
        disk.close();
    }
}
