package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import nl.leerkring.core.StoreChanges;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;
import nl.leerkring.store.engine.Engine;

/**
 * The store contract on a real PostgreSQL server, plus what only a shared server has: other clients'
 * changes are heard. The server is named by LEERKRING_TEST_PG (./leerkring test starts a throwaway
 * one); every test gets a new database of its own on it. Without a server these tests are skipped,
 * and say so.
 */
class PostgresStoreTest extends UpgradeContract {

    /** The test server's address, e.g. postgresql://127.0.0.1:55439/postgres?user=postgres. */
    static final String SERVER = System.getenv("LEERKRING_TEST_PG");

    private String database;

    @BeforeEach
    void createDatabase() throws SQLException {
        if (SERVER == null || SERVER.isBlank()) {
            System.err.println("!!! LEERKRING_TEST_PG is not set: the PostgreSQL store contract is SKIPPED !!!");
        }
        Assumptions.assumeTrue(SERVER != null && !SERVER.isBlank(),
                "LEERKRING_TEST_PG is not set: no PostgreSQL server to test the team database on");
        database = "lk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            admin("DROP DATABASE " + database + " WITH (FORCE)");
        }
    }

    /** Runs a statement on the server's maintenance database. */
    static void admin(String sql) throws SQLException {
        try (Connection c = new Driver().connect(new StoreLocation(null, SERVER).jdbcUrl(), new Properties());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    protected StoreLocation location() {
        return new StoreLocation(null, SERVER.replaceFirst("/postgres\\?", "/" + database + "?"));
    }

    @Test
    void aChangeByOneClientIsHeardByTheOther() throws InterruptedException {
        JdbcStore owner = open();
        JdbcStore facilitator = open();
        BlockingQueue<StoreChanges.Kind> heard = new LinkedBlockingQueue<>();
        facilitator.addListener(heard::add);
        owner.listSessions();
        facilitator.listSessions();

        facilitator.createSession(session("s-own", "Eigen wijziging", T0));
        owner.createSession(session("s-8", "Van een ander", T0));
        assertEquals(StoreChanges.Kind.SESSIONS, heard.poll(10, TimeUnit.SECONDS), "heard the other's new session");
        owner.saveVersion(protocol("noord", 1, "Noord"), T0, "Lead");
        assertEquals(StoreChanges.Kind.PROTOCOLS, heard.poll(10, TimeUnit.SECONDS));
        assertTrue(heard.isEmpty(), "its own change is not reported back: " + heard);
    }

    @Test
    void theConnectionIsEncryptedWhenTheAddressAsksForIt() throws SQLException {
        StoreLocation plain = location();
        StoreLocation tls = new StoreLocation(null, plain.teamUrl() + "&sslmode=require");
        try (Engine engine = tls.engine()) {
            Connection c = engine.borrow();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW ssl")) {
                rs.next();
                Assumptions.assumeTrue(rs.getString(1).equals("on"), "the test server has no TLS: not tested");
            } finally {
                c.rollback();
                engine.release(c, false);
            }
        }
        JdbcStore store = new JdbcStore(tls);
        store.createSession(session("s-tls", "Over TLS", T0));
        assertEquals(1, store.listSessions().size());
        try (Engine engine = tls.engine()) {
            Connection c = engine.borrow();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                rs.next();
                assertTrue(rs.getBoolean(1), "the connection is encrypted");
            } finally {
                c.rollback();
                engine.release(c, false);
            }
        }
        store.close();
    }

    @Test
    void twoFirstStartsOnAnEmptyDatabaseDoNotRace() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            JdbcStore one = open();
            JdbcStore other = open();
            var first = pool.submit(one::open);
            var second = pool.submit(other::open);
            // One created the tables; the other waited for it and found them made.
            assertEquals(java.util.Set.of(0, nl.leerkring.store.JdbcStore.schemaVersion()),
                    java.util.Set.of(first.get(), second.get()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTeamDatabaseIsNamedForTheTitleBar() {
        JdbcStore store = open();
        assertTrue(store.isShared());
        assertEquals(database, store.name());
    }
}
