package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.Core;
import nl.leerkring.model.Session;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;
import nl.leerkring.ui.parts.SessionsPart;

/**
 * A damaged table under the session list, as a new user once met it: Derby's page dump, with the
 * case text in it, was shown on a screen that may be on the wall. Now the list says in a sentence
 * what happened and what to do, and nothing of the case.
 */
class DamagedDatabaseUiTest {

    private static final String CASE_TEXT = "Sanne (9) slaapt sinds de zomer bij haar oma";

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);

    @TempDir
    Path data;

    @Test
    void theSessionListSaysTheDataIsDamagedAndShowsNoCaseText() throws IOException {
        String passphrase = new String(JdbcStore.passphraseFromEnvironment());
        try (OwnData own = new OwnData(new JdbcStore(StoreLocation.embedded(data), passphrase), Clock.systemDefaultZone())) {
            Core core = own.core;
            Session session = core.sessions().start(core.library().find("intervisie", 1).orElseThrow(),
                    "Beschadigd", LocalDate.now(), "Wijkteam Noord", List.of("Anna", "Bram"));
            core.sessions().next(session); // Casus en vraag
            core.sessions().addItem(session, "casus", (CASE_TEXT + ". ").repeat(300), "Anna");
            core.sessions().addItem(session, "hulpvraag", "Hoe praat ik met haar moeder?", "Anna");
            core.sessions().next(session); // Open vragen
            // Enough text that the items' table is the largest file in the database, which is emptied below.
            for (int i = 0; i < 20; i++) {
                core.sessions().addItem(session, "open-vraag", ("Waar slaapt Sanne als oma ziek is? ").repeat(300), "Bram");
            }
        }
        emptyLargestTable(data.resolve("database").resolve("seg0"));

        try (OwnData own = new OwnData(new JdbcStore(StoreLocation.embedded(data), passphrase), Clock.systemDefaultZone())) {
            // The session is still running, so the list opens it at once, and reading its items meets the damage.
            PartsWindow window = new PartsWindow(own.context, display, SessionsPart.class);
            try {
                ui.flush();
                assertEquals(List.of("Beschadigd"), ui.column(window.shell, "sessions.table", 1),
                        "the list itself is sound");
                String shown = ui.text(window.shell, "sessions.message");
                assertTrue(shown.startsWith("De gegevens in ") && shown.contains("zijn beschadigd")
                        && shown.contains("Herstellen uit back-up"), () -> shown + "\n" + details());
                assertFalse(shown.contains("Sanne") || shown.contains("oma"), "no case text: " + shown);
                assertFalse(shown.matches("(?s).*(XSDG|Page|page|Exception|at org\\.).*"), "no Derby internals: " + shown);
            } finally {
                window.close();
            }
        }
    }

    /** What the store logged, for a failure's report. */
    private String details() {
        try {
            return Files.readString(data.resolve("logs").resolve("leerkring-details.log"));
        } catch (IOException e) {
            return "(no details log)";
        }
    }

    /** Empties the largest table file, as a failing disk or a half-finished copy can. */
    private static void emptyLargestTable(Path seg0) throws IOException {
        try (Stream<Path> files = Files.list(seg0)) {
            Path largest = files.max(Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
            Files.write(largest, new byte[0]);
        }
    }
}
