package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.StoreConflictException;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Item;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StepTime;

/**
 * The SQL of sessions, their participants, items and step times. A session is written as a whole by
 * one client at a time: every write first claims the session row by raising its version, and only if
 * the version is still the one this client last saw; so a change made meanwhile by another client of
 * a team database is never silently overwritten.
 */
public final class SessionRows {

    /** The version of each session this client last read or wrote. */
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();

    /** Remembers the version a committed write left. */
    public void saw(String sessionId, int version) {
        seen.put(sessionId, version);
    }

    public int create(Connection c, Session session) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_session (id, protocol_id,"
                + " protocol_version, title, session_date, status, current_step, updated_at, group_name,"
                + " start_time, action_review, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setString(1, session.getId());
            insert.setString(2, session.getProtocolId());
            insert.setInt(3, session.getProtocolVersion());
            insert.setString(4, session.getTitle());
            insert.setDate(5, session.getDate() == null ? null : Date.valueOf(session.getDate()));
            insert.setString(6, session.getStatus().getName());
            insert.setInt(7, session.getCurrentStep());
            insert.setTimestamp(8, Timestamp.from(session.getUpdatedAt()));
            insert.setString(9, session.getGroup());
            insert.setTime(10, session.getStartTime() == null ? null : Time.valueOf(session.getStartTime()));
            insert.setInt(11, session.isActionReview() ? 1 : 0);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO lk_participant (session_id, seq, name, role_id) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (Participant participant : session.getParticipants()) {
                insert.setString(1, session.getId());
                insert.setInt(2, seq++);
                insert.setString(3, participant.getName());
                insert.setString(4, participant.getRoleId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return 0;
    }

    /**
     * Claims the session for this transaction: raises its version and records the time of the change,
     * provided no other client changed it since this one last saw it. The row stays locked until commit.
     *
     * @return the session's new version
     */
    public int claim(Connection c, String sessionId, Instant updatedAt) throws SQLException {
        Integer expected = seen.get(sessionId);
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_session SET row_version = row_version + 1,"
                + " updated_at = ? WHERE id = ?" + (expected == null ? "" : " AND row_version = ?"))) {
            update.setTimestamp(1, Timestamp.from(updatedAt));
            update.setString(2, sessionId);
            if (expected != null) {
                update.setInt(3, expected);
            }
            if (update.executeUpdate() != 1) {
                // The remembered version stays: only reading the session again lets this client write it.
                if (expected != null && version(c, sessionId).isPresent()) {
                    throw new StoreConflictException(Messages.Store_SessionChanged);
                }
                throw new SQLException("no session " + sessionId);
            }
        }
        return version(c, sessionId).orElseThrow();
    }

    private static Optional<Integer> version(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT row_version FROM lk_session WHERE id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    public int saveProgress(Connection c, String sessionId, int currentStep, SessionStatus status, Instant updatedAt)
            throws SQLException {
        int version = claim(c, sessionId, updatedAt);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_session SET current_step = ?, status = ? WHERE id = ?")) {
            update.setInt(1, currentStep);
            update.setString(2, status.getName());
            update.setString(3, sessionId);
            update.executeUpdate();
        }
        return version;
    }

