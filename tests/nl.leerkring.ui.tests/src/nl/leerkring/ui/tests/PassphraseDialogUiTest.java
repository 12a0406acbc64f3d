package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.StoreAccess.State;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;
import nl.leerkring.ui.dialogs.PassphraseDialog;

/** The passphrase asked before anything opens: chosen twice for new data, then asked, with another try when wrong. */
class PassphraseDialogUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);

    @TempDir
    Path data;

    @Test
    void aNewUserChoosesAPassphraseAndTheNextStartAsksForIt() {
        Shell shell = new Shell(display);
        try (JdbcStore first = new JdbcStore(StoreLocation.embedded(data), null)) {
            assertEquals(State.NEW, first.state());
            PassphraseDialog choose = new PassphraseDialog(shell, first);
            int[] result = { -1 };
            ui.withDialog(PassphraseDialog.class, () -> result[0] = choose.open(), dialog -> {
                Shell window = dialog.getShell();
                ui.type(ui.find(window, "passphrase.text", Text.class), "kort");
                ui.type(ui.find(window, "passphrase.repeat", Text.class), "kort");
                ui.click(ui.find(window, "passphrase.ok", Button.class));
                assertTrue(dialog.getErrorMessage().contains("minstens 8 tekens"), dialog.getErrorMessage());
                ui.type(ui.find(window, "passphrase.text", Text.class), "de zin van het team");
                ui.type(ui.find(window, "passphrase.repeat", Text.class), "de zin van een ander");
                ui.click(ui.find(window, "passphrase.ok", Button.class));
                assertTrue(dialog.getErrorMessage().contains("niet gelijk"), dialog.getErrorMessage());
                assertEquals("", ui.find(window, "passphrase.text", Text.class).getText(), "nothing typed is kept");
                ui.type(ui.find(window, "passphrase.text", Text.class), "de zin van het team");
                ui.type(ui.find(window, "passphrase.repeat", Text.class), "de zin van het team");
                ui.click(ui.find(window, "passphrase.ok", Button.class));
                closesOnceOpened(dialog);
            });
            assertEquals(Window.OK, result[0]);
            assertEquals(State.OPEN, first.state());
            assertTrue(first.listSessions().isEmpty());
        }

        try (JdbcStore next = new JdbcStore(StoreLocation.embedded(data), null)) {
            assertEquals(State.LOCKED, next.state());
            // As at the start of the window: Derby starts while the passphrase is typed.
            next.prepare();
            PassphraseDialog open = new PassphraseDialog(shell, next);
            int[] result = { -1 };
            ui.withDialog(PassphraseDialog.class, () -> result[0] = open.open(), dialog -> {
                Shell window = dialog.getShell();
                assertTrue(!ui.exists(window, "passphrase.repeat"), "opening asks once");
                ui.type(ui.find(window, "passphrase.text", Text.class), "de zin van een ander");
                ui.click(ui.find(window, "passphrase.ok", Button.class));
                // Opened off the UI thread: the refusal comes once the database has said no.
                ui.until(() -> dialog.getErrorMessage() != null, 30, "the refusal of a wrong passphrase");
                assertTrue(dialog.getErrorMessage().startsWith("Deze wachtwoordzin opent de gegevens niet"),
                        dialog.getErrorMessage());
                assertEquals("Geef de wachtwoordzin van uw gegevens.", dialog.getMessage(), "the question again");
                assertTrue(ui.find(window, "passphrase.ok", Button.class).isEnabled(), "another try");
                ui.type(ui.find(window, "passphrase.text", Text.class), "de zin van het team");
                ui.click(ui.find(window, "passphrase.ok", Button.class));
                closesOnceOpened(dialog);
            });
            assertEquals(Window.OK, result[0]);
            assertEquals(State.OPEN, next.state());
        } finally {
            shell.dispose();
        }
    }

    /** The dialog stays, saying the data are being opened, until they are; then it closes itself. */
    private void closesOnceOpened(PassphraseDialog dialog) {
        ui.until(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), 60, "the data opened");
    }
}
