package nl.leerkring.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import nl.leerkring.core.StoreBackups;
import nl.leerkring.core.StoreException;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.dialogs.RestoreBackupDialog;
import nl.leerkring.ui.internal.Messages;

/** Sessie › Herstellen uit back-up…: puts a backup back, after moving the data in use aside. */
public class RestoreBackupHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, StoreBackups store, ActiveSession active) {
        List<StoreBackups.Backup> backups = store.backups();
        if (backups.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Restore_Title, Messages.Restore_None);
            return;
        }
        RestoreBackupDialog dialog = new RestoreBackupDialog(shell, backups);
        if (dialog.open() != Window.OK || dialog.chosen() == null) {
            return;
        }
        // Nothing of the session in view may be written into the restored data.
        active.set(null);
        try {
            store.restore(dialog.chosen());
            MessageDialog.openInformation(shell, Messages.Restore_Title, Messages.Restore_Done);
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.Restore_Title, e.getMessage());
        }
        // The session list shows the restored data.
        active.set(null);
    }
}