    public int saveActionReview(Connection c, String sessionId, boolean review) throws SQLException {
        Integer expected = seen.get(sessionId);
        // Not a change the group makes: keep the session's time, only raise its version.
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_session SET action_review = ?,"
                + " row_version = row_version + 1 WHERE id = ?" + (expected == null ? "" : " AND row_version = ?"))) {
            update.setInt(1, review ? 1 : 0);
            update.setString(2, sessionId);
            if (expected != null) {
                update.setInt(3, expected);
            }
            if (update.executeUpdate() != 1) {
                throw new StoreConflictException(Messages.Store_SessionChanged);
            }
        }
        return version(c, sessionId).orElseThrow();
    }

    public int addItem(Connection c, String sessionId, Item item, int position, Instant updatedAt)
            throws SQLException {
        int version = claim(c, sessionId, updatedAt);
        shift(c, sessionId, position, 1);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_item (id, session_id, seq,"
                + " step_id, kind_id, body, author, created_at, chosen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, item.getId());
            insert.setString(2, sessionId);
            insert.setInt(3, position);
            insert.setString(4, item.getStepId());
            insert.setString(5, item.getKindId());
            insert.setString(6, item.getText());
            insert.setString(7, item.getAuthor());
            insert.setTimestamp(8, Timestamp.from(item.getCreatedAt()));
            insert.setInt(9, item.isChosen() ? 1 : 0);
            insert.executeUpdate();
        }
        if (item instanceof Action action) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO lk_action (item_id, owner_name, due_date, status) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, action.getId());
                insert.setString(2, action.getOwner());
                insert.setDate(3, action.getDueDate() == null ? null : Date.valueOf(action.getDueDate()));
                insert.setString(4, action.getStatus().getName());
                insert.executeUpdate();
            }
            // Undo puts a removed action back with everything it had.
            ActionRows.insertLifecycle(c, action);
        }
        return version;
    }

    public int removeItem(Connection c, String sessionId, String itemId, Instant updatedAt) throws SQLException {
        int version = claim(c, sessionId, updatedAt);
        int position = seqOf(c, sessionId, itemId);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM lk_item WHERE id = ? AND session_id = ?")) {
            delete.setString(1, itemId);
            delete.setString(2, sessionId);
            expectOneRow(delete.executeUpdate());
        }
        shift(c, sessionId, position + 1, -1);
        return version;
    }

    public int updateItemText(Connection c, String sessionId, String itemId, String text, Instant updatedAt)
            throws SQLException {
        int version = claim(c, sessionId, updatedAt);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_item SET body = ? WHERE id = ? AND session_id = ?")) {
            update.setString(1, text);
            update.setString(2, itemId);
            update.setString(3, sessionId);
            expectOneRow(update.executeUpdate());
        }
        return version;
    }

    public int choose(Connection c, String sessionId, String stepId, String kindId, String itemId, Instant updatedAt)
            throws SQLException {
        int version = claim(c, sessionId, updatedAt);
        try (PreparedStatement clear = c.prepareStatement(
                "UPDATE lk_item SET chosen = 0 WHERE session_id = ? AND step_id = ? AND kind_id = ?")) {
            clear.setString(1, sessionId);
            clear.setString(2, stepId);
            clear.setString(3, kindId);
            clear.executeUpdate();
        }
        if (itemId != null) {
            try (PreparedStatement mark = c.prepareStatement(
                    "UPDATE lk_item SET chosen = 1 WHERE id = ? AND session_id = ?")) {
                mark.setString(1, itemId);
                mark.setString(2, sessionId);
                expectOneRow(mark.executeUpdate());
            }
        }
        return version;
    }

    public int moveItem(Connection c, String sessionId, String itemId, int position, Instant updatedAt)
            throws SQLException {
        int version = claim(c, sessionId, updatedAt);
        int from = seqOf(c, sessionId, itemId);
        // Out of the list (seq -1), close the gap, open one at the new place, and back in.
        try (PreparedStatement park = c.prepareStatement("UPDATE lk_item SET seq = -1 WHERE id = ?")) {
            park.setString(1, itemId);
            park.executeUpdate();
        }
        shift(c, sessionId, from + 1, -1);
        shift(c, sessionId, position, 1);
        try (PreparedStatement place = c.prepareStatement("UPDATE lk_item SET seq = ? WHERE id = ?")) {
            place.setInt(1, position);
            place.setString(2, itemId);
            expectOneRow(place.executeUpdate());
        }
        return version;
    }

    public int saveStepTime(Connection c, String sessionId, StepTime time, Instant updatedAt) throws SQLException {
        int version = claim(c, sessionId, updatedAt);
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_step_time SET elapsed_seconds = ?,"
                + " timebox_seconds = ?, skip_reason = ? WHERE session_id = ? AND step_id = ?")) {
            update.setInt(1, time.getElapsedSeconds());
            update.setInt(2, time.getTimeboxSeconds());
            update.setString(3, time.getSkipReason());
            update.setString(4, sessionId);
            update.setString(5, time.getStepId());
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_step_time (session_id,"
                        + " step_id, elapsed_seconds, timebox_seconds, skip_reason) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, sessionId);
                    insert.setString(2, time.getStepId());
                    insert.setInt(3, time.getElapsedSeconds());
                    insert.setInt(4, time.getTimeboxSeconds());
                    insert.setString(5, time.getSkipReason());
                    insert.executeUpdate();
                }
            }
        }
        return version;
    }

    public static List<SessionSummary> list(Connection c) throws SQLException {
        List<SessionSummary> sessions = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id, session_date, protocol_id,"
                + " protocol_version, title, status, current_step, updated_at, group_name, start_time"
                + " FROM lk_session ORDER BY updated_at DESC");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                sessions.add(new SessionSummary(rs.getString(1), localDate(rs.getDate(2)), rs.getString(3),
                        rs.getInt(4), rs.getString(5), SessionStatus.get(rs.getString(6)), rs.getInt(7),
                        rs.getTimestamp(8).toInstant(), rs.getString(9),
                        rs.getTime(10) == null ? null : rs.getTime(10).toLocalTime()));
            }
        }
        return sessions;
    }

    /** The whole session; remembers the version read, which this client's next write expects. */
    public Optional<Session> load(Connection c, String sessionId) throws SQLException {
        Session session = LeerkringFactory.eINSTANCE.createSession();
        int version;
        try (PreparedStatement query = c.prepareStatement("SELECT protocol_id, protocol_version,"
                + " title, session_date, status, current_step, updated_at, group_name, start_time, action_review,"
                + " row_version FROM lk_session WHERE id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                session.setId(sessionId);
                session.setProtocolId(rs.getString(1));
                session.setProtocolVersion(rs.getInt(2));
                session.setTitle(rs.getString(3));
                session.setDate(localDate(rs.getDate(4)));
                session.setStatus(SessionStatus.get(rs.getString(5)));
                session.setCurrentStep(rs.getInt(6));
                session.setUpdatedAt(rs.getTimestamp(7).toInstant());
                session.setGroup(rs.getString(8));
                session.setStartTime(rs.getTime(9) == null ? null : rs.getTime(9).toLocalTime());
                session.setActionReview(rs.getInt(10) != 0);
                version = rs.getInt(11);
            }
        }
        try (PreparedStatement query = c.prepareStatement(
                "SELECT name, role_id FROM lk_participant WHERE session_id = ? ORDER BY seq")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Participant participant = LeerkringFactory.eINSTANCE.createParticipant();
                    participant.setName(rs.getString(1));
                    participant.setRoleId(rs.getString(2));
                    session.getParticipants().add(participant);
                }
            }
        }
        try (PreparedStatement query = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM lk_item i"
                + " LEFT JOIN lk_action a ON a.item_id = i.id WHERE i.session_id = ? ORDER BY i.seq")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    session.getItems().add(item(rs));
                }
            }
        }
        Map<String, Action> actions = new HashMap<>();
        session.getItems().stream().filter(Action.class::isInstance).map(Action.class::cast)
                .forEach(action -> actions.put(action.getId(), action));
        ActionRows.readHistory(c, actions, ActionRows.Filter.SESSION, sessionId);
        try (PreparedStatement query = c.prepareStatement("SELECT step_id, elapsed_seconds,"
                + " timebox_seconds, skip_reason FROM lk_step_time WHERE session_id = ? ORDER BY step_id")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    StepTime time = LeerkringFactory.eINSTANCE.createStepTime();
                    time.setStepId(rs.getString(1));
                    time.setElapsedSeconds(rs.getInt(2));
                    time.setTimeboxSeconds(rs.getInt(3));
                    time.setSkipReason(rs.getString(4));
                    session.getStepTimes().add(time);
                }
            }
        }
        seen.put(sessionId, version);
        return Optional.of(session);
    }

    /** Where the item stands in its session's list. */
    private static int seqOf(Connection c, String sessionId, String itemId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT seq FROM lk_item WHERE id = ? AND session_id = ?")) {
            query.setString(1, itemId);
            query.setString(2, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no item " + itemId);
                }
                return rs.getInt(1);
            }
        }
    }

    /** Keeps an item's seq equal to its place in the session's list: moves the items from {@code from} on. */
    private static void shift(Connection c, String sessionId, int from, int by) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_item SET seq = seq + ? WHERE session_id = ? AND seq >= ?")) {
            update.setInt(1, by);
            update.setString(2, sessionId);
            update.setInt(3, from);
            update.executeUpdate();
        }
    }

    /** An item's columns, with its action's when it is one: lk_item as {@code i}, lk_action as {@code a}. */
    static final String ITEM_COLUMNS = "i.id, i.step_id, i.kind_id, i.body, i.author, i.created_at, a.owner_name,"
            + " a.due_date, a.status, i.chosen, " + ActionRows.LIFECYCLE_COLUMNS;

    /** The item (or action) in the {@link #ITEM_COLUMNS} of the current row. */
    static Item item(ResultSet rs) throws SQLException {
        Item item;
        String actionStatus = rs.getString(9);
        if (actionStatus != null) {
            Action action = LeerkringFactory.eINSTANCE.createAction();
            action.setOwner(rs.getString(7));
            action.setDueDate(localDate(rs.getDate(8)));
            action.setStatus(ActionStatus.get(actionStatus));
            ActionRows.fillLifecycle(action, rs, 11);
            item = action;
        } else {
            item = LeerkringFactory.eINSTANCE.createItem();
        }
        item.setId(rs.getString(1));
        item.setStepId(rs.getString(2));
        item.setKindId(rs.getString(3));
        item.setText(rs.getString(4));
        item.setAuthor(rs.getString(5));
        item.setCreatedAt(rs.getTimestamp(6).toInstant());
        item.setChosen(rs.getInt(10) != 0);
        return item;
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static void expectOneRow(int count) throws SQLException {
        if (count != 1) {
            throw new SQLException("expected one row, changed " + count);
        }
    }
}
