package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.StoreBackups.Settings;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;
import nl.leerkring.ui.dialogs.BackupSettingsDialog;
import nl.leerkring.ui.handlers.BackupSettingsHandler;

/**
 * Sessie › Back-ups…: a backup made now lands in the folder as saved; a folder inside the database is
 * refused in the dialog, which keeps what was typed; another folder and fewer backups are kept.
 */
class BackupSettingsUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);

    @TempDir
    Path temp;

    @Test
    void theFolderAndTheNumbersAreChosenAndABackupIsMadeNow() {
        Path data = temp.resolve("data");
        Path drive = temp.resolve("netwerkschijf");
        Shell shell = new Shell(display);
        try (JdbcStore store = new JdbcStore(StoreLocation.embedded(data),
                new String(JdbcStore.passphraseFromEnvironment()))) {
            store.open();
            ui.withDialog(BackupSettingsDialog.class, () -> new BackupSettingsHandler().execute(shell, store, store),
                    dialog -> {
                        Shell window = dialog.getShell();
                        assertEquals(data.resolve("backups").toString(), ui.find(window, "backups.folder", Text.class).getText());
                        ui.click(ui.find(window, "backups.now", Button.class));
                        ui.until(() -> ui.find(window, "backups.now", Button.class).isEnabled(), 30, "the backup made");
                        assertEquals(1, store.backups().size(), "made in the data folder's backups/");
                        assertTrue(message(dialog).startsWith("Back-up van "), message(dialog));

                        ui.type(ui.find(window, "backups.folder", Text.class), data.resolve("database").toString());
                        ui.click(ui.find(window, "backups.ok", Button.class));
                        assertTrue(message(dialog).startsWith("Kies een back-upmap buiten de map database"),
                                message(dialog));
                        assertEquals(data.resolve("database").toString(),
                                ui.find(window, "backups.folder", Text.class).getText(), "what was typed stays");

                        ui.type(ui.find(window, "backups.folder", Text.class), drive.toString());
                        ui.find(window, "backups.days", Spinner.class).setSelection(3);
                        ui.find(window, "backups.weeks", Spinner.class).setSelection(0);
                        ui.click(ui.find(window, "backups.ok", Button.class));
                    });
            assertEquals(new Settings(drive, 3, 0), store.settings());
            assertTrue(Files.isDirectory(drive), "the chosen folder is made");
            assertEquals(0, store.backups().size(), "the new folder has no backups yet");
        } finally {
            shell.dispose();
        }
    }

    /** The title area's text: the error when there is one, else the message. */
    private static String message(TitleAreaDialog dialog) {
        return dialog.getErrorMessage() != null ? dialog.getErrorMessage() : dialog.getMessage();
    }
}
