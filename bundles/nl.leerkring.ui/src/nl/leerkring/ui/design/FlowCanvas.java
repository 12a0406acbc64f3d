package nl.leerkring.ui.design;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import nl.leerkring.diagram.FlowDiagram;
import nl.leerkring.diagram.FlowLayout;
import nl.leerkring.diagram.FlowStyle;
import nl.leerkring.diagram.Messages;
import nl.leerkring.diagram.FlowSvg;
import nl.leerkring.diagram.TextMeasure;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;
import nl.leerkring.ui.Widgets;

/**
 * The protocol's flow diagram, laid out by ELK and drawn with SWT: phases as groups, steps as boxes
 * with timebox and roles, the follow-up arrow back to the start. A click on a box selects the step;
 * the selected step is highlighted. Exports to PNG (the same drawing) and SVG.
 */
public final class FlowCanvas {

    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final Font bold;
    private FlowDiagram diagram;
    private Step selected;

    public FlowCanvas(Composite parent, Consumer<Step> onSelect) {
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        canvas = Widgets.id(new Canvas(scroller, SWT.DOUBLE_BUFFERED), "editor.diagram");
        scroller.setContent(canvas);
        bold = FontDescriptor.createFrom(canvas.getFont()).setStyle(SWT.BOLD).createFont(canvas.getDisplay());
        canvas.addListener(SWT.Paint, e -> {
            if (diagram != null) {
                paint(e.gc, diagram, selected);
            }
        });
        canvas.addListener(SWT.MouseDown, e -> {
            if (diagram != null) {
                diagram.stepAt(e.x, e.y).ifPresent(box -> onSelect.accept(box.step()));
            }
        });
        canvas.addListener(SWT.Dispose, e -> bold.dispose());
    }

    public ScrolledComposite control() {
        return scroller;
    }

    /** Lays the protocol out again, measuring text with the canvas's own fonts. */
    public void show(Protocol protocol) {
        GC gc = new GC(canvas);
        try {
            diagram = FlowLayout.layout(protocol, measure(gc));
        } finally {
            gc.dispose();
        }
        canvas.setSize((int) Math.ceil(diagram.width()), (int) Math.ceil(diagram.height()));
        canvas.redraw();
    }

    public void select(Step step) {
        selected = step;
        canvas.redraw();
        if (diagram != null && step != null) {
            diagram.box(step).ifPresent(box -> scroller.setOrigin(Math.max(0, (int) box.x() - 20),
                    Math.max(0, (int) box.y() - 20)));
        }
    }

    public FlowDiagram diagram() {
        return diagram;
    }

