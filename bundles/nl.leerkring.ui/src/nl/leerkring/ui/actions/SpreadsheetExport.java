package nl.leerkring.ui.actions;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nl.leerkring.core.StoreException;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.reports.ActionsCsv;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.internal.Messages;

/**
 * "Naar spreadsheet (.csv)…" in Mijn acties and Reeks: after the user agrees that the file holds
 * what the actions say, asks where it goes and writes it; the message line says where, or why not.
 */
final class SpreadsheetExport {

    private SpreadsheetExport() {
    }

    static void ask(Shell shell, String name, Supplier<List<ActionRecord>> actions, MessageLine message) {
        if (!MessageDialog.openConfirm(shell, Messages.Csv_ConfirmTitle, Messages.Csv_Confirm)) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName(NLS.bind(Messages.Csv_File, name));
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            write(Path.of(file), actions, message);
        }
    }

    /** Writes the actions as a spreadsheet; says where, or why not. */
    static boolean write(Path file, Supplier<List<ActionRecord>> actions, MessageLine message) {
        int[] count = new int[1];
        boolean written = message.run(() -> {
            List<ActionRecord> records = actions.get();
            try {
                ActionsCsv.write(records, file);
            } catch (java.io.IOException e) {
                throw new StoreException(NLS.bind(Messages.Actions_ExportFailed, file, e.getMessage()), e);
            }
            count[0] = records.size();
        });
        if (written) {
            message.notice(NLS.bind(Messages.Csv_Written, count[0], file));
        }
        return written;
    }
}
