package nl.leerkring.cli.tests;

import static nl.leerkring.cli.tests.CommandLineTest.assertOneLine;
import static nl.leerkring.cli.tests.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.derby.jdbc.EmbeddedDriver;

import nl.leerkring.cli.tests.CommandLineTest.Result;
import nl.leerkring.core.AccessRefusedException;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;
import nl.leerkring.store.engine.BootKey;

/**
 * The round a cautious admin makes: demo data, check, backup, a damaged page, check (fails cleanly),
 * restore, check; the restored data exports the same as before, and no file holds case text readably.
 */
class DataSafetyCommandsTest {

    @TempDir
    Path temp;

    @Test
    void backupDamageRestoreGivesBackTheSameData() throws IOException {
        Path data = temp.resolve("data");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        Result sound = run("check", "--data", data.toString());
        assertEquals(0, sound.code(), sound.err());
        assertTrue(sound.out().contains("in orde"), sound.out());

        Result backup = run("backup", "--data", data.toString());
        assertEquals(0, backup.code(), backup.err());
        Path made = Path.of(backup.out().strip().replaceFirst("^Back-up gemaakt in ", "").replaceFirst("\\.$", ""));
        assertTrue(Files.isDirectory(made.resolve("database")), backup.out());
        Path before = temp.resolve("voor.json");
        assertEquals(0, run("export", "--data", data.toString(), "--to", before.toString()).code());

        damageAPage(data);
        Result damaged = run("check", "--data", data.toString());
        assertEquals(1, damaged.code(), damaged.out());
        assertOneLine(damaged.err());
        assertTrue(damaged.err().contains("beschadigd") && damaged.err().contains("restore"), damaged.err());
        assertTrue(damaged.err().contains("Zet de back-up van "), "it names the backup to put back: " + damaged.err());

        Result restored = run("restore", made.toString(), "--data", data.toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("opzijgezet"), "the damaged data is kept aside: " + restored.out());
        assertEquals(0, run("check", "--data", data.toString()).code());
        Path after = temp.resolve("na.json");
        assertEquals(0, run("export", "--data", data.toString(), "--to", after.toString()).code());
        assertEquals(Files.readString(before), Files.readString(after), "the restored data is the original");

        for (String caseText : List.of("Netwerkberaad met school en oma organiseren", "Gezin met drie kinderen")) {
            assertEquals(List.of(), filesHolding(data, caseText), "readable case text in the data folder or its backups");
        }
    }

