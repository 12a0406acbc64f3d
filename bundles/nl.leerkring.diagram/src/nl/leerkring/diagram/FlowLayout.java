package nl.leerkring.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Protocols;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Role;
import nl.leerkring.model.Step;

/**
 * Lays a protocol out as a flow diagram with the Eclipse Layout Kernel's layered algorithm: top to
 * bottom, each phase a group around its steps. Headless: the caller draws the result.
 */
public final class FlowLayout {

    /** Width of a step box; its height follows from the text. */
    public static final double STEP_WIDTH = 240;
    /** Inner margin of a step box. */
    public static final double MARGIN = 10;
    /** Room at the top of a phase group for its name. */
    public static final double PHASE_HEADER = 30;

    private static final String LAYERED = "org.eclipse.elk.layered";

    static {
        // Outside an Eclipse workbench nothing registers ELK's algorithms: do it once, here.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private FlowLayout() {
    }

    public static FlowDiagram layout(Protocol protocol, TextMeasure measure) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LAYERED);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        // Room on the left for the follow-up arrow's words, which run up along it.
        root.setProperty(CoreOptions.PADDING, new ElkPadding(16, 16, 16, 16 + measure.lineHeight()));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);

        Map<Phase, ElkNode> phaseNodes = new IdentityHashMap<>();
        Map<Step, ElkNode> stepNodes = new IdentityHashMap<>();
        Map<Step, List<String>[]> texts = new IdentityHashMap<>();
        for (Phase phase : protocol.getPhases()) {
            ElkNode group = ElkGraphUtil.createNode(root);
            group.setProperty(CoreOptions.PADDING, new ElkPadding(PHASE_HEADER, 14, 14, 14 + measure.lineHeight()));
            phaseNodes.put(phase, group);
            for (Step step : phase.getSteps()) {
                List<String> title = wrap(Protocols.text(step.getTitle()), true, measure);
                List<String> details = wrap(details(protocol, step), false, measure);
                @SuppressWarnings("unchecked")
                List<String>[] both = new List[] { title, details };
                texts.put(step, both);
                ElkNode node = ElkGraphUtil.createNode(group);
                node.setDimensions(STEP_WIDTH, 2 * MARGIN + 4 + (title.size() + details.size()) * measure.lineHeight());
                stepNodes.put(step, node);
            }
        }
        List<Step> steps = Protocols.steps(protocol);
        // In order of the steps, so the drawing and the SVG come out the same every time.
        Map<ElkEdge, Step[]> edges = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < steps.size(); i++) {
            edges.put(ElkGraphUtil.createSimpleEdge(stepNodes.get(steps.get(i)), stepNodes.get(steps.get(i + 1))),
                    new Step[] { steps.get(i), steps.get(i + 1) });
        }
        ElkEdge followUp = null;
        if (protocol.isFollowUpReview() && steps.size() > 1) {
            followUp = ElkGraphUtil.createSimpleEdge(stepNodes.get(steps.get(steps.size() - 1)), stepNodes.get(steps.get(0)));
            edges.put(followUp, new Step[] { steps.get(steps.size() - 1), steps.get(0) });
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<FlowDiagram.PhaseBox> phaseBoxes = new ArrayList<>();
        phaseNodes.forEach((phase, node) -> phaseBoxes.add(new FlowDiagram.PhaseBox(phase, Protocols.text(phase.getName()),
                absoluteX(node), absoluteY(node), node.getWidth(), node.getHeight())));
        phaseBoxes.sort((a, b) -> Double.compare(a.y(), b.y()));
        List<FlowDiagram.StepBox> stepBoxes = new ArrayList<>();
        for (Step step : steps) {
            ElkNode node = stepNodes.get(step);
            stepBoxes.add(new FlowDiagram.StepBox(step, texts.get(step)[0], texts.get(step)[1], absoluteX(node),
                    absoluteY(node), node.getWidth(), node.getHeight()));
        }
        List<FlowDiagram.Edge> arrows = new ArrayList<>();
        for (Map.Entry<ElkEdge, Step[]> entry : edges.entrySet()) {
            arrows.add(new FlowDiagram.Edge(entry.getValue()[0], entry.getValue()[1], points(entry.getKey()),
                    entry.getKey() == followUp));
        }
        return new FlowDiagram(root.getWidth(), root.getHeight(), phaseBoxes, stepBoxes, arrows);
    }

    /** "10 min · Inbrenger, Deelnemer · per deelnemer". */
    private static String details(Protocol protocol, Step step) {
        List<String> parts = new ArrayList<>();
        parts.add(NLS.bind(Messages.Diagram_Minutes, step.getTimeboxMinutes()));
        if (!step.getActiveRoles().isEmpty()) {
            parts.add(step.getActiveRoles().stream().map(Role::getName).map(Protocols::text).collect(Collectors.joining(", ")));
        }
        if (step.isRepeatPerParticipant()) {
            parts.add(Messages.Diagram_Round);
        }
        if (step.isSkippable()) {
            parts.add(Messages.Diagram_Optional);
        }
        return String.join(" \u00b7 ", parts);
    }

    /** Breaks text into lines that fit inside a step box. */
    static List<String> wrap(String text, boolean bold, TextMeasure measure) {
        double room = STEP_WIDTH - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.width(candidate, bold) > room) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** An edge's route in absolute coordinates; ELK gives it relative to the node that contains the edge. */
    private static List<FlowDiagram.Point> points(ElkEdge edge) {
        ElkNode container = edge.getContainingNode();
        double dx = container == null ? 0 : absoluteX(container);
        double dy = container == null ? 0 : absoluteY(container);
        List<FlowDiagram.Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new FlowDiagram.Point(section.getStartX() + dx, section.getStartY() + dy));
            section.getBendPoints().forEach(p -> points.add(new FlowDiagram.Point(p.getX() + dx, p.getY() + dy)));
            points.add(new FlowDiagram.Point(section.getEndX() + dx, section.getEndY() + dy));
        }
        return points;
    }

    private static double absoluteX(ElkNode node) {
        return node.getParent() == null ? 0 : node.getX() + absoluteX(node.getParent());
    }

    private static double absoluteY(ElkNode node) {
        return node.getParent() == null ? 0 : node.getY() + absoluteY(node.getParent());
    }
}
