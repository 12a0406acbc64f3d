package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.leerkring.core.StoreConflictException;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.StatusChange;

/**
 * The SQL of the action lifecycle: the lk_action columns beyond owner and due date, the history
 * (lk_action_change) and the progress notes (lk_action_note). Runs inside the store's transactions.
 */
public final class ActionRows {

    /** Which actions a query reads by a condition on the action and its session: the group's leavers'. */
    public enum Filter {
        /** The group's actions whose owner has left it. */
        LEFT_GROUP("s.group_name = ? AND EXISTS (SELECT 1 FROM lk_membership m WHERE m.group_id = s.group_id"
                + " AND m.person_id = a.owner_id AND m.left_on IS NOT NULL)");

        private final String where;

        Filter(String where) {
            this.where = where;
        }
    }

    private static final String FROM = " FROM lk_action a JOIN lk_item i ON i.id = a.item_id"
            + " JOIN lk_session s ON s.id = i.session_id WHERE ";

    private ActionRows() {
    }

    /** The actions with the sessions they were made in, oldest session first, with notes and history. */
    public static List<ActionRecord> read(Connection connection, Filter filter, String... values) throws SQLException {
        Map<String, ActionRecord> records = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ItemRows.ITEM_COLUMNS
                + ", s.id, s.title, s.group_name, s.session_date" + FROM + filter.where
                + " ORDER BY s.session_date, s.updated_at, i.seq")) {
            bind(query, values);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Action action = (Action) ItemRows.item(rs);
                    records.put(action.getId(), new ActionRecord(action, rs.getString(17), rs.getString(18),
                            rs.getString(19), SessionRows.localDate(rs.getDate(20))));
                }
            }
        }
        Map<String, Action> actions = new LinkedHashMap<>();
        records.forEach((id, record) -> actions.put(id, record.action()));
        readHistory(connection, actions);
        return new ArrayList<>(records.values());
    }

    /** A session's place in a group's series and an item's in its session: how the group's actions are ordered. */
    private record Placed(ActionRecord record, java.sql.Timestamp updated, int seq) {
    }

    /** What an action record tells of the session it was made in, and when that session last changed. */
    private record Held(String id, String title, String group, java.time.LocalDate date, java.sql.Timestamp updated) {

        Placed place(Action action, int seq) {
            return new Placed(new ActionRecord(action, id, title, group, date), updated, seq);
        }
    }

    /**
     * The group's actions, or only those still open and those changed in session {@code answeredIn}:
     * the group's sessions first, then each session's actions by an equality on an indexed column.
     * Every step is an index lookup whatever the database knows of its tables (Derby without
     * statistics planned the one query with a join over every action), and none grows with the
     * rest of the archive.
     */
    public static List<ActionRecord> ofGroup(Connection connection, String group, boolean openOnly, String answeredIn)
            throws SQLException {
        List<Held> sessions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, title, group_name, session_date, updated_at FROM lk_session WHERE group_name = ?")) {
            query.setString(1, group);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sessions.add(new Held(rs.getString(1), rs.getString(2), rs.getString(3),
                            SessionRows.localDate(rs.getDate(4)), rs.getTimestamp(5)));
                }
            }
        }
        java.util.Set<String> answered = openOnly && answeredIn != null
                ? new java.util.HashSet<>(ids(connection, "SELECT action_id FROM lk_action_change WHERE session_id = ?", answeredIn))
                : java.util.Set.of();
        List<Placed> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ItemRows.ITEM_COLUMNS
                + ", i.seq FROM lk_action a JOIN lk_item i ON i.id = a.item_id WHERE a.session_id = ?")) {
            for (Held session : sessions) {
                query.setString(1, session.id());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Action action = (Action) ItemRows.item(rs);
                        if (!openOnly || ActionLifecycle.isOpen(action.getStatus()) || answered.contains(action.getId())) {
                            found.add(session.place(action, rs.getInt(17)));
                        }
                    }
                }
            }
        }
        return inOrderWithHistory(connection, found);
    }

    /**
     * The owner's actions, by an equality on lk_action's owner index; each session they were made in
     * is then read by its key, once. Nothing joins a whole table.
     */
    public static List<ActionRecord> ofOwner(Connection connection, String owner) throws SQLException {
        record Found(Action action, String sessionId, int seq) {
        }
        List<Found> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ItemRows.ITEM_COLUMNS
                + ", i.seq, a.session_id FROM lk_action a JOIN lk_item i ON i.id = a.item_id WHERE a.owner_name = ?")) {
            query.setString(1, owner);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Found((Action) ItemRows.item(rs), rs.getString(18), rs.getInt(17)));
                }
            }
        }
        Map<String, Held> sessions = new java.util.HashMap<>();
        List<Placed> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT title, group_name, session_date, updated_at FROM lk_session WHERE id = ?")) {
            for (Found row : rows) {
                Held session = sessions.get(row.sessionId());
                if (session == null) {
                    query.setString(1, row.sessionId());
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        session = new Held(row.sessionId(), rs.getString(1), rs.getString(2),
                                SessionRows.localDate(rs.getDate(3)), rs.getTimestamp(4));
                    }
                    sessions.put(row.sessionId(), session);
                }
                found.add(session.place(row.action(), row.seq()));
            }
        }
        return inOrderWithHistory(connection, found);
    }

    /** Oldest session first, then by place in the session; with each action's history and notes. */
    private static List<ActionRecord> inOrderWithHistory(Connection connection, List<Placed> found) throws SQLException {
        found.sort(java.util.Comparator.comparing((Placed p) -> p.record().sessionDate(),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(Placed::updated).thenComparingInt(Placed::seq));
        Map<String, Action> actions = new LinkedHashMap<>();
        found.forEach(p -> actions.put(p.record().action().getId(), p.record().action()));
        readHistory(connection, actions);
        return found.stream().map(Placed::record).toList();
    }

    private static List<String> ids(Connection connection, String sql, String value) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement query, String... values) throws SQLException {
        for (int n = 0; n < values.length; n++) {
            query.setString(n + 1, values[n]);
        }
    }

    /** Outcome, learning, reason, carry-over count and follows-id from the columns starting at {@code column}. */
    public static void fillLifecycle(Action action, ResultSet rs, int column) throws SQLException {
        action.setOutcome(rs.getString(column));
        action.setLearning(rs.getString(column + 1));
        String reason = rs.getString(column + 2);
        action.setReason(reason == null ? ActionReason.NONE : ActionReason.get(reason));
        action.setCarryOverCount(rs.getInt(column + 3));
        action.setFollowsActionId(rs.getString(column + 4));
    }

    /** The lifecycle columns, for a SELECT joined with lk_action as {@code a}. */
    public static final String LIFECYCLE_COLUMNS = "a.outcome, a.learning, a.reason, a.carry_over_count, a.follows_action_id";

    /** How many actions one query of history or notes asks for; a statement's list of ids stays short. */
    private static final int BATCH = 50;

    /**
     * Adds history and notes to the actions, asked for by their ids (the primary key's first column)
     * in batches: as quick as the actions are few, whichever filter found them.
     */
    public static void readHistory(Connection connection, Map<String, Action> actions) throws SQLException {
        List<String> ids = new ArrayList<>(actions.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            String marks = marks(batch.size());
            try (PreparedStatement query = connection.prepareStatement("SELECT c.action_id, c.changed_at, c.changed_by,"
                    + " c.from_status, c.to_status, c.reason, c.session_id FROM lk_action_change c"
                    + " WHERE c.action_id IN (" + marks + ") ORDER BY c.action_id, c.seq")) {
                bind(query, batch.toArray(String[]::new));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        StatusChange change = LeerkringFactory.eINSTANCE.createStatusChange();
                        change.setAt(rs.getTimestamp(2).toInstant());
                        change.setBy(rs.getString(3));
                        change.setFrom(ActionStatus.get(rs.getString(4)));
                        change.setTo(ActionStatus.get(rs.getString(5)));
                        change.setReason(rs.getString(6));
                        change.setSessionId(rs.getString(7));
                        actions.get(rs.getString(1)).getHistory().add(change);
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT n.action_id, n.noted_at, n.author, n.body"
                    + " FROM lk_action_note n WHERE n.action_id IN (" + marks + ") ORDER BY n.action_id, n.seq")) {
                bind(query, batch.toArray(String[]::new));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ProgressNote note = LeerkringFactory.eINSTANCE.createProgressNote();
                        note.setAt(rs.getTimestamp(2).toInstant());
                        note.setAuthor(rs.getString(3));
                        note.setText(rs.getString(4));
                        actions.get(rs.getString(1)).getNotes().add(note);
                    }
                }
            }
        }
    }

    public static List<String> owners(Connection connection) throws SQLException {
        List<String> owners = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT owner_name FROM lk_action ORDER BY owner_name");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
        }
        return owners;
    }

    /** The lifecycle part of a new action (its item and owner row are written by the caller). */
    public static void insertLifecycle(Connection connection, Action action) throws SQLException {
        update(connection, action, null);
        int seq = 0;
        for (StatusChange change : action.getHistory()) {
            insertChange(connection, action.getId(), seq++, change);
        }
        seq = 0;
        for (ProgressNote note : action.getNotes()) {
            insertNote(connection, action.getId(), seq++, note);
        }
    }

    /**
     * Stores the changed action and its changes, provided the stored action is still the one the copy
     * was made from (same status, same history): two views or two clients may hold copies of one
     * action, and the later one must not silently undo the earlier.
     */
    public static void saveChange(Connection connection, Action action, List<StatusChange> changes)
            throws SQLException {
        if (update(connection, action, changes.isEmpty() ? null : changes.get(0).getFrom()) != 1) {
            throw new StoreConflictException(Messages.Store_ActionChanged);
        }
        // The history is the action's version: the copy must have seen every change stored so far.
        int seq = next(connection, "lk_action_change", action.getId());
        if (seq != action.getHistory().size() - changes.size()) {
            throw new StoreConflictException(Messages.Store_ActionChanged);
        }
        for (StatusChange change : changes) {
            insertChange(connection, action.getId(), seq++, change);
        }
    }

    /** The new owner, linked to their person, and the hand-over as the last change of the history. */
    public static void handOver(Connection connection, Action action, StatusChange handOver) throws SQLException {
        int seq = next(connection, "lk_action_change", action.getId());
        if (seq != action.getHistory().size() - 1) {
            throw new StoreConflictException(Messages.Store_ActionChanged);
        }
        String sessionId;
        try (PreparedStatement update = connection.prepareStatement("UPDATE lk_action SET owner_name = ? WHERE item_id = ?");
                PreparedStatement query = connection.prepareStatement("SELECT session_id FROM lk_item WHERE id = ?")) {
            update.setString(1, action.getOwner());
            update.setString(2, action.getId());
            if (update.executeUpdate() != 1) {
                throw new StoreConflictException(Messages.Store_ActionChanged);
            }
            query.setString(1, action.getId());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                sessionId = rs.getString(1);
            }
        }
        action.setOwnerId(GroupRows.linkOwner(connection, sessionId, action.getId(), action.getOwner()));
        insertChange(connection, action.getId(), seq, handOver);
    }

    public static void addNote(Connection connection, String actionId, ProgressNote note) throws SQLException {
        insertNote(connection, actionId, next(connection, "lk_action_note", actionId), note);
    }

    /** Updates the action's row; with {@code expected} only while the stored status is that one. */
    private static int update(Connection connection, Action action, ActionStatus expected) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE lk_action SET status = ?, due_date = ?,"
                + " outcome = ?, learning = ?, reason = ?, carry_over_count = ?, follows_action_id = ?"
                + " WHERE item_id = ?" + (expected == null ? "" : " AND status = ?"))) {
            update.setString(1, action.getStatus().getName());
            update.setDate(2, action.getDueDate() == null ? null : Date.valueOf(action.getDueDate()));
            update.setString(3, action.getOutcome());
            update.setString(4, action.getLearning());
            update.setString(5, action.getReason() == ActionReason.NONE ? null : action.getReason().getName());
            update.setInt(6, action.getCarryOverCount());
            update.setString(7, action.getFollowsActionId());
            update.setString(8, action.getId());
            if (expected != null) {
                update.setString(9, expected.getName());
            }
            return update.executeUpdate();
        }
    }

    private static int next(Connection connection, String table, String actionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(MAX(seq) + 1, 0) FROM " + table + " WHERE action_id = ?")) {
            query.setString(1, actionId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void insertChange(Connection connection, String actionId, int seq, StatusChange change)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lk_action_change (action_id, seq,"
                + " changed_at, changed_by, from_status, to_status, reason, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, actionId);
            insert.setInt(2, seq);
            insert.setTimestamp(3, Timestamps.of(change.getAt()));
            insert.setString(4, change.getBy());
            insert.setString(5, change.getFrom().getName());
            insert.setString(6, change.getTo().getName());
            insert.setString(7, change.getReason());
            insert.setString(8, change.getSessionId());
            insert.executeUpdate();
        }
    }

    private static void insertNote(Connection connection, String actionId, int seq, ProgressNote note)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lk_action_note (action_id, seq, noted_at, author, body) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, actionId);
            insert.setInt(2, seq);
            insert.setTimestamp(3, Timestamps.of(note.getAt()));
            insert.setString(4, note.getAuthor());
            insert.setString(5, note.getText());
            insert.executeUpdate();
        }
    }
}
