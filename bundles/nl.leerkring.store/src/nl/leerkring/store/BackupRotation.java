package nl.leerkring.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the last {@code days} days that have one, and the
 * newest of each of the last {@code weeks} weeks that have one. The rest may go.
 */
public record BackupRotation(int days, int weeks) {

    /** Seven daily and four weekly backups. */
    public static final BackupRotation DEFAULT = new BackupRotation(7, 4);

    public Set<LocalDateTime> keep(List<LocalDateTime> backups) {
        List<LocalDateTime> newestFirst = backups.stream().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> kept = new LinkedHashSet<>();
        Set<LocalDate> daysSeen = new LinkedHashSet<>();
        Set<Long> weeksSeen = new LinkedHashSet<>();
        for (LocalDateTime backup : newestFirst) {
            if (daysSeen.size() < days && daysSeen.add(backup.toLocalDate())) {
                kept.add(backup);
            }
            long week = backup.get(IsoFields.WEEK_BASED_YEAR) * 100L + backup.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeksSeen.size() < weeks && weeksSeen.add(week)) {
                kept.add(backup);
            }
        }
        return kept;
    }
}
