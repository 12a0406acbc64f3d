package nl.leerkring.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Samples of one measured operation, in nanoseconds, and their percentiles. The first
 * {@value #WARM_UP} runs warm the code up (class loading, the compiler, Derby's statement cache)
 * and are not kept: the figures are of a screen used before, as in the issue's own measurements.
 */
final class Timings {

    static final int WARM_UP = 5;

    private final List<Long> samples = new ArrayList<>();
    private int runs;

    /** Times {@code operation} once and keeps the sample, after the warm-up runs. */
    <T> T time(java.util.function.Supplier<T> operation) {
        long start = System.nanoTime();
        T result = operation.get();
        long took = System.nanoTime() - start;
        if (++runs > WARM_UP) {
            samples.add(took);
        }
        return result;
    }

    void time(Runnable operation) {
        time(() -> {
            operation.run();
            return null;
        });
    }

    /** The percentile ({@code 0 < p <= 100}) in milliseconds, nearest rank. */
    double millis(double p) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    int count() {
        return samples.size();
    }
}
