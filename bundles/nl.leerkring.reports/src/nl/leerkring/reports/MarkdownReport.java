package nl.leerkring.reports;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.reports.SessionReport.Entry;
import nl.leerkring.reports.SessionReport.Line;
import nl.leerkring.reports.SessionReport.Section;
import nl.leerkring.reports.charts.Chart;
import nl.leerkring.reports.internal.Messages;

/**
 * A report as Markdown, for pasting into an intranet page or a mail: a session's verslag with one
 * heading per step, or a group's report with its charts as tables of their numbers.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Report report) {
        return switch (report) {
            case SessionReport session -> render(session);
            case GroupReport group -> render(group);
        };
    }

    public static String render(GroupReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(report.title())).append("\n\n*").append(report.period().label()).append("*\n\n");
        md.append("## ").append(Messages.Group_Sessions).append("\n\n");
        if (report.sessions().isEmpty()) {
            md.append(Messages.Group_SessionsNone).append("\n\n");
        } else {
            grid(md, report.sessionTable());
        }
        md.append("## ").append(Messages.Group_Figures).append("\n\n");
        report.figureLines().forEach(c -> md.append("- ").append(c.label()).append(": ").append(c.count()).append('\n'));
        md.append('\n').append(report.rateLine()).append("\n\n");
        for (GroupReport.Listing listing : report.listings()) {
            list(md, listing.heading(), listing.lines(), listing.none());
        }
        for (Chart chart : report.charts()) {
            md.append("## ").append(chart.title()).append("\n\n");
            if (chart.isEmpty()) {
                md.append(Messages.Chart_Empty).append("\n\n");
            } else {
                grid(md, GroupReport.numbers(chart));
            }
        }
        return md.toString();
    }

    private static void list(StringBuilder md, String heading, List<String> lines, String none) {
        md.append("## ").append(heading).append("\n\n");
        if (lines.isEmpty()) {
            md.append(none).append('\n');
        }
        lines.forEach(line -> md.append("- ").append(inline(line)).append('\n'));
        md.append('\n');
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
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of(Messages.Csv_Description, Messages.Csv_Owner, Messages.Csv_Due, Messages.Csv_Status));
        lines.forEach(line -> rows.add(java.util.Arrays.asList(line.text(), line.owner(), line.due(), line.status())));
        grid(md, rows);
    }

    /** A table: the first row is its header. */
    private static void grid(StringBuilder md, List<List<String>> rows) {
        for (int n = 0; n < rows.size(); n++) {
            md.append("| ").append(rows.get(n).stream().map(MarkdownReport::cell).collect(Collectors.joining(" | "))).append(" |\n");
            if (n == 0) {
                md.append("|---".repeat(rows.get(0).size())).append("|\n");
            }
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
