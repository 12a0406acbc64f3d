package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import nl.leerkring.core.StoreConflictException;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.StatusChange;

/**
 * The SQL that changes an action's lifecycle: its status with the change in its history, its
 * progress notes, a hand-over to another owner; each guarded against a copy that is out of date.
 * Runs inside the store's transactions; {@link ActionRows} reads what this writes.
 */
public final class ActionWrites {

    private ActionWrites() {
    }

    /** The lifecycle part of a new action (its item and owner row are written by the caller). */
    public static void insertLifecycle(Connection connection, Action action) throws SQLException {
        update(connection, action, null);
        if (!action.getMarks().isEmpty()) {
            writeValue(connection, action);
        }
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

    /**
     * The value codes the review gave the action (its marks). Apart from {@link #update}: an owner may
     * change their action's status, but the value is coded by the group's facilitator in a review.
     */
    public static void writeValue(Connection connection, Action action) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE lk_action SET value_codes = ? WHERE item_id = ?")) {
            update.setString(1, ActionValue.write(action.getMarks()));
            update.setString(2, action.getId());
            update.executeUpdate();
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