    @Test
    void damageOfEveryKindGetsAShortMessageWithoutCaseText() throws IOException {
        Path original = temp.resolve("origineel");
        assertEquals(0, run("demo", "--data", original.toString()).code());
        for (String damage : List.of("page", "emptied table", "truncated log", "no service.properties")) {
            Path copy = temp.resolve(damage.replace(' ', '-'));
            if (damage.equals("truncated log")) {
                // As after a crash: copied while open, so starting needs the log to redo the last changes.
                try (JdbcStore open = CommandLineTest.unlocked(original)) {
                    String id = open.listSessions().get(0).id();
                    open.loadSession(id);
                    open.saveProgress(id, 1, nl.leerkring.model.SessionStatus.PAUSED, java.time.Instant.now());
                    copy(original, copy);
                }
            } else {
                copy(original, copy);
            }
            Path database = copy.resolve("database");
            switch (damage) {
                case "page" -> damageAPage(copy);
                case "emptied table" -> Files.write(largest(database.resolve("seg0")), new byte[0]);
                case "truncated log" -> {
                    Path log = largest(database.resolve("log"));
                    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
                        // Cut off before anything the restart needs from it.
                        file.setLength(0);
                    }
                }
                default -> Files.delete(database.resolve("service.properties"));
            }
            Result check = run("check", "--data", copy.toString());
            assertEquals(1, check.code(), damage + ": " + check.out());
            assertOneLine(check.err());
            assertTrue(check.err().contains("beschadigd") && check.err().contains("back-up"), damage + ": " + check.err());
            assertFalse(check.err().contains("Netwerkberaad") || check.err().contains("Gezin"), damage + ": " + check.err());
            String details = Files.readString(copy.resolve("logs").resolve("leerkring-details.log"));
            assertTrue(details.contains(" DAMAGED"), damage + ", the details log: " + details);
            assertFalse(details.contains("Netwerkberaad") || details.contains("Gezin"), damage + ": " + details);
        }
    }

    @Test
    void aGroupsTermErasesOldCaseTextsAndANameGoesEverywhere() throws IOException {
        Path data = temp.resolve("avg");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        Result term = run("retention", "--group", "Wijkteam Noord", "--months", "1", "--data", data.toString());
        assertEquals(0, term.code(), term.err());
        assertTrue(term.out().matches("(?s).*Gewist: [1-9][0-9]* teksten.*"), term.out());
        assertEquals(2, run("retention", "--group", "Wijkteam Noord", "--months", "nul", "--data", data.toString()).code());

        Result erase = run("erase", "--person", "Anna", "--data", data.toString());
        assertEquals(0, erase.code(), erase.err());
        assertFalse(erase.out().contains("Anna"), "the name is not repeated: " + erase.out());
        Path export = temp.resolve("avg.json");
        assertEquals(0, run("export", "--data", data.toString(), "--to", export.toString()).code());
        String exported = Files.readString(export);
        assertFalse(exported.matches("(?s).*\\bAnna\\b.*"), "the name is gone from every record");
        assertTrue(exported.contains("voormalig lid"));
        assertTrue(exported.contains("[gewist na de bewaartermijn]"));
    }

    @Test
    void thePassphraseIsChangedWithTheOldOneAndTheNewOneTwice() {
        Path data = temp.resolve("wissel");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        Result mismatch = run(prompt -> prompt.startsWith("Kies") ? "nieuwe zin 123" : "andere zin 456",
                "passphrase", "--data", data.toString());
        assertEquals(1, mismatch.code());
        assertTrue(mismatch.err().contains("niet gelijk"), mismatch.err());

        Result changed = run(prompt -> "nieuwe zin 123", "passphrase", "--data", data.toString());
        assertEquals(0, changed.code(), changed.err());
        try (JdbcStore old = CommandLineTest.unlocked(data)) {
            assertThrows(AccessRefusedException.class, old::listSessions);
        }
        try (JdbcStore renewed = new JdbcStore(StoreLocation.embedded(data), "nieuwe zin 123")) {
            assertEquals(8, renewed.listSessions().size());
        }
    }

    /**
     * Garbles the data pages of the items table (where the case texts are): pages that no longer
     * match their checksum. The table's file is found as Derby's catalog names it.
     */
    static void damageAPage(Path data) throws IOException {
        Path database = data.resolve("database");
        String boot = BootKey.read(data).bootPassword(JdbcStore.passphraseFromEnvironment());
        long conglomerate;
        Properties attributes = new Properties();
        attributes.setProperty("bootPassword", boot);
        try (Connection c = new EmbeddedDriver().connect("jdbc:derby:" + database, attributes);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT c.conglomeratenumber FROM sys.sysconglomerates c"
                        + " JOIN sys.systables t ON c.tableid = t.tableid WHERE t.tablename = 'LK_ITEM'"
                        + " AND c.isindex = false")) {
            rs.next();
            conglomerate = rs.getLong(1);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + database + ";shutdown=true", new Properties());
        } catch (SQLException shutDown) {
            // Derby says a clean shutdown with an exception.
        }
        Path file = database.resolve("seg0").resolve("c" + Long.toHexString(conglomerate) + ".dat");
        try (RandomAccessFile pages = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[256];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            for (long offset = 4096 + 200; offset < pages.length(); offset += 4096) {
                pages.seek(offset);
                pages.write(garbage);
            }
        }
    }

    static Path largest(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).max(Comparator.comparingLong(DataSafetyCommandsTest::size))
                    .orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source));
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    static List<Path> filesHolding(Path folder, String text) throws IOException {
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(needle);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
