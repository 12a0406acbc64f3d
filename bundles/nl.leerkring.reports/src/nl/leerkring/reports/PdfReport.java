package nl.leerkring.reports;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import nl.leerkring.reports.SessionReport.Entry;
import nl.leerkring.reports.SessionReport.Line;
import nl.leerkring.reports.SessionReport.Section;
import nl.leerkring.reports.internal.Messages;

/**
 * A session's verslag as an A4 PDF, written with OpenPDF: the same report as the Markdown and HTML
 * ones, in the standard Helvetica (which every PDF reader has, so nothing is embedded).
 */
public final class PdfReport {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font META = new Font(Font.HELVETICA, 10, Font.ITALIC);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

    private PdfReport() {
    }

    public static byte[] render(SessionReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.open();
            document.add(new Paragraph(report.title(), TITLE));
            document.add(new Paragraph(String.join(" \u00b7 ", List.of(report.method(), SessionReport.date(report.date()),
                    report.group() == null ? "" : report.group()).stream().filter(s -> !s.isBlank()).toList()), META));
            people(document, Messages.Report_Present, report.attendance().present());
            people(document, Messages.Report_Absent, report.attendance().absent());
            people(document, Messages.Report_Guests, List.copyOf(report.attendance().guests()));

            heading(document, Messages.Report_Actions);
            table(document, report.actions());
            if (!report.reviewed().isEmpty()) {
                heading(document, Messages.Report_Reviewed);
                table(document, report.reviewed());
            }
            int number = 1;
            for (Section step : report.steps()) {
                heading(document, NLS.bind(Messages.Report_Step, number++, step.title())
                        + (step.timebox() != null && step.minutes() != null
                                ? " " + NLS.bind(Messages.Report_Time, step.minutes(), step.timebox()) : ""));
                for (Entry entry : step.entries()) {
                    Paragraph item = new Paragraph();
                    item.add(new Chunk(entry.kind() + ": ", BOLD));
                    item.add(new Chunk(entry.text() == null ? "" : entry.text(), BODY));
                    if (entry.chosen()) {
                        item.add(new Chunk(" (" + Messages.Report_Chosen + ")", META));
                    }
                    item.setIndentationLeft(12);
                    item.setSpacingAfter(3);
                    document.add(item);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        heading.setKeepTogether(true);
        document.add(heading);
    }

    private static void people(Document document, String label, List<String> names) throws DocumentException {
        if (!names.isEmpty()) {
            Paragraph line = new Paragraph();
            line.add(new Chunk(label + " ", BOLD));
            line.add(new Chunk(String.join(", ", names), BODY));
            document.add(line);
        }
    }

    private static void table(Document document, List<Line> lines) throws DocumentException {
        if (lines.isEmpty()) {
            document.add(new Paragraph(Messages.Report_NoActions, BODY));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] { 46, 18, 18, 18 });
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : List.of(Messages.Csv_Description, Messages.Csv_Owner, Messages.Csv_Due, Messages.Csv_Status)) {
            table.addCell(cell(header, BOLD));
        }
        for (Line line : lines) {
            for (String text : new String[] { line.text(), line.owner(), line.due(), line.status() }) {
                table.addCell(cell(text, BODY));
            }
        }
        document.add(table);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
