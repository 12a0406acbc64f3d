package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import nl.leerkring.core.StoreAccess;
import nl.leerkring.core.StoreInfo;
import nl.leerkring.ui.dialogs.ChangePassphraseDialog;
import nl.leerkring.ui.internal.Messages;

/** Sessie › Wachtwoordzin wijzigen…: a new passphrase for the data on this computer. */
public class ChangePassphraseHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, StoreAccess access, StoreInfo info) {
        if (info.isShared()) {
            // The team database has the server's login, not a passphrase of Leerkring's.
            MessageDialog.openInformation(shell, Messages.ChangePassphrase_Title, Messages.ChangePassphrase_Team);
            return;
        }
        if (new ChangePassphraseDialog(shell, access).open() == Window.OK) {
            MessageDialog.openInformation(shell, Messages.ChangePassphrase_Title, Messages.ChangePassphrase_Done);
        }
    }
}
