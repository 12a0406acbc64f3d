package nl.leerkring.ui.handlers;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
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
        StoreBackups.Backup chosen = dialog.chosen();
        try {
            // A copy of the whole database and a read of every row: off the UI thread, in a window that
            // says so and cannot be closed halfway.
            new ProgressMonitorDialog(shell) {
                @Override
                protected void configureShell(Shell window) {
                    super.configureShell(window);
                    window.setText(Messages.Restore_Title);
                }
            }.run(true, false, monitor -> {
                monitor.beginTask(Messages.Restore_Busy, IProgressMonitor.UNKNOWN);
                store.restore(chosen);
                monitor.done();
            });
            MessageDialog.openInformation(shell, Messages.Restore_Title, Messages.Restore_Done);
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof StoreException refused)) {
                throw new IllegalStateException(e.getCause());
            }
            MessageDialog.openError(shell, Messages.Restore_Title, refused.getMessage());
        } catch (InterruptedException e) {
            // Not cancelable: only a closing application interrupts it.
            Thread.currentThread().interrupt();
        }
        // The session list shows the restored data.
        active.set(null);
    }
}
