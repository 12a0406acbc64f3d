package nl.leerkring.reports;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.reports.SessionReport.Entry;
import nl.leerkring.reports.SessionReport.Line;
import nl.leerkring.reports.SessionReport.Section;
import nl.leerkring.reports.internal.Messages;

/** A session's verslag as Markdown, for pasting into an intranet page or a mail: one heading per step. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(SessionReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(report.title())).append("\n\n");
        md.append('*').append(inline(String.join(" \u00b7 ", List.of(report.method(),
                SessionReport.date(report.date()), report.group() == null ? "" : report.group())
                .stream().filter(s -> !s.isBlank()).toList()))).append("*\n\n");
        people(md, Messages.Report_Present, report.attendance().present());
        people(md, Messages.Report_Absent, report.attendance().absent());
        people(md, Messages.Report_Guests, List.copyOf(report.attendance().guests()));
        md.append('\n');

        md.append("## ").append(Messages.Report_Actions).append("\n\n");
        table(md, report.actions());
        if (!report.reviewed().isEmpty()) {
            md.append("## ").append(Messages.Report_Reviewed).append("\n\n");
            table(md, report.reviewed());
        }
        int number = 1;
        for (Section step : report.steps()) {
            md.append("## ").append(NLS.bind(Messages.Report_Step, number++, inline(step.title())));
            if (step.timebox() != null && step.minutes() != null) {
                md.append(' ').append(NLS.bind(Messages.Report_Time, step.minutes(), step.timebox()));
            }
            md.append("\n\n");
            for (Entry entry : step.entries()) {
                md.append("- **").append(inline(entry.kind())).append(":** ")
                        .append(entry.text() == null ? "" : entry.text().strip().replace("\n", "\n  "))
                        .append(entry.chosen() ? " *(" + Messages.Report_Chosen + ")*" : "").append('\n');
            }
            if (!step.entries().isEmpty()) {
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void people(StringBuilder md, String label, List<String> names) {
        if (!names.isEmpty()) {
            md.append("**").append(label).append("** ").append(inline(String.join(", ", names))).append("  \n");
        }
    }

    private static void table(StringBuilder md, List<Line> lines) {
        if (lines.isEmpty()) {
            md.append(Messages.Report_NoActions).append("\n\n");
            return;
        }
        md.append("| ").append(Messages.Csv_Description).append(" | ").append(Messages.Csv_Owner).append(" | ")
                .append(Messages.Csv_Due).append(" | ").append(Messages.Csv_Status).append(" |\n|---|---|---|---|\n");
        for (Line line : lines) {
            md.append("| ").append(List.of(line.text(), line.owner(), line.due(), line.status()).stream()
                    .map(MarkdownReport::cell).collect(Collectors.joining(" | "))).append(" |\n");
        }
        md.append('\n');
    }

    /** A table cell on one line: a pipe would end the cell, a new line the row. */
    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }

    private static String inline(String text) {
        return text == null ? "" : text.replace("\n", " ");
    }
}
