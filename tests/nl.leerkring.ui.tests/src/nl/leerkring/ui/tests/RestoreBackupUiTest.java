package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.StoreBackups;
import nl.leerkring.model.Protocol;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.dialogs.RestoreBackupDialog;
import nl.leerkring.ui.handlers.RestoreBackupHandler;

/**
 * Sessie › Herstellen uit back-up… with the real store: a backup, a session recorded after it, and
 * putting the backup back shows the data as it was then; the data in use was moved aside.
 */
class RestoreBackupUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @Test
    void aBackupIsPutBackAndTheListShowsTheDataAsItWas() {
        StoreBackups backups = own.context().get(StoreBackups.class);
        SessionService sessions = own.context().get(SessionService.class);
        Protocol intervisie = own.context().get(ProtocolLibrary.class).find("intervisie", 1).orElseThrow();
        sessions.start(intervisie, "Voor de back-up", LocalDate.now(), "Herstelgroep", List.of("Anna", "Bram"));
        StoreBackups.Backup made = backups.backupNow();
        assertEquals(made, backups.backups().get(0), "the newest is listed first");
        sessions.start(intervisie, "Na de back-up", LocalDate.now(), "Herstelgroep", List.of("Anna", "Bram"));
        assertTrue(titles(sessions).contains("Na de back-up"));

        Shell shell = new Shell(display);
        ActiveSession active = new ActiveSession();
        try {
            ui.withDialog(RestoreBackupDialog.class, () -> new RestoreBackupHandler().execute(shell, backups, active),
                    dialog -> {
                        // The confirmation that follows is answered as soon as it shows.
                        ui.answerNextMessage();
                        ui.click(ui.find(dialog.getShell(), "restore.ok", Button.class));
                    });
        } finally {
            shell.dispose();
        }
        List<String> titles = titles(sessions);
        assertTrue(titles.contains("Voor de back-up"), titles.toString());
        assertFalse(titles.contains("Na de back-up"), "the data is as it was at the backup: " + titles);
    }

    private static List<String> titles(SessionService sessions) {
        return sessions.sessions().stream().map(SessionSummary::title).toList();
    }
}
