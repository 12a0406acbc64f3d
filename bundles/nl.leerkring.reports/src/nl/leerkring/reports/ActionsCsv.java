package nl.leerkring.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import nl.leerkring.core.ExportFiles;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Action;
import nl.leerkring.reports.internal.Messages;

/**
 * Actions as a spreadsheet: one row per action with its group, session, the date it was agreed, its
 * description, owner, due date, status, how often it was carried over, what it brought and what
 * was learned. In UTF-8 with a byte order mark, so spreadsheets read the accents right; with
 * {@code ;} between the fields when the interface is Dutch (what Excel in the Netherlands expects),
 * else {@code ,}; quoted as RFC 4180 says.
 */
public final class ActionsCsv {

    private static final char BOM = '\uFEFF';

    private ActionsCsv() {
    }

    /** The format for the interface's language. */
    public static CSVFormat format(Locale locale) {
        return CSVFormat.RFC4180.builder().setDelimiter("nl".equals(locale.getLanguage()) ? ';' : ',').get();
    }

    /** The spreadsheet as text (with the byte order mark first). */
    public static String toCsv(List<ActionRecord> records, Locale locale) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, format(locale))) {
            csv.printRecord(Messages.Csv_Group, Messages.Csv_Session, Messages.Csv_Agreed, Messages.Csv_Description,
                    Messages.Csv_Owner, Messages.Csv_Due, Messages.Csv_Status, Messages.Csv_CarriedOver,
                    Messages.Csv_Outcome, Messages.Csv_Learning);
            for (ActionRecord record : records) {
                Action action = record.action();
                csv.printRecord(record.group(), record.sessionTitle(), date(record.sessionDate()), action.getText(),
                        action.getOwner(), action.getDueDate() == null ? Messages.Csv_NextSession : date(action.getDueDate()),
                        ActionLifecycle.label(action.getStatus()), action.getCarryOverCount(), action.getOutcome(),
                        action.getLearning());
            }
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the spreadsheet for the interface's language (see {@link ExportFiles}). */
    public static void write(List<ActionRecord> records, Path file) throws IOException {
        ExportFiles.write(file, toCsv(records, Locale.getDefault()));
    }

    /** ISO dates: every spreadsheet reads them as dates, whatever its language. */
    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
