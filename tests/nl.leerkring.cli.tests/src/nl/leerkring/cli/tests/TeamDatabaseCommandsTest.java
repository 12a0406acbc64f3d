package nl.leerkring.cli.tests;

import static nl.leerkring.cli.tests.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.Driver;

import nl.leerkring.cli.tests.CommandLineTest.Result;
import nl.leerkring.store.StoreLocation;

/**
 * A team's way to its team database on a real PostgreSQL server (LEERKRING_TEST_PG; skipped, and
 * saying so, without one): demo data on a laptop, db init, db move, and the same export from both.
 */
class TeamDatabaseCommandsTest {

    static final String SERVER = System.getenv("LEERKRING_TEST_PG");

    @TempDir
    Path temp;

    private String database;
    private String url;

    @BeforeEach
    void createDatabase() throws SQLException {
        if (SERVER == null || SERVER.isBlank()) {
            System.err.println("!!! LEERKRING_TEST_PG is not set: the team-database commands are SKIPPED !!!");
        }
        Assumptions.assumeTrue(SERVER != null && !SERVER.isBlank(), "LEERKRING_TEST_PG is not set");
        database = "lk_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        url = SERVER.replaceFirst("/postgres\\?", "/" + database + "?");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            admin("DROP DATABASE " + database + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = new Driver().connect(StoreLocation.team(SERVER).jdbcUrl(), new Properties());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void aRefusedLoginAsksForThePasswordOnceAndNeverShowsIt() throws SQLException {
        // The test cluster asks this one login for a password (releng/test-postgres.sh).
        // An admin who may create the team's roles, as db init needs.
        admin("DO $$ BEGIN CREATE ROLE leerkring_pw LOGIN CREATEROLE PASSWORD 'geheim-123'; EXCEPTION WHEN duplicate_object"
                + " THEN NULL; END $$");
        admin("ALTER DATABASE " + database + " OWNER TO leerkring_pw");
        String asOwner = url.replace("user=postgres", "user=leerkring_pw");
        Assumptions.assumeFalse(nl.leerkring.store.StoreLocation.passwordConfigured(), "a password is configured here");

        Result nobodyToAsk = run(prompt -> null, "db", "init", asOwner);
        assertEquals(1, nobodyToAsk.code());
        CommandLineTest.assertOneLine(nobodyToAsk.err());
        assertTrue(nobodyToAsk.err().contains("geweigerd"), nobodyToAsk.err());

        java.util.List<String> prompts = new java.util.ArrayList<>();
        Result wrong = run(prompt -> {
            prompts.add(prompt);
            return "fout";
        }, "db", "init", asOwner);
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("geweigerd") && !wrong.err().contains("fout"), wrong.err());

        Result right = run(prompt -> "geheim-123", "db", "init", asOwner);
        assertEquals(0, right.code(), right.err());
        assertTrue(right.out().contains("ingericht") && !right.out().contains("geheim"), right.out());
        assertEquals(java.util.List.of("Wachtwoord voor de teamdatabase " + database + ": "), prompts);
    }

    @Test
    void aLaptopsDataMovesIntoTheTeamDatabaseOnceAndExportsTheSame() throws Exception {
        Result print = run("db", "init", url, "--print");
        assertEquals(0, print.code(), print.err());
        assertTrue(print.out().contains("CREATE TABLE lk_session") && print.out().contains("TEXT"), print.out());

        Result init = run("db", "init", url);
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("ingericht"), init.out());
        assertTrue(run("db", "init", url).out().contains("al bij"));
        assertTrue(init.out().contains("De rechten staan"), init.out());

        Result grant = run("db", "grant", url, "--login", "bea_cli", "--person", "Bea Bakker", "--role", "begeleider",
                "--group", "Wijkteam Noord");
        assertEquals(0, grant.code(), grant.err());
        assertTrue(grant.out().contains("bea_cli is Bea Bakker, met de rol begeleider in Wijkteam Noord"), grant.out());
        Result badRole = run("db", "grant", url, "--login", "bea_cli", "--person", "Bea Bakker", "--role", "baas");
        assertEquals(2, badRole.code());
        assertTrue(badRole.err().contains("baas is geen rol"), badRole.err());
        Result badLogin = run("db", "grant", url, "--login", "Bea Bakker", "--person", "Bea Bakker", "--role", "lid");
        assertEquals(2, badLogin.code());

        Path laptop = temp.resolve("laptop");
        assertEquals(0, run("demo", "--data", laptop.toString()).code());
        Result move = run("db", "move", "--data", laptop.toString(), "--to", url);
        assertEquals(0, move.code(), move.err());
        assertTrue(move.out().contains("sessies: 8 verhuisd, 0 stonden er al"), move.out());

        Path fromLaptop = temp.resolve("laptop.json");
        Path fromTeam = temp.resolve("team.json");
        assertEquals(0, run("export", "--data", laptop.toString(), "--to", fromLaptop.toString()).code());
        Result team = run("export", "--db", url, "--to", fromTeam.toString());
        assertEquals(0, team.code(), team.err());
        assertEquals(Files.readString(fromLaptop), Files.readString(fromTeam), "the same data on both sides");

        Result again = run("db", "move", "--data", laptop.toString(), "--to", url);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("niets te verhuizen"), again.out());
        assertTrue(again.out().contains("sessies: 0 verhuisd, 8 stonden er al"), again.out());
    }
}
