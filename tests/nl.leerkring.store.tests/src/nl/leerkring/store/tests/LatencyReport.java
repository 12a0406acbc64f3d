package nl.leerkring.store.tests;

import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how long a store call took, as a benchmark harness does: figures to read, never a limit to
 * assert (the machine running the tests decides the numbers).
 */
final class LatencyReport {

    private final String what;
    private final long[] nanos;
    private int count;

    LatencyReport(String what, int calls) {
        this.what = what;
        this.nanos = new long[calls];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    void print() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        System.out.println(String.format(Locale.ROOT, "LATENCY %s: %d calls, median %.2f ms, p95 %.2f ms, max %.2f ms",
                what, count, ms(sorted[count / 2]), ms(sorted[(int) (count * 0.95)]), ms(sorted[count - 1])));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
