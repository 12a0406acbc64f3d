package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.leerkring.ui.TryDemo;

/**
 * "Probeer met voorbeeldgegevens" starts the same installation twice: once as the command line that
 * makes the sample data (unencrypted: they are made up), once as a window on them, marked as the
 * example, never on the user's data or team database.
 */
class TryDemoTest {

    private static final List<String> STARTED = List.of("-Dleerkring.data=/home/anna/.leerkring",
            "-Dleerkring.db=postgresql://server/team?user=anna", "-Dosgi.locking=none",
            "-Dderby.stream.error.file=/home/anna/.leerkring/derby.log", "-Duser.language=nl", "-jar",
            "/opt/leerkring/plugins/org.eclipse.equinox.launcher_1.7.jar", "-data", "/home/anna/.leerkring/workbench",
            "-nl", "nl", "-clearPersistedState");

    @Test
    void theSampleIsMadeByTheCommandLineAndOpenedInAWindowOfItsOwn() {
        Path demo = TryDemo.folder(Path.of("/home/anna/.leerkring"));
        assertEquals(Path.of("/home/anna/.leerkring-voorbeeld"), demo);
        TryDemo.Commands commands = TryDemo.commands("/usr/bin/java", STARTED, demo).orElseThrow();

        assertEquals(List.of("/usr/bin/java", "-Dleerkring.data=/home/anna/.leerkring-voorbeeld",
                "-Dderby.stream.error.file=/home/anna/.leerkring-voorbeeld/derby.log", "-Duser.language=nl", "-jar",
                "/opt/leerkring/plugins/org.eclipse.equinox.launcher_1.7.jar", "-application", "nl.leerkring.cli.app",
                "-data", "@none", "-nl", "nl", "demo", "--data", "/home/anna/.leerkring-voorbeeld", "--plain"),
                commands.make());

        List<String> open = commands.open();
        assertTrue(open.contains("-Dleerkring.demo=true"), open.toString());
        assertTrue(open.indexOf("-Dleerkring.demo=true") < open.indexOf("-jar"), "a property of the JVM");
        assertTrue(open.contains("-Dleerkring.data=/home/anna/.leerkring-voorbeeld"), open.toString());
        assertFalse(open.stream().anyMatch(a -> a.contains("/home/anna/.leerkring/") || a.endsWith("/home/anna/.leerkring")),
                "nothing of the user's own folder: " + open);
        assertFalse(open.stream().anyMatch(a -> a.startsWith("-Dleerkring.db=")), "never the team database");
        assertEquals("/home/anna/.leerkring-voorbeeld/workbench", open.get(open.indexOf("-data") + 1));
        assertEquals(List.of("-nl", "nl", "-clearPersistedState"), open.subList(open.size() - 3, open.size()));
    }

    @Test
    void withoutTheLauncherThereIsNoWayToStartIt() {
        assertEquals(Optional.empty(), TryDemo.commands("/usr/bin/java", List.of("-cp", "x", "Main"), Path.of("/tmp/d")));
        assertEquals(Optional.empty(), TryDemo.commands(null, STARTED, Path.of("/tmp/d")));
    }
}
