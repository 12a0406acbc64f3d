package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import nl.leerkring.core.StoreBackups;
import nl.leerkring.core.StoreInfo;
import nl.leerkring.ui.dialogs.BackupSettingsDialog;
import nl.leerkring.ui.internal.Messages;

/** Sessie › Back-ups…: where the backups of this computer's data go, how many are kept, one made now. */
public class BackupSettingsHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, StoreBackups store, StoreInfo info) {
        if (info.isShared()) {
            // A team database is backed up on its server, by whoever runs it.
            MessageDialog.openInformation(shell, Messages.Backups_Title, Messages.Backups_Team);
            return;
        }
        new BackupSettingsDialog(shell, store).open();
    }
}
