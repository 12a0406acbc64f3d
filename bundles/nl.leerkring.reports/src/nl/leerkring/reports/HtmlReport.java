package nl.leerkring.reports;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.reports.SessionReport.Entry;
import nl.leerkring.reports.SessionReport.Line;
import nl.leerkring.reports.SessionReport.Section;
import nl.leerkring.reports.charts.Chart;
import nl.leerkring.reports.charts.SvgChart;
import nl.leerkring.reports.internal.Messages;

/**
 * A session's verslag as one self-contained HTML file: the styles inline, no scripts, nothing
 * loaded from the internet; readable on a phone and printable. Written as well-formed XHTML, so any
 * XML parser reads it too.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:46em;margin:0 auto;padding:1em;color:#1a1a1a;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
            .meta{color:#555;margin-top:0}table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.3em .5em;border-bottom:1px solid #ddd}
            .kind{font-weight:bold}.chosen{color:#2a6b2a}.time{color:#555;font-weight:normal;font-size:.85em}
            figure{margin:1em 0}details{margin-bottom:1em;color:#333}summary{cursor:pointer}
            @media print{details{display:none}body{max-width:none;padding:0}h2{page-break-after:avoid}}""";

    private HtmlReport() {
    }

    public static String render(Report report) {
        return switch (report) {
            case SessionReport session -> render(session);
            case GroupReport group -> render(group);
        };
    }

    /** The group's report; each chart as inline SVG, its numbers in a table beneath for who cannot see it. */
    public static String render(GroupReport report) {
        StringBuilder html = head(report);
        html.append("<h1>").append(escape(report.title())).append("</h1>\n<p class=\"meta\">")
                .append(escape(report.period().label())).append("</p>\n");
        html.append("<h2>").append(escape(Messages.Group_Sessions)).append("</h2>\n");
        if (report.sessions().isEmpty()) {
            html.append("<p>").append(escape(Messages.Group_SessionsNone)).append("</p>\n");
        } else {
            grid(html, report.sessionTable());
        }
        html.append("<h2>").append(escape(Messages.Group_Figures)).append("</h2>\n<ul>\n");
        report.figureLines().forEach(c -> html.append("<li>").append(escape(c.label())).append(": <strong>").append(c.count())
                .append("</strong></li>\n"));
        html.append("</ul>\n<p>").append(escape(report.rateLine())).append("</p>\n");
        for (GroupReport.Listing listing : report.listings()) {
            list(html, listing.heading(), listing.lines(), listing.none());
        }
        for (Chart chart : report.charts()) {
            html.append("<h2>").append(escape(chart.title())).append("</h2>\n");
            if (chart.isEmpty()) {
                html.append("<p>").append(escape(Messages.Chart_Empty)).append("</p>\n");
            } else {
                html.append("<figure>").append(SvgChart.svg(chart, 560)).append("</figure>\n<details><summary>")
                        .append(escape(Messages.Chart_Numbers)).append("</summary>\n");
                grid(html, GroupReport.numbers(chart));
                html.append("</details>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void list(StringBuilder html, String heading, List<String> lines, String none) {
        html.append("<h2>").append(escape(heading)).append("</h2>\n");
        if (lines.isEmpty()) {
            html.append("<p>").append(escape(none)).append("</p>\n");
            return;
        }
        html.append("<ul>\n");
        lines.forEach(line -> html.append("<li>").append(escape(line).replace("\n", "<br/>")).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static StringBuilder head(Report report) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(Locale.getDefault().getLanguage())
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(escape(report.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    public static String render(SessionReport report) {
        StringBuilder html = head(report);
        html.append("<h1>").append(escape(report.title())).append("</h1>\n<p class=\"meta\">")
                .append(escape(String.join(" \u00b7 ", List.of(report.method(), SessionReport.date(report.date()),
                        report.group() == null ? "" : report.group()).stream().filter(s -> !s.isBlank()).toList())))
                .append("</p>\n");
        people(html, Messages.Report_Present, report.attendance().present());
        people(html, Messages.Report_Absent, report.attendance().absent());
        people(html, Messages.Report_Guests, List.copyOf(report.attendance().guests()));

        html.append("<h2>").append(escape(Messages.Report_Actions)).append("</h2>\n");
        table(html, report.actions());
        if (!report.reviewed().isEmpty()) {
            html.append("<h2>").append(escape(Messages.Report_Reviewed)).append("</h2>\n");
            table(html, report.reviewed());
        }
        int number = 1;
        for (Section step : report.steps()) {
            html.append("<h2>").append(escape(NLS.bind(Messages.Report_Step, number++, step.title())));
            if (step.timebox() != null && step.minutes() != null) {
                html.append(" <span class=\"time\">")
                        .append(escape(NLS.bind(Messages.Report_Time, step.minutes(), step.timebox()))).append("</span>");
            }
            html.append("</h2>\n");
            if (!step.entries().isEmpty()) {
                html.append("<ul>\n");
                for (Entry entry : step.entries()) {
                    html.append("<li><span class=\"kind\">").append(escape(entry.kind())).append(":</span> ")
                            .append(escape(entry.text()).replace("\n", "<br/>"))
                            .append(entry.chosen() ? " <span class=\"chosen\">(" + escape(Messages.Report_Chosen) + ")</span>" : "")
                            .append("</li>\n");
                }
                html.append("</ul>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void people(StringBuilder html, String label, List<String> names) {
        if (!names.isEmpty()) {
            html.append("<p><strong>").append(escape(label)).append("</strong> ").append(escape(String.join(", ", names)))
                    .append("</p>\n");
        }
    }

    private static void table(StringBuilder html, List<Line> lines) {
        if (lines.isEmpty()) {
            html.append("<p>").append(escape(Messages.Report_NoActions)).append("</p>\n");
            return;
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of(Messages.Csv_Description, Messages.Csv_Owner, Messages.Csv_Due, Messages.Csv_Status));
        lines.forEach(line -> rows.add(java.util.Arrays.asList(line.text(), line.owner(), line.due(), line.status())));
        grid(html, rows);
    }

    /** A table: the first row is its header. */
    private static void grid(StringBuilder html, List<List<String>> rows) {
        html.append("<table>\n");
        for (int n = 0; n < rows.size(); n++) {
            String cell = n == 0 ? "th" : "td";
            html.append("<tr>");
            rows.get(n).forEach(text -> html.append('<').append(cell).append('>').append(escape(text).replace("\n", "<br/>"))
                    .append("</").append(cell).append('>'));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Text as HTML shows it, whatever it holds: nothing typed in a session becomes markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
