package nl.leerkring.store.tests;

import static nl.leerkring.store.tests.StoreContract.T0;
import static nl.leerkring.store.tests.StoreContract.item;
import static nl.leerkring.store.tests.StoreContract.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.StoreException;
import nl.leerkring.model.Session;
import nl.leerkring.store.engine.DerbyEngine;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.engine.Fault;
import nl.leerkring.store.internal.ItemRows;
import nl.leerkring.store.internal.SessionRows;
import nl.leerkring.store.internal.Transactions;

/**
 * A full disk, as Derby meets it: a write fails with "log could not be written" and the database's
 * connection is gone. The user is told the disk is full, nothing half-written remains, and once
 * there is room again the next write goes through without a restart.
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
                            throw new SQLException("Cannot write to the log", "XSLA4");
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
    void aFullDiskIsSaidPlainlyAndTheStoreCarriesOnWhenThereIsRoom() {
        FullDisk disk = new FullDisk(new DerbyEngine(data.resolve("database")));
        Transactions transactions = new Transactions(disk, data.toString());
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
