package nl.leerkring.reports;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import nl.leerkring.reports.SessionReport.Entry;
import nl.leerkring.reports.SessionReport.Line;
import nl.leerkring.reports.SessionReport.Section;
import nl.leerkring.reports.charts.Chart;
import nl.leerkring.reports.charts.PdfChart;
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

    public static byte[] render(Report report) {
        return switch (report) {
            case SessionReport session -> render(session);
            case GroupReport group -> render(group);
        };
    }

    /** The group's report, its charts drawn as vector graphics the width of the text. */
    public static byte[] render(GroupReport report) {
        return pdf(report, report.period().label(), (document, writer) -> {
            heading(document, Messages.Group_Sessions);
            if (report.sessions().isEmpty()) {
                document.add(new Paragraph(Messages.Group_SessionsNone, BODY));
            } else {
                grid(document, report.sessionTable(), new float[] { 22, 40, 24, 14 });
            }
            heading(document, Messages.Group_Figures);
            for (GroupReport.Count count : report.figureLines()) {
                document.add(new Paragraph(count.label() + ": " + count.count(), BODY));
            }
            document.add(new Paragraph(report.rateLine(), BOLD));
            for (GroupReport.Listing listing : report.listings()) {
                list(document, listing.heading(), listing.lines(), listing.none());
            }
            float width = document.right() - document.left();
            for (Chart chart : report.charts()) {
                if (chart.isEmpty()) {
                    heading(document, chart.title());
                    document.add(new Paragraph(Messages.Chart_Empty, BODY));
                } else {
                    // The chart carries its own title, so a page break cannot part the two.
                    Image image = PdfChart.image(chart, writer, width);
                    image.setSpacingBefore(14);
                    document.add(image);
                }
            }
        });
    }

    /** What a report writes after its title and the line under it. */
    private interface Body {
        void write(Document document, PdfWriter writer) throws DocumentException;
    }

    /** An A4 document with the report's title, the line under it, then the body. */
    private static byte[] pdf(Report report, String meta, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // A chart too tall for what is left of a page goes to the next, and the text after it waits.
            writer.setStrictImageSequence(true);
            document.addTitle(report.title());
            document.open();
            document.add(new Paragraph(report.title(), TITLE));
            document.add(new Paragraph(meta, META));
            body.write(document, writer);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void list(Document document, String heading, List<String> lines, String none) throws DocumentException {
        heading(document, heading);
        if (lines.isEmpty()) {
            document.add(new Paragraph(none, BODY));
        }
        for (String line : lines) {
            Paragraph item = new Paragraph("\u2022 " + line, BODY);
            item.setIndentationLeft(12);
            item.setSpacingAfter(2);
            document.add(item);
        }
    }

    public static byte[] render(SessionReport report) {
        return pdf(report, String.join(" \u00b7 ", List.of(report.method(), SessionReport.date(report.date()),
                report.group() == null ? "" : report.group()).stream().filter(s -> !s.isBlank()).toList()), (document, writer) -> {
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
        });
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
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of(Messages.Csv_Description, Messages.Csv_Owner, Messages.Csv_Due, Messages.Csv_Status));
        lines.forEach(line -> rows.add(java.util.Arrays.asList(line.text(), line.owner(), line.due(), line.status())));
        grid(document, rows, new float[] { 46, 18, 18, 18 });
    }

    /** A table the width of the text: the first row is its header, repeated on every page. */
    private static void grid(Document document, List<List<String>> rows, float[] widths) throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (int n = 0; n < rows.size(); n++) {
            Font font = n == 0 ? BOLD : BODY;
            rows.get(n).forEach(text -> table.addCell(cell(text, font)));
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
