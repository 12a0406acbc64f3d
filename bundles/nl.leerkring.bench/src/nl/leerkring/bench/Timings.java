package nl.leerkring.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Samples of one measured operation, in nanoseconds, and their percentiles. */
final class Timings {

    private final List<Long> samples = new ArrayList<>();

    /** Times {@code operation} once and keeps the sample. */
    <T> T time(java.util.function.Supplier<T> operation) {
        long start = System.nanoTime();
        T result = operation.get();
        samples.add(System.nanoTime() - start);
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
