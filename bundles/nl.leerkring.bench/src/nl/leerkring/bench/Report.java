package nl.leerkring.bench;

import java.io.PrintStream;
import java.util.Locale;

/** The bench's printout: one line a figure, with its goal and whether it is met. */
final class Report {

    private final PrintStream out;
    private int missed;

    Report(PrintStream out) {
        this.out = out;
    }

    void heading(String text) {
        out.println();
        out.println(text);
    }

    void line(String format, Object... values) {
        out.println("  " + String.format(Locale.ROOT, format, values));
    }

    /** A query's p50/p95/p99, against a goal for its p95 unless the goal is NaN (a figure to compare only). */
    void percentiles(String what, Timings timings, double goalP95Millis) {
        String figure = String.format(Locale.ROOT, "%-36s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  (n=%d)", what,
                timings.millis(50), timings.millis(95), timings.millis(99), timings.count());
        if (Double.isNaN(goalP95Millis)) {
            out.println("  " + figure);
        } else {
            verdict(timings.millis(95) <= goalP95Millis, figure, String.format(Locale.ROOT, "p95 <= %.0f ms", goalP95Millis));
        }
    }

    /** A figure with its goal: OK or MISSED at the end of the line. */
    void verdict(boolean met, String figure, String goal) {
        if (!met) {
            missed++;
        }
        out.println("  " + figure + "   goal " + goal + ": " + (met ? "OK" : "MISSED"));
    }

    /** How many goals were missed. */
    int missed() {
        return missed;
    }
}
