package nl.leerkring.cli.tests;

import static nl.leerkring.cli.tests.CommandLineTest.assertOneLine;
import static nl.leerkring.cli.tests.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.cli.tests.CommandLineTest.Result;

/**
 * An admin sends the backups to another folder (a network drive), keeps fewer of them, and puts one
 * back by the name `backups` lists.
 */
class BackupCommandsTest {

    @TempDir
    Path temp;

    @Test
    void backupsGoWhereTheAdminChoseAndComeBackByName() throws IOException {
        Path data = temp.resolve("data");
        Path drive = temp.resolve("netwerkschijf").resolve("leerkring");
        assertEquals(0, run("demo", "--data", data.toString()).code());

        Result defaults = run("backups", "--data", data.toString());
        assertEquals(0, defaults.code(), defaults.err());
        assertTrue(defaults.out().contains(data.resolve("backups") + "; er blijven er 7 per dag en 4 per week"),
                defaults.out());

        Result chosen = run("backups", "--data", data.toString(), "--folder", drive.toString(), "--days", "3",
                "--weeks", "2");
        assertEquals(0, chosen.code(), chosen.err());
        assertTrue(chosen.out().contains(drive + "; er blijven er 3 per dag en 2 per week"), chosen.out());
        assertTrue(chosen.out().contains("(nog geen)"), chosen.out());

        assertEquals(0, run("backup", "--data", data.toString()).code());
        assertFalse(Files.exists(data.resolve("backups")), "nothing in the data folder's own backups/");
        List<Path> made = children(drive);
        assertEquals(1, made.size(), made.toString());
        String name = made.get(0).getFileName().toString();
        Result listed = run("backups", "--data", data.toString());
        assertTrue(listed.out().contains("  " + name + "   "), listed.out());

        Result restored = run("restore", name, "--data", data.toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("is teruggezet"), restored.out());
    }

    @Test
    void numbersOutOfRangeAndAFolderInsideTheDatabaseAreRefused() {
        Path data = temp.resolve("data");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        Result none = run("backups", "--data", data.toString(), "--days", "0");
        assertEquals(1, none.code());
        assertOneLine(none.err());
        assertTrue(none.err().startsWith("Bewaar tussen 1 en 90 dagelijkse back-ups"), none.err());

        Result word = run("backups", "--data", data.toString(), "--weeks", "vier");
        assertEquals(2, word.code());
        assertTrue(word.err().contains("--weeks vraagt een heel getal, niet vier"), word.err());

        Result inside = run("backups", "--data", data.toString(), "--folder", data.resolve("database/kopie").toString());
        assertEquals(1, inside.code());
        assertTrue(inside.err().startsWith("Kies een back-upmap buiten de map database"), inside.err());
        assertTrue(run("backups", "--data", data.toString()).out().contains(data.resolve("backups").toString()),
                "a refused choice changes nothing");
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
