package nl.leerkring.reports.charts;

import java.util.List;

import nl.leerkring.reports.charts.ChartCanvas.Align;

/**
 * Lays a {@link Chart} out as horizontal bars, one row per category with its label on the left:
 * labels stay level and readable on a phone, on paper and on a projector, and a chart with many
 * steps or months simply grows downward. The same layout serves every canvas, so the HTML, the
 * PDF and the Reeks part show the same picture.
 */
public final class ChartPainter {

    public static final int TEXT = 0x1a1a1a;
    private static final int MUTED = 0x555555;
    private static final int GRID = 0xdddddd;
    private static final double TITLE_SIZE = 11;
    private static final double LABEL_SIZE = 9;
    private static final double ROW = 18;
    private static final double BAR = 11;
    private static final double TOP = 16;
    private static final double LEGEND = 16;
    private static final double VALUE_ROOM = 44;

    private ChartPainter() {
    }

    /** The chart's height when drawn this wide, with its title or under a heading of the page's own. */
    public static double height(Chart chart, double width, ChartCanvas measure, boolean titled) {
        return legend(chart, measure, width, titled, false) + Math.max(1, chart.categories().size()) * ROW + 18;
    }

    public static void paint(Chart chart, ChartCanvas canvas, double width, boolean titled) {
        if (titled) {
            canvas.text(0, 12, chart.title(), TITLE_SIZE, true, Align.START, TEXT);
        }
        double top = legend(chart, canvas, width, titled, true);
        if (chart.isEmpty()) {
            return;
        }
        double labels = labelWidth(chart, canvas, width);
        double plot = Math.max(40, width - labels - VALUE_ROOM);
        double max = axisMax(chart);
        double step = step(max);
        double bottom = top + chart.categories().size() * ROW;
        for (double tick = 0; tick <= max + 1e-9; tick += step) {
            double x = labels + plot * tick / max;
            canvas.line(x, top, x, bottom, 0.5, GRID);
            canvas.text(x, bottom + 11, format(tick, chart.unit()), LABEL_SIZE - 1, false, Align.MIDDLE, MUTED);
        }
        canvas.line(labels, top, labels, bottom, 0.8, MUTED);
        for (int row = 0; row < chart.categories().size(); row++) {
            double y = top + row * ROW;
            double middle = y + ROW / 2;
            canvas.text(labels - 6, middle + 3, fit(chart.categories().get(row), labels - 10, canvas), LABEL_SIZE, false,
                    Align.END, TEXT);
            double x = labels;
            double barTop = middle - BAR / 2;
            for (Chart.Series series : chart.series()) {
                double value = series.values().get(row);
                double length = plot * value / max;
                if (chart.stacked()) {
                    canvas.rect(x, barTop, length, BAR, series.rgb());
                    x += length;
                } else {
                    canvas.rect(labels, barTop, length, BAR, series.rgb());
                }
            }
            double total = chart.total(row);
            Double target = chart.target(row);
            if (target != null) {
                double at = labels + plot * target / max;
                canvas.line(at, barTop - 3, at, barTop + BAR + 3, 2, TEXT);
            }
            double end = labels + plot * Math.max(total, target == null ? 0 : target) / max;
            canvas.text(end + 5, middle + 3, format(total, chart.unit()), LABEL_SIZE, false, Align.START, MUTED);
        }
    }

    /** Draws the legend (series colours, the target mark) under the title; returns where the plot starts. */
    private static double legend(Chart chart, ChartCanvas canvas, double width, boolean titled, boolean draw) {
        double x = 0;
        double y = (titled ? TOP : 0) + 4;
        boolean any = chart.series().size() > 1 || chart.targetLabel() != null;
        if (!any) {
            return y + 4;
        }
        for (int n = 0; n <= chart.series().size(); n++) {
            boolean target = n == chart.series().size();
            if (target && chart.targetLabel() == null) {
                continue;
            }
            String name = target ? chart.targetLabel() : chart.series().get(n).name();
            double needed = 14 + canvas.textWidth(name, LABEL_SIZE, false) + 14;
            if (x > 0 && x + needed > width) {
                x = 0;
                y += LEGEND - 2;
            }
            if (draw) {
                if (target) {
                    canvas.line(x + 5, y + 1, x + 5, y + 11, 2, TEXT);
                } else {
                    canvas.rect(x, y + 2, 10, 8, chart.series().get(n).rgb());
                }
                canvas.text(x + 14, y + 10, name, LABEL_SIZE, false, Align.START, TEXT);
            }
            x += needed;
        }
        return y + LEGEND + 2;
    }

    private static double labelWidth(Chart chart, ChartCanvas canvas, double width) {
        double widest = 0;
        for (String label : chart.categories()) {
            widest = Math.max(widest, canvas.textWidth(label, LABEL_SIZE, false));
        }
        return Math.min(widest + 12, width * 0.4);
    }

    /** The label as far as it fits, ended with an ellipsis when cut. */
    private static String fit(String label, double room, ChartCanvas canvas) {
        if (canvas.textWidth(label, LABEL_SIZE, false) <= room) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && canvas.textWidth(cut + "\u2026", LABEL_SIZE, false) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }

    /** The axis' end: the fixed one, or the largest bar or target rounded up to a whole step. */
    static double axisMax(Chart chart) {
        if (chart.fixedMax() != null) {
            return chart.fixedMax();
        }
        double max = 0;
        for (int n = 0; n < chart.categories().size(); n++) {
            max = Math.max(max, chart.total(n));
            Double target = chart.target(n);
            max = Math.max(max, target == null ? 0 : target);
        }
        if (max <= 0) {
            return 1;
        }
        double step = step(max);
        return Math.ceil(max / step) * step;
    }

    /** A round step (1, 2 or 5 times a power of ten) giving at most five grid lines. */
    static double step(double max) {
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : List.of(1.0, 2.0, 5.0, 10.0)) {
            if (factor * power >= raw) {
                return Math.max(factor * power, max < 5 ? 1 : 0);
            }
        }
        return 10 * power;
    }

    /** A value as a label: whole numbers without decimals, others with one. */
    public static String format(double value, String unit) {
        String number = Math.abs(value - Math.rint(value)) < 0.05 ? String.valueOf(Math.round(value))
                : String.format(java.util.Locale.getDefault(), "%.1f", value);
        return number + unit;
    }
}
