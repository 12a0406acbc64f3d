package nl.leerkring.reports.charts;

/**
 * What {@link ChartPainter} draws on: SVG text, a PDF page's content or an SWT graphics context.
 * Coordinates run right and down from the chart's top left corner, in points (pixels on screen).
 */
public interface ChartCanvas {

    enum Align {
        START, MIDDLE, END
    }

    void rect(double x, double y, double width, double height, int rgb);

    void line(double x1, double y1, double x2, double y2, double lineWidth, int rgb);

    /** Text on the given baseline, aligned at {@code x} as asked. */
    void text(double x, double baseline, String text, double size, boolean bold, Align align, int rgb);

    double textWidth(String text, double size, boolean bold);
}
