package nl.leerkring.reports.charts;

import java.util.Locale;

/**
 * A chart as an inline SVG element for the HTML report: well-formed XML, no scripts, no fonts or
 * anything else loaded from elsewhere, with a title for screen readers.
 */
public final class SvgChart implements ChartCanvas {

    private final StringBuilder body = new StringBuilder();

    private SvgChart() {
    }

    /**
     * The chart as an {@code <svg>} element scaled to the width of its container; {@code width} sets
     * how large the text is against it. The page's own heading names the chart; the SVG's title
     * names it for screen readers.
     */
    public static String svg(Chart chart, double width) {
        SvgChart canvas = new SvgChart();
        double height = ChartPainter.height(chart, width, canvas, false);
        ChartPainter.paint(chart, canvas, width, false);
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"100%%\""
                + " role=\"img\" font-family=\"Helvetica, Arial, sans-serif\"><title>%s</title>\n%s</svg>", width, height,
                escape(chart.title()), canvas.body);
    }

    @Override
    public void rect(double x, double y, double width, double height, int rgb) {
        if (width > 0 && height > 0) {
            body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#%06x\"/>\n",
                    x, y, width, height, rgb));
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, int rgb) {
        body.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#%06x\" stroke-width=\"%.1f\"/>\n", x1, y1, x2,
                y2, rgb, lineWidth));
    }

    @Override
    public void text(double x, double baseline, String text, double size, boolean bold, Align align, int rgb) {
        String anchor = switch (align) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"%s text-anchor=\"%s\" fill=\"#%06x\">%s</text>\n",
                x, baseline, size, bold ? " font-weight=\"bold\"" : "", anchor, rgb, escape(text)));
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return Helvetica.width(text, size, bold);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