    /** The diagram as a PNG image file, drawn as on screen without the selection. */
    public void exportPng(Path file) throws java.io.IOException {
        Display display = canvas.getDisplay();
        Image image = new Image(display, Math.max(1, (int) Math.ceil(diagram.width())),
                Math.max(1, (int) Math.ceil(diagram.height())));
        try {
            GC gc = new GC(image);
            try {
                gc.setFont(canvas.getFont());
                paint(gc, diagram, null);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".leerkring-", ".png.part");
            try {
                loader.save(partial.toString(), SWT.IMAGE_PNG);
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } finally {
            image.dispose();
        }
    }

    /** The diagram as an SVG file. */
    public void exportSvg(Path file) throws java.io.IOException {
        GC gc = new GC(canvas);
        try {
            Files.writeString(file, FlowSvg.write(diagram, measure(gc)), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            gc.dispose();
        }
    }

    /** Text widths from the canvas's own fonts, through a GC that the caller disposes. */
    private TextMeasure measure(GC gc) {
        gc.setFont(canvas.getFont());
        double lineHeight = gc.getFontMetrics().getHeight() + 2;
        return new TextMeasure() {
            @Override
            public double width(String text, boolean isBold) {
                gc.setFont(isBold ? bold : canvas.getFont());
                return gc.textExtent(text).x;
            }

            @Override
            public double lineHeight() {
                return lineHeight;
            }
        };
    }

    private void paint(GC gc, FlowDiagram flow, Step highlight) {
        Display display = canvas.getDisplay();
        gc.setAntialias(SWT.ON);
        double lineHeight = gc.getFontMetrics().getHeight() + 2;
        withColour(display, FlowStyle.BACKGROUND, c -> {
            gc.setBackground(c);
            gc.fillRectangle(0, 0, (int) Math.ceil(flow.width()), (int) Math.ceil(flow.height()));
        });
        for (FlowDiagram.PhaseBox phase : flow.phases()) {
            withColour(display, FlowStyle.PHASE_FILL, c -> {
                gc.setBackground(c);
                gc.fillRoundRectangle((int) phase.x(), (int) phase.y(), (int) phase.width(), (int) phase.height(), 14, 14);
            });
            withColour(display, FlowStyle.PHASE_LINE, c -> {
                gc.setForeground(c);
                gc.drawRoundRectangle((int) phase.x(), (int) phase.y(), (int) phase.width(), (int) phase.height(), 14, 14);
            });
            gc.setFont(bold);
            withColour(display, FlowStyle.PHASE_TEXT, c -> {
                gc.setForeground(c);
                gc.drawText(phase.name(), (int) phase.x() + 12, (int) phase.y() + 7, true);
            });
        }
        gc.setLineWidth(2);
        gc.setFont(canvas.getFont());
        for (FlowDiagram.Edge edge : flow.edges()) {
            if (edge.points().size() < 2) {
                continue;
            }
            withColour(display, edge.followUp() ? FlowStyle.FOLLOW_UP : FlowStyle.EDGE, c -> {
                gc.setForeground(c);
                gc.setBackground(c);
                gc.setLineStyle(edge.followUp() ? SWT.LINE_DASH : SWT.LINE_SOLID);
                List<FlowDiagram.Point> points = edge.points();
                int[] line = new int[points.size() * 2];
                for (int i = 0; i < points.size(); i++) {
                    line[2 * i] = (int) points.get(i).x();
                    line[2 * i + 1] = (int) points.get(i).y();
                }
                gc.drawPolyline(line);
                arrowHead(gc, points.get(points.size() - 2), points.get(points.size() - 1));
                if (edge.followUp()) {
                    followUpLabel(gc, edge.labelPlace());
                }
            });
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        for (FlowDiagram.StepBox box : flow.steps()) {
            boolean isSelected = box.step() == highlight;
            withColour(display, isSelected ? FlowStyle.STEP_SELECTED : FlowStyle.STEP_FILL, c -> {
                gc.setBackground(c);
                gc.fillRoundRectangle((int) box.x(), (int) box.y(), (int) box.width(), (int) box.height(), 10, 10);
            });
            withColour(display, FlowStyle.STEP_LINE, c -> {
                gc.setForeground(c);
                gc.setLineWidth(isSelected ? 3 : 1);
                gc.drawRoundRectangle((int) box.x(), (int) box.y(), (int) box.width(), (int) box.height(), 10, 10);
            });
            double y = box.y() + FlowLayout.MARGIN;
            gc.setFont(bold);
            y = lines(gc, display, box.title(), box.x() + FlowLayout.MARGIN, y, FlowStyle.STEP_TEXT, lineHeight);
            gc.setFont(canvas.getFont());
            lines(gc, display, box.details(), box.x() + FlowLayout.MARGIN, y + 4, FlowStyle.DETAIL_TEXT, lineHeight);
        }
        gc.setLineWidth(1);
    }

    /** The follow-up arrow's words, running up along its longest piece (or above it when that lies flat). */
    private static void followUpLabel(GC gc, FlowDiagram.LabelPlace place) {
        String label = Messages.Diagram_FollowUp;
        org.eclipse.swt.graphics.Point size = gc.textExtent(label);
        if (!place.vertical()) {
            gc.drawText(label, (int) (place.x() - size.x / 2.0), (int) place.y() - size.y - 3, true);
            return;
        }
        Transform turn = new Transform(gc.getDevice());
        try {
            turn.translate((float) (place.x() - size.y - 3), (float) (place.y() + size.x / 2.0));
            turn.rotate(-90);
            gc.setTransform(turn);
            gc.drawText(label, 0, 0, true);
        } finally {
            gc.setTransform(null);
            turn.dispose();
        }
    }

    private static double lines(GC gc, Display display, List<String> lines, double x, double y, String colour,
            double lineHeight) {
        double[] at = { y };
        withColour(display, colour, c -> {
            gc.setForeground(c);
            for (String line : lines) {
                gc.drawText(line, (int) x, (int) at[0], true);
                at[0] += lineHeight;
            }
        });
        return at[0];
    }

    private static void arrowHead(GC gc, FlowDiagram.Point from, FlowDiagram.Point to) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        int size = 9;
        int[] head = { (int) to.x(), (int) to.y(),
                (int) (to.x() - size * Math.cos(angle - 0.4)), (int) (to.y() - size * Math.sin(angle - 0.4)),
                (int) (to.x() - size * Math.cos(angle + 0.4)), (int) (to.y() - size * Math.sin(angle + 0.4)) };
        gc.fillPolygon(head);
    }

    /** Runs the drawing with a colour from the shared style (SWT colours need no disposing). */
    private static void withColour(Display display, String hex, Consumer<Color> use) {
        Color colour = new Color(display, new RGB(Integer.parseInt(hex.substring(1, 3), 16),
                Integer.parseInt(hex.substring(3, 5), 16), Integer.parseInt(hex.substring(5, 7), 16)));
        use.accept(colour);
    }
}
