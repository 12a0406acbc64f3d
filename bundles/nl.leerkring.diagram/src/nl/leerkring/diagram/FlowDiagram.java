package nl.leerkring.diagram;

import java.util.List;
import java.util.Optional;

import nl.leerkring.model.Phase;
import nl.leerkring.model.Step;

/**
 * A protocol's flow, laid out: phases as groups, steps as boxes with their texts, arrows from step to
 * step, and the follow-up arrow from the last step back to the first. Coordinates are absolute, in
 * pixels, origin top left.
 */
public record FlowDiagram(double width, double height, List<PhaseBox> phases, List<StepBox> steps, List<Edge> edges) {

    public record PhaseBox(Phase phase, String name, double x, double y, double width, double height) {
    }

    /**
     * @param title   the step's title, broken into lines that fit the box
     * @param details timebox, roles and rounds, broken into lines
     */
    public record StepBox(Step step, List<String> title, List<String> details, double x, double y, double width,
            double height) {

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /** An arrow; {@code followUp} marks the one back to the start for the group's next session. */
    public record Edge(Step from, Step to, List<Point> points, boolean followUp) {

        /**
         * Where the arrow's label goes: the middle of its longest straight piece, which is where there
         * is room for words; {@code vertical} says the text should run upwards along it.
         */
        public LabelPlace labelPlace() {
            Point a = points.get(0);
            Point b = points.get(Math.min(1, points.size() - 1));
            double longest = -1;
            for (int i = 0; i + 1 < points.size(); i++) {
                Point p = points.get(i);
                Point q = points.get(i + 1);
                double length = Math.abs(q.x() - p.x()) + Math.abs(q.y() - p.y());
                if (length > longest) {
                    longest = length;
                    a = p;
                    b = q;
                }
            }
            return new LabelPlace((a.x() + b.x()) / 2, (a.y() + b.y()) / 2, Math.abs(b.y() - a.y()) > Math.abs(b.x() - a.x()));
        }
    }

    /** The middle of an arrow's longest piece, and whether that piece runs up or down. */
    public record LabelPlace(double x, double y, boolean vertical) {
    }

    public record Point(double x, double y) {
    }

    /** The step whose box is at the point, for clicks. */
    public Optional<StepBox> stepAt(double x, double y) {
        return steps.stream().filter(box -> box.contains(x, y)).findFirst();
    }

    public Optional<StepBox> box(Step step) {
        return steps.stream().filter(box -> box.step() == step).findFirst();
    }
}
