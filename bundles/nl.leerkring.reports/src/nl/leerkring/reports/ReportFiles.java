package nl.leerkring.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nl.leerkring.core.ExportFiles;

/** A report written in the format asked for, as the command line and Verslag… both do. */
public final class ReportFiles {

    /** The formats a report can be written in. */
    public static final List<String> FORMATS = List.of("pdf", "html", "md");

    private ReportFiles() {
    }

    /** @param format one of {@link #FORMATS} */
    public static void write(Report report, String format, Path file) throws IOException {
        switch (format) {
            case "pdf" -> ExportFiles.write(file, PdfReport.render(report));
            case "html" -> ExportFiles.write(file, HtmlReport.render(report));
            case "md" -> ExportFiles.write(file, MarkdownReport.render(report));
            default -> throw new IllegalArgumentException(format);
        }
    }
}
