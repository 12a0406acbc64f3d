package nl.leerkring.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.w3c.dom.Document;

import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.Protocols;
import nl.leerkring.diagram.FlowDiagram;
import nl.leerkring.diagram.FlowLayout;
import nl.leerkring.diagram.FlowSvg;
import nl.leerkring.diagram.TextMeasure;
import nl.leerkring.model.Protocol;

/** The flow diagram of every built-in protocol, laid out by ELK: boxes apart, steps inside their phase, arrows where they belong. */
class FlowLayoutTest {

    private static List<Protocol> builtIn() throws InterruptedException {
        ServiceTracker<ProtocolSource, ProtocolSource> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(FlowLayoutTest.class).getBundleContext(), ProtocolSource.class, null);
        tracker.open();
        ProtocolSource source = tracker.waitForService(10_000);
        assertNotNull(source, "the built-in protocols");
        return source.protocols();
    }

    private static boolean overlap(double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh) {
        return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
    }

    private static boolean inside(FlowDiagram.StepBox step, FlowDiagram.PhaseBox phase) {
        return step.x() >= phase.x() && step.y() >= phase.y() + FlowLayout.PHASE_HEADER - 1
                && step.x() + step.width() <= phase.x() + phase.width() + 0.5
                && step.y() + step.height() <= phase.y() + phase.height() + 0.5;
    }

    private static boolean near(FlowDiagram.Point point, FlowDiagram.StepBox box) {
        double slack = 2;
        return point.x() >= box.x() - slack && point.x() <= box.x() + box.width() + slack
                && point.y() >= box.y() - slack && point.y() <= box.y() + box.height() + slack;
    }

    @Test
    void everyBuiltInProtocolIsLaidOutWithoutOverlappingBoxes() throws InterruptedException {
        List<Protocol> protocols = builtIn();
        assertTrue(protocols.size() >= 20, "the whole library");
        for (Protocol protocol : protocols) {
            String id = protocol.getId();
            FlowDiagram diagram = FlowLayout.layout(protocol, TextMeasure.ESTIMATE);
            List<FlowDiagram.StepBox> steps = diagram.steps();
            assertEquals(Protocols.steps(protocol).size(), steps.size(), id);
            assertEquals(protocol.getPhases().size(), diagram.phases().size(), id);
            for (int i = 0; i < steps.size(); i++) {
                FlowDiagram.StepBox a = steps.get(i);
                assertTrue(a.width() > 0 && a.height() > 0, id);
                assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= diagram.width()
                        && a.y() + a.height() <= diagram.height(), id + ": inside the diagram");
                for (int j = i + 1; j < steps.size(); j++) {
                    FlowDiagram.StepBox b = steps.get(j);
                    assertFalse(overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()),
                            id + ": " + a.step().getId() + " overlaps " + b.step().getId());
                }
                FlowDiagram.PhaseBox phase = diagram.phases().stream()
                        .filter(p -> p.phase() == a.step().eContainer()).findFirst().orElseThrow();
                assertTrue(inside(a, phase), id + ": " + a.step().getId() + " inside its phase");
            }
            for (int i = 0; i < diagram.phases().size(); i++) {
                for (int j = i + 1; j < diagram.phases().size(); j++) {
                    FlowDiagram.PhaseBox a = diagram.phases().get(i);
                    FlowDiagram.PhaseBox b = diagram.phases().get(j);
                    assertFalse(overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()),
                            id + ": phases " + a.phase().getId() + " and " + b.phase().getId() + " overlap");
                }
            }
            long followUps = diagram.edges().stream().filter(FlowDiagram.Edge::followUp).count();
            assertEquals(protocol.isFollowUpReview() && steps.size() > 1 ? 1 : 0, followUps, id);
            assertEquals(steps.size() - 1 + followUps, diagram.edges().size(), id);
            for (FlowDiagram.Edge edge : diagram.edges()) {
                assertTrue(edge.points().size() >= 2, id);
                assertTrue(near(edge.points().get(0), diagram.box(edge.from()).orElseThrow()), id + ": arrow starts at its step");
                assertTrue(near(edge.points().get(edge.points().size() - 1), diagram.box(edge.to()).orElseThrow()),
                        id + ": arrow ends at its step");
            }
            FlowDiagram.StepBox first = steps.get(0);
            assertEquals(first.step(), diagram.stepAt(first.x() + 5, first.y() + 5).orElseThrow().step(), "hit test");
        }
    }

    @Test
    void theSvgIsWellFormedWithABoxPerStepAndPhase() throws Exception {
        Protocol actieleren = builtIn().stream().filter(p -> p.getId().equals("actieleren")).findFirst().orElseThrow();
        FlowDiagram diagram = FlowLayout.layout(actieleren, TextMeasure.ESTIMATE);
        String svg = FlowSvg.write(diagram, TextMeasure.ESTIMATE);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(1 + diagram.phases().size() + diagram.steps().size(), document.getElementsByTagName("rect").getLength());
        assertEquals(diagram.edges().size(), document.getElementsByTagName("polyline").getLength());
        assertTrue(svg.contains("Casus en ontwikkelingsvraag"));
        assertTrue(svg.contains("volgende keer: terugblik"), "the follow-up arrow is labelled");
    }
}
