package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.leerkring.core.StoreConflictException;
import nl.leerkring.model.Action;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StepTime;

/**
 * The SQL of sessions, their participants and step times (their items are in {@link ItemRows}). A
 * session is written as a whole by one client at a time: every write first claims the session row
 * by raising its version, and only if the version is still the one this client last saw; so a change
 * made meanwhile by another client of a team database is never silently overwritten.
 */
public final class SessionRows {

    /** The version of each session this client last read or wrote. */
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();

    /** Remembers the version a committed write left. */
    public void saw(String sessionId, int version) {
        seen.put(sessionId, version);
    }

    public static void create(Connection c, Session session) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_session (id, protocol_id,"
                + " protocol_version, title, session_date, status, current_step, updated_at, group_name,"
                + " start_time, action_review, trajectory_id, meeting, value_round, case_rounds, row_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setString(1, session.getId());
            insert.setString(2, session.getProtocolId());
            insert.setInt(3, session.getProtocolVersion());
            insert.setString(4, session.getTitle());
            insert.setDate(5, session.getDate() == null ? null : Date.valueOf(session.getDate()));
            insert.setString(6, session.getStatus().getName());
            insert.setInt(7, session.getCurrentStep());
            insert.setTimestamp(8, Timestamps.of(session.getUpdatedAt()));
            insert.setString(9, session.getGroup());
            insert.setTime(10, session.getStartTime() == null ? null : Time.valueOf(session.getStartTime()));
            insert.setInt(11, session.isActionReview() ? 1 : 0);
            insert.setString(12, session.getTrajectoryId());
            insert.setInt(13, session.getMeeting());
            insert.setInt(14, session.isValueRound() ? 1 : 0);
            insert.setInt(15, session.getCaseRounds());
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
        GroupRows.linkSession(c, session);
    }

    /**
     * Claims the session for this transaction: raises its version and records the time of the change
     * (none: the session keeps its time), provided no other client changed it since this one last saw
     * it. The row stays locked until commit.
     *
     * @return the session's new version
     */
    public int claim(Connection c, String sessionId, Instant updatedAt) throws SQLException {
        Integer expected = seen.get(sessionId);
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_session SET row_version = row_version + 1"
                + (updatedAt == null ? "" : ", updated_at = ?") + " WHERE id = ?"
                + (expected == null ? "" : " AND row_version = ?"))) {
            int parameter = 1;
            if (updatedAt != null) {
                update.setTimestamp(parameter++, Timestamps.of(updatedAt));
            }
            update.setString(parameter++, sessionId);
            if (expected != null) {
                update.setInt(parameter, expected);
            }
            if (update.executeUpdate() != 1) {
                // The remembered version stays: only reading the session again lets this client write it.
                if (expected != null && version(c, sessionId).isPresent()) {
                    throw new StoreConflictException(Messages.Store_SessionChanged);
                }
                throw new SQLException("no session " + sessionId);
            }
        }
        // The row had the version expected and now has the next; read it only when none was expected.
        return expected != null ? expected + 1 : version(c, sessionId).orElseThrow();
    }

    private static Optional<Integer> version(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT row_version FROM lk_session WHERE id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    public static void saveProgress(Connection c, String sessionId, int currentStep, SessionStatus status)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_session SET current_step = ?, status = ? WHERE id = ?")) {
            update.setInt(1, currentStep);
            update.setString(2, status.getName());
            update.setString(3, sessionId);
            update.executeUpdate();
        }
    }

    /** Whether the session begins with the review of the group's open actions. */
    public static void saveActionReview(Connection c, String sessionId, boolean review) throws SQLException {
        setNumber(c, sessionId, "action_review", review ? 1 : 0);
    }

    public static void saveCaseRounds(Connection c, String sessionId, int rounds, java.util.Collection<String> forgotten)
            throws SQLException {
        setNumber(c, sessionId, "case_rounds", rounds);
        if (forgotten.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM lk_step_time WHERE session_id = ? AND step_id = ?")) {
            for (String step : forgotten) {
                delete.setString(1, sessionId);
                delete.setString(2, step);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    public static void saveValueRound(Connection c, String sessionId, boolean round) throws SQLException {
        setNumber(c, sessionId, "value_round", round ? 1 : 0);
    }

    /** One whole-number column of the session (the callers name it; never user input). */
    private static void setNumber(Connection c, String sessionId, String column, int value) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_session SET " + column + " = ? WHERE id = ?")) {
            update.setInt(1, value);
            update.setString(2, sessionId);
            update.executeUpdate();
        }
    }

    /** Stores a step's time, replacing an earlier record of the same step. */
    public static void saveStepTime(Connection c, String sessionId, StepTime time) throws SQLException {
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
    }

    /** The whole session; remembers the version read, which this client's next write expects. */
    public Optional<Session> load(Connection c, String sessionId) throws SQLException {
        Session session = LeerkringFactory.eINSTANCE.createSession();
        int version;
        try (PreparedStatement query = c.prepareStatement("SELECT protocol_id, protocol_version,"
                + " title, session_date, status, current_step, updated_at, group_name, start_time, action_review,"
                + " row_version, trajectory_id, meeting, value_round, case_rounds FROM lk_session WHERE id = ?")) {
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
                session.setTrajectoryId(rs.getString(12));
                session.setMeeting(rs.getInt(13));
                session.setValueRound(rs.getInt(14) != 0);
                session.setCaseRounds(rs.getInt(15));
            }
        }
        try (PreparedStatement query = c.prepareStatement(
                "SELECT name, role_id, person_id, present, guest FROM lk_participant WHERE session_id = ? ORDER BY seq")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Participant participant = LeerkringFactory.eINSTANCE.createParticipant();
                    participant.setName(rs.getString(1));
                    participant.setRoleId(rs.getString(2));
                    participant.setPersonId(rs.getString(3));
                    participant.setPresent(rs.getInt(4) != 0);
                    participant.setGuest(rs.getInt(5) != 0);
                    session.getParticipants().add(participant);
                }
            }
        }
        try (PreparedStatement query = c.prepareStatement("SELECT " + ItemRows.ITEM_COLUMNS + " FROM lk_item i"
                + " LEFT JOIN lk_action a ON a.item_id = i.id WHERE i.session_id = ? ORDER BY i.seq")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    session.getItems().add(ItemRows.item(rs));
                }
            }
        }
        ItemRows.readMarks(c, sessionId, session.getItems());
        Map<String, Action> actions = new HashMap<>();
        session.getItems().stream().filter(Action.class::isInstance).map(Action.class::cast)
                .forEach(action -> actions.put(action.getId(), action));
        ActionHistories.read(c, actions, true);
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

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

}
