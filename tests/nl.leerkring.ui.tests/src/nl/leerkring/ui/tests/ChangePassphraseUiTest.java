package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.AccessRefusedException;
import nl.leerkring.core.StoreAccess.State;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;
import nl.leerkring.ui.dialogs.ChangePassphraseDialog;
import nl.leerkring.ui.handlers.ChangePassphraseHandler;

/**
 * Sessie › Wachtwoordzin wijzigen…: a wrong current passphrase and a short new one are refused in
 * the dialog; after the change only the new passphrase opens the data.
 */
class ChangePassphraseUiTest {

    private static final String OLD = "oude wachtwoordzin";
    private static final String NEW = "nieuwe wachtwoordzin";

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);

    @TempDir
    Path data;

    @Test
    void onlyTheNewPassphraseOpensTheDataAfterTheChange() {
        Shell shell = new Shell(display);
        try (JdbcStore store = new JdbcStore(StoreLocation.embedded(data), OLD)) {
            store.open();
            ui.withDialog(ChangePassphraseDialog.class, () -> new ChangePassphraseHandler().execute(shell, store, store),
                    dialog -> {
                        Shell window = dialog.getShell();
                        fill(window, "verkeerde zin", NEW, NEW);
                        assertEquals("Deze wachtwoordzin opent de gegevens niet. Probeer het opnieuw (let op hoofdletters).",
                                dialog.getErrorMessage());
                        assertEquals("", ui.find(window, "passphrase.current", Text.class).getText(), "asked again");

                        fill(window, OLD, "kort", "kort");
                        assertEquals("Een wachtwoordzin heeft minstens 8 tekens.", dialog.getErrorMessage());
                        assertEquals(OLD, ui.find(window, "passphrase.current", Text.class).getText(),
                                "the right current passphrase stays");

                        ui.answerNextMessage();
                        fill(window, OLD, NEW, NEW);
                    });
        } finally {
            shell.dispose();
        }
        try (JdbcStore withOld = new JdbcStore(StoreLocation.embedded(data), null)) {
            assertEquals(State.LOCKED, withOld.state());
            assertThrows(AccessRefusedException.class, () -> withOld.unlock(OLD.toCharArray()));
            withOld.unlock(NEW.toCharArray());
            assertEquals(State.OPEN, withOld.state());
        }
    }

    private void fill(Shell window, String current, String next, String repeat) {
        ui.type(ui.find(window, "passphrase.current", Text.class), current);
        ui.type(ui.find(window, "passphrase.new", Text.class), next);
        ui.type(ui.find(window, "passphrase.repeat", Text.class), repeat);
        ui.click(ui.find(window, "passphrase.ok", Button.class));
    }
}
