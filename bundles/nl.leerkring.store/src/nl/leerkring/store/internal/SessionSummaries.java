package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.leerkring.core.SessionSummary;
import nl.leerkring.model.SessionStatus;

/**
 * The SQL that lists sessions (the list, a group's, a period's, the newest ones), counts them and
 * names their groups: summaries, never whole sessions (those are {@link SessionRows#load}). Each
 * read says whose attendance it counts, so the list of a hundred sessions counts none.
 */
public final class SessionSummaries {

    private SessionSummaries() {
    }

    public static List<SessionSummary> list(Connection c) throws SQLException {
        return list(c, null);
    }

    /** The columns of a summary, as {@link #summaries} reads them. */
    private static final String SUMMARY = "SELECT id, session_date, protocol_id, protocol_version, title, status,"
            + " current_step, updated_at, group_name, start_time, trajectory_id, meeting FROM lk_session";

    /**
     * The sessions of one group, or all of them for a null group; the newest change first. The
     * sessions and their attendance are read apart (for a group by its sessions' ids), so neither
     * read joins the other's whole table.
     */
    public static List<SessionSummary> list(Connection c, String group) throws SQLException {
        return group == null ? summaries(c, SUMMARY + " ORDER BY updated_at DESC", List.of(), Attendance.EVERY_SESSION)
                : summaries(c, SUMMARY + " WHERE group_name = ? ORDER BY updated_at DESC", List.of(group), Attendance.THESE);
    }

    /** The group's sessions of a period (dates both included), the newest change first; attendance of those only. */
    public static List<SessionSummary> list(Connection c, String group, LocalDate from, LocalDate until)
            throws SQLException {
        return summaries(c, SUMMARY + " WHERE group_name = ? AND session_date >= ? AND session_date <= ?"
                + " ORDER BY updated_at DESC", List.of(group, Date.valueOf(from), Date.valueOf(until)), Attendance.THESE);
    }

    /**
     * The session list: the sessions still to run or finish (by the status index) and the newest
     * {@code newest} (by the index on the time of change), whatever the archive's size. Without
     * attendance, which the list does not show and which was more than half of reading it.
     */
    public static List<SessionSummary> recent(Connection c, int newest) throws SQLException {
        List<SessionSummary> open = summaries(c, SUMMARY + " WHERE status IN (?, ?, ?)",
                List.of(SessionStatus.PLANNED.getName(), SessionStatus.RUNNING.getName(), SessionStatus.PAUSED.getName()),
                Attendance.NONE);
        List<SessionSummary> latest = summaries(c, SUMMARY + " ORDER BY updated_at DESC FETCH FIRST "
                + Math.max(1, newest) + " ROWS ONLY", List.of(), Attendance.NONE);
        Map<String, SessionSummary> both = new java.util.LinkedHashMap<>();
        latest.forEach(s -> both.put(s.id(), s));
        open.forEach(s -> both.putIfAbsent(s.id(), s));
        return both.values().stream().sorted(java.util.Comparator.comparing(SessionSummary::updatedAt).reversed()).toList();
    }

    public static int count(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM lk_session");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The groups with sessions, by the index on group and time of change: the latest change first. */
    public static List<String> groupNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT group_name, MAX(updated_at) FROM lk_session"
                + " WHERE group_name IS NOT NULL GROUP BY group_name ORDER BY 2 DESC");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Whose attendance a read of summaries counts. */
    private enum Attendance {
        /** Every session's, in one query (the whole archive is read). */
        EVERY_SESSION,
        /** The sessions read, by their ids. */
        THESE,
        /** None: present and members are 0. */
        NONE
    }

    /** The summaries the query selects, with the attendance asked for. */
    private static List<SessionSummary> summaries(Connection c, String sql, List<?> parameters, Attendance asked)
            throws SQLException {
        record Row(String id, LocalDate date, String protocol, int version, String title, SessionStatus status, int step,
                Instant updated, String group, java.time.LocalTime start, String trajectory, int meeting) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int n = 0; n < parameters.size(); n++) {
                query.setObject(n + 1, parameters.get(n));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), SessionRows.localDate(rs.getDate(2)), rs.getString(3), rs.getInt(4),
                            rs.getString(5), SessionStatus.get(rs.getString(6)), rs.getInt(7), rs.getTimestamp(8).toInstant(),
                            rs.getString(9), rs.getTime(10) == null ? null : rs.getTime(10).toLocalTime(), rs.getString(11),
                            rs.getInt(12)));
                }
            }
        }
        Map<String, int[]> attendance = switch (asked) {
            case EVERY_SESSION -> attendance(c, null);
            case THESE -> attendance(c, rows.stream().map(Row::id).toList());
            case NONE -> Map.of();
        };
        List<SessionSummary> sessions = new ArrayList<>();
        for (Row row : rows) {
            int[] counted = attendance.getOrDefault(row.id(), new int[2]);
            sessions.add(new SessionSummary(row.id(), row.date(), row.protocol(), row.version(), row.title(), row.status(),
                    row.step(), row.updated(), row.group(), row.start(), counted[0], counted[1], row.trajectory(),
                    row.meeting()));
        }
        return sessions;
    }

    /** Per session: the members present and the members in all (guests not counted); of all sessions for null. */
    private static Map<String, int[]> attendance(Connection c, List<String> sessionIds) throws SQLException {
        Map<String, int[]> counted = new HashMap<>();
        String sums = "SELECT session_id, SUM(CASE WHEN present = 1 AND guest = 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN guest = 0 THEN 1 ELSE 0 END) FROM lk_participant";
        List<List<String>> batches = sessionIds == null ? java.util.Collections.singletonList(null)
                : InLists.batches(sessionIds);
        for (List<String> batch : batches) {
            try (PreparedStatement query = c.prepareStatement(sums + (batch == null ? ""
                    : " WHERE session_id IN (" + InLists.marks(batch.size()) + ")") + " GROUP BY session_id")) {
                if (batch != null) {
                    InLists.bind(query, batch);
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        counted.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3) });
                    }
                }
            }
        }
        return counted;
    }
}
