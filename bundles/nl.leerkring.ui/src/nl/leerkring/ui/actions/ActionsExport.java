package nl.leerkring.ui.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nl.leerkring.calendar.ActionCalendar;
import nl.leerkring.core.StoreException;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.reports.ActionsCsv;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.internal.Messages;

/**
 * Actions to a file, in Mijn acties and Reeks: to a calendar (.ics) or a spreadsheet (.csv). The file
 * holds what the actions say and such files travel, so the user first agrees to that, then chooses
 * where it goes; the message line says where it went, or why not.
 */
final class ActionsExport {

    /** Writes the actions to the file. */
    @FunctionalInterface
    interface Writer {
        void write(List<ActionRecord> actions, Path file) throws IOException;
    }

    /** One kind of export: what is asked and said, and how the file is written. */
    record Kind(String confirmTitle, String confirm, String extension, String fileName,
            BiFunction<Integer, Path, String> written, Writer writer) {
    }

    private ActionsExport() {
    }

    /** The open actions as to-dos for a calendar, stamped with the time of the export. */
    static Kind calendar(Instant stamp) {
        return new Kind(Messages.Actions_ExportConfirmTitle, Messages.Actions_ExportConfirm, "ics", Messages.Actions_ExportFile,
                (count, file) -> NLS.bind(Messages.Actions_Exported, file),
                (actions, file) -> ActionCalendar.write(actions, stamp, file));
    }

    static Kind spreadsheet() {
        return new Kind(Messages.Csv_ConfirmTitle, Messages.Csv_Confirm, "csv", Messages.Csv_File,
                (count, file) -> NLS.bind(Messages.Csv_Written, count, file), ActionsCsv::write);
    }

    /** @param name what the file is named after: the owner or the group */
    static void ask(Shell shell, Kind kind, String name, Supplier<List<ActionRecord>> actions, MessageLine message) {
        if (!MessageDialog.openConfirm(shell, kind.confirmTitle(), kind.confirm())) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + kind.extension() });
        dialog.setFileName(NLS.bind(kind.fileName(), name));
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            write(kind, Path.of(file), actions, message);
        }
    }

    static boolean write(Kind kind, Path file, Supplier<List<ActionRecord>> actions, MessageLine message) {
        int[] count = new int[1];
        boolean written = message.run(() -> {
            List<ActionRecord> records = actions.get();
            try {
                kind.writer().write(records, file);
            } catch (IOException e) {
                throw new StoreException(NLS.bind(Messages.Actions_ExportFailed, file, e.getMessage()), e);
            }
            count[0] = records.size();
        });
        if (written) {
            message.notice(kind.written().apply(count[0], file));
        }
        return written;
    }
}
