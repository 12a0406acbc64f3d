package nl.leerkring.ui.actions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nl.leerkring.reports.GroupReport;
import nl.leerkring.reports.charts.Chart;
import nl.leerkring.reports.charts.ChartCanvas;
import nl.leerkring.reports.charts.ChartPainter;
import nl.leerkring.ui.Widgets;

/**
 * The group's charts in the Reeks part, laid out by the same {@link ChartPainter} as the reports,
 * drawn larger than on paper so they read on a projector; one below the other, scrolling when long.
 * A screen reader gets each chart's title and numbers.
 */
final class ChartsView {

    /** How much larger than the report's points a chart is drawn on screen. */
    private static final double SCALE = 1.5;
    private static final double GAP = 18;

    private final ScrolledComposite scroll;
    private final Canvas canvas;
    private final Map<String, Font> fonts = new HashMap<>();
    private List<Chart> charts = List.of();

    ChartsView(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        canvas = Widgets.id(new Canvas(scroll, SWT.DOUBLE_BUFFERED), "series.charts");
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> resize());
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> fonts.values().forEach(Font::dispose));
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = description();
            }
        });
    }

    Control control() {
        return scroll;
    }

    void show(List<Chart> shown) {
        charts = shown;
        resize();
        canvas.redraw();
    }

    /** Each chart's title and its numbers, row by row, as the reports' number tables hold them. */
    String description() {
        StringBuilder text = new StringBuilder();
        for (Chart chart : charts) {
            text.append(chart.title()).append(". ");
            List<List<String>> numbers = GroupReport.numbers(chart);
            for (List<String> row : numbers.subList(1, numbers.size())) {
                text.append(String.join(" ", row)).append("; ");
            }
        }
        return text.toString();
    }

    private double width() {
        return Math.max(200, scroll.getClientArea().width / SCALE - 16);
    }

    private void resize() {
        GC gc = new GC(canvas);
        try {
            Surface measure = new Surface(gc);
            double height = 8;
            for (Chart chart : charts) {
                height += ChartPainter.height(chart, width(), measure, true) + GAP;
            }
            scroll.setMinHeight((int) Math.ceil(height * SCALE));
        } finally {
            gc.dispose();
        }
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Surface surface = new Surface(gc);
        for (Chart chart : charts) {
            ChartPainter.paint(chart, surface, width(), true);
            surface.top += ChartPainter.height(chart, width(), surface, true) + GAP;
        }
    }

    private Font font(double size, boolean bold) {
        int points = (int) Math.round(size * SCALE * 72 / canvas.getDisplay().getDPI().y);
        return fonts.computeIfAbsent(points + (bold ? "b" : ""), key -> {
            FontData data = canvas.getDisplay().getSystemFont().getFontData()[0];
            return new Font(canvas.getDisplay(), data.getName(), Math.max(6, points), bold ? SWT.BOLD : SWT.NORMAL);
        });
    }

    /** The painter's canvas on a graphics context: its points scaled, each chart below the last. */
    private final class Surface implements ChartCanvas {

        private final GC gc;
        private double top = 8;

        Surface(GC gc) {
            this.gc = gc;
        }

        private int x(double x) {
            return (int) Math.round((x + 8) * SCALE);
        }

        private int y(double y) {
            return (int) Math.round((y + top) * SCALE);
        }

        @Override
        public void rect(double x, double y, double width, double height, int rgb) {
            if (width > 0) {
                gc.setBackground(new Color(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff));
                gc.fillRectangle(x(x), y(y), Math.max(1, (int) Math.round(width * SCALE)), (int) Math.round(height * SCALE));
            }
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, double lineWidth, int rgb) {
            gc.setForeground(new Color(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff));
            gc.setLineWidth(Math.max(1, (int) Math.round(lineWidth * SCALE)));
            gc.drawLine(x(x1), y(y1), x(x2), y(y2));
        }

        @Override
        public void text(double x, double baseline, String text, double size, boolean bold, Align align, int rgb) {
            gc.setFont(font(size, bold));
            gc.setForeground(new Color(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff));
            int width = gc.textExtent(text).x;
            int left = switch (align) {
                case START -> x(x);
                case MIDDLE -> x(x) - width / 2;
                case END -> x(x) - width;
            };
            gc.drawText(text, left, y(baseline) - gc.getFontMetrics().getAscent() - gc.getFontMetrics().getLeading(), true);
        }

        @Override
        public double textWidth(String text, double size, boolean bold) {
            gc.setFont(font(size, bold));
            return gc.textExtent(text).x / SCALE;
        }
    }
}
