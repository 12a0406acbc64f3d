package nl.leerkring.reports.charts;

import java.util.List;

/**
 * The numbers behind one chart, drawn the same way in the HTML report (SVG), the PDF (vector) and
 * the Reeks part (SWT): one bar per category, its series side by side in one bar when stacked, and
 * optionally a target per category (a step's timebox) drawn as a mark across the bar.
 *
 * @param unit       written after each value ("%", " min"), empty for counts
 * @param targets    one per category, or empty; null entries have no target
 * @param fixedMax   the axis' end when the scale is fixed (100 for a percentage), else null
 */
public record Chart(String title, String unit, List<String> categories, List<Series> series, List<Double> targets,
        String targetLabel, boolean stacked, Double fixedMax) {

    /** One kind of value, in its own colour; one value per category. */
    public record Series(String name, int rgb, List<Double> values) {
    }

    /** The bar's whole length for a category: the sum when stacked, else the largest value. */
    public double total(int category) {
        double total = 0;
        for (Series s : series) {
            double value = s.values().get(category);
            total = stacked ? total + value : Math.max(total, value);
        }
        return total;
    }

    /** The target for a category, or null. */
    public Double target(int category) {
        return targets.isEmpty() ? null : targets.get(category);
    }

    /** Whether there is anything to draw. */
    public boolean isEmpty() {
        return categories.isEmpty();
    }
}
