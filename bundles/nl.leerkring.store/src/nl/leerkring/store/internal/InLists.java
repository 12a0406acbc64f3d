package nl.leerkring.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lists of ids asked for with {@code IN (...)}: in batches of at most {@value #BATCH}, each padded to
 * one of a few lengths by repeating its last id (which asks for nothing more). Derby compiles every
 * statement text it has not seen before, which takes milliseconds to tens of them; unpadded, each new
 * length was a new text, and the first owner or group with that many actions paid for it.
 */
final class InLists {

    /** How many ids one {@code IN (...)} asks for at most; a statement's list stays short. */
    static final int BATCH = 50;
    private static final int[] LENGTHS = { 1, 2, 4, 8, 16, 32, BATCH };

    private InLists() {
    }

    /** The ids in batches of at most {@link #BATCH}, each padded to the next of a few lengths. */
    static List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            int length = java.util.Arrays.stream(LENGTHS).filter(l -> l >= batch.size()).findFirst().orElseThrow();
            batch.addAll(Collections.nCopies(length - batch.size(), batch.get(batch.size() - 1)));
            batches.add(batch);
        }
        return batches;
    }

    /** "?, ?, ?" for an {@code IN} list of {@code count} values. */
    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Binds the values to the statement's parameters, from the first on. */
    static void bind(PreparedStatement query, List<String> values) throws SQLException {
        for (int n = 0; n < values.size(); n++) {
            query.setString(n + 1, values.get(n));
        }
    }
}
