package nl.leerkring.diagram;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A laid-out flow diagram as an SVG document, drawn as the editor draws it: phases as tinted groups,
 * steps as boxes with their title and details, arrows between steps, the follow-up arrow dashed.
 */
public final class FlowSvg {

    private FlowSvg() {
    }

    public static String write(FlowDiagram diagram, TextMeasure measure) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                        + " font-family=\"DejaVu Sans, Noto Sans, sans-serif\" font-size=\"12\">\n",
                diagram.width(), diagram.height(), diagram.width(), diagram.height()));
        svg.append("  <defs><marker id=\"arrow\" markerWidth=\"10\" markerHeight=\"8\" refX=\"9\" refY=\"4\""
                + " orient=\"auto\"><path d=\"M0,0 L10,4 L0,8 z\" fill=\"").append(FlowStyle.EDGE).append("\"/></marker></defs>\n");
        svg.append(String.format(Locale.ROOT, "  <rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>\n", FlowStyle.BACKGROUND));
        for (FlowDiagram.PhaseBox phase : diagram.phases()) {
            svg.append(String.format(Locale.ROOT,
                    "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" fill=\"%s\" stroke=\"%s\"/>\n",
                    phase.x(), phase.y(), phase.width(), phase.height(), FlowStyle.PHASE_FILL, FlowStyle.PHASE_LINE));
            svg.append(text(phase.x() + 12, phase.y() + 20, phase.name(), true, FlowStyle.PHASE_TEXT));
        }
        for (FlowDiagram.Edge edge : diagram.edges()) {
            String points = edge.points().stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y()))
                    .collect(Collectors.joining(" "));
            svg.append(String.format(Locale.ROOT,
                    "  <polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s marker-end=\"url(#arrow)\"/>\n",
                    points, edge.followUp() ? FlowStyle.FOLLOW_UP : FlowStyle.EDGE,
                    edge.followUp() ? " stroke-dasharray=\"6 4\"" : ""));
            if (edge.followUp() && !edge.points().isEmpty()) {
                FlowDiagram.LabelPlace place = edge.labelPlace();
                double width = measure.width(Messages.Diagram_FollowUp, false);
                if (place.vertical()) {
                    // Upwards along the line, on its left, centred on the piece.
                    double x = place.x() - 5;
                    double y = place.y() + width / 2;
                    svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" transform=\"rotate(-90 %.1f %.1f)\">%s</text>\n",
                            x, y, FlowStyle.FOLLOW_UP, x, y, escape(Messages.Diagram_FollowUp)));
                } else {
                    svg.append(text(place.x() - width / 2, place.y() - 5, Messages.Diagram_FollowUp, false, FlowStyle.FOLLOW_UP));
                }
            }
        }
        for (FlowDiagram.StepBox step : diagram.steps()) {
            svg.append(String.format(Locale.ROOT,
                    "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\" stroke=\"%s\"/>\n",
                    step.x(), step.y(), step.width(), step.height(), FlowStyle.STEP_FILL, FlowStyle.STEP_LINE));
            double y = step.y() + FlowLayout.MARGIN + measure.lineHeight() * 0.8;
            y = lines(svg, step.title(), step.x() + FlowLayout.MARGIN, y, true, FlowStyle.STEP_TEXT, measure);
            lines(svg, step.details(), step.x() + FlowLayout.MARGIN, y + 4, false, FlowStyle.DETAIL_TEXT, measure);
        }
        return svg.append("</svg>\n").toString();
    }

    private static double lines(StringBuilder svg, List<String> lines, double x, double y, boolean bold, String colour,
            TextMeasure measure) {
        double at = y;
        for (String line : lines) {
            svg.append(text(x, at, line, bold, colour));
            at += measure.lineHeight();
        }
        return at;
    }

    private static String text(double x, double y, String text, boolean bold, String colour) {
        return String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>%s</text>\n", x, y, colour,
                bold ? " font-weight=\"bold\"" : "", escape(text));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
