package nl.leerkring.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.core.ProtocolStore;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.StoreException;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Item;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Participant;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StatusChange;
import nl.leerkring.model.StepTime;
import nl.leerkring.store.internal.ActionRows;
import nl.leerkring.store.internal.Messages;
import nl.leerkring.store.internal.Schema;

/**
 * Sessions, their actions' lifecycles and the team's protocol versions in an embedded Apache Derby database in the data folder
 * ({@link DataLocation}).
 * One connection, used by one caller at a time; every public method is one committed transaction.
 * The database is opened at first use, so a folder that cannot be opened (in use by another
 * Leerkring, made by a newer version) surfaces as a {@link StoreException} the UI can show.
 */
@Component(service = { SessionStore.class, ProtocolStore.class, ActionStore.class })
public class DerbyStore implements SessionStore, ProtocolStore, ActionStore, AutoCloseable {

    /** The database's folder inside the data folder. */
    public static final String DATABASE_FOLDER = "database";

    /** Derby's SQL states for "database shut down" and "database boot failed". */
    private static final String DATABASE_SHUT_DOWN = "08006";
    private static final String BOOT_FAILED = "XJ040";
    private static final String ALREADY_BOOTED = "XSDB6";

    private final Path databaseDir;
    private Connection connection;

    /** The store of the running application, in the configured data folder. */
    @Activate
    public DerbyStore() {
        this(DataLocation.dataDirectory());
    }

    /** The store in the given data folder; the database is created there at first use. */
    public DerbyStore(Path dataDirectory) {
        this.databaseDir = dataDirectory.resolve(DATABASE_FOLDER).toAbsolutePath();
    }

    private Connection connection() {
        if (connection == null) {
            connection = open(databaseDir);
        }
        return connection;
    }

    private static Connection open(Path databaseDir) {
        try {
            createPrivateFolder(databaseDir.getParent());
            // DriverManager cannot see Derby's driver from inside OSGi: ask the driver directly.
            Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + databaseDir + ";create=true",
                    new Properties());
            try {
                Schema.migrate(connection);
            } catch (IllegalStateException tooNew) {
                connection.close();
                throw new StoreException(NLS.bind(Messages.Store_TooNew,
                        new Object[] { databaseDir, tooNew.getMessage(), Schema.latestVersion() }), tooNew);
            }
            return connection;
        } catch (SQLException e) {
            if (BOOT_FAILED.equals(e.getSQLState()) && hasState(e, ALREADY_BOOTED)) {
                throw new StoreException(NLS.bind(Messages.Store_InUse, databaseDir), e);
            }
            throw new StoreException(NLS.bind(Messages.Store_OpenFailed, databaseDir, e.getMessage()), e);
        } catch (java.io.IOException e) {
            throw new StoreException(NLS.bind(Messages.Store_OpenFailed, databaseDir, e.getMessage()), e);
        }
    }

    /** Case material is about children and families: on POSIX systems only the user may read the data folder. */
    private static void createPrivateFolder(Path folder) throws java.io.IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static boolean hasState(SQLException e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Closes the connection and shuts the database down cleanly, so the next start needs no recovery. */
    @Override
    @Deactivate
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
            connection = null;
            new EmbeddedDriver().connect("jdbc:derby:" + databaseDir + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            if (!DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                throw new StoreException(NLS.bind(Messages.Store_WriteFailed, e.getMessage()), e);
            }
        }
    }

    public Path databaseDirectory() {
        return databaseDir;
    }

    @Override
    public synchronized void createSession(Session session) {
        write(() -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lk_session (id, protocol_id,"
                    + " protocol_version, title, session_date, status, current_step, updated_at, group_name,"
                    + " start_time, action_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, session.getId());
                insert.setString(2, session.getProtocolId());
                insert.setInt(3, session.getProtocolVersion());
                insert.setString(4, session.getTitle());
                insert.setDate(5, session.getDate() == null ? null : Date.valueOf(session.getDate()));
                insert.setString(6, session.getStatus().getName());
                insert.setInt(7, session.getCurrentStep());
                insert.setTimestamp(8, Timestamp.from(session.getUpdatedAt()));
                insert.setString(9, session.getGroup());
                insert.setTime(10, session.getStartTime() == null ? null : java.sql.Time.valueOf(session.getStartTime()));
                insert.setInt(11, session.isActionReview() ? 1 : 0);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
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
        });
    }

    @Override
    public synchronized void saveProgress(String sessionId, int currentStep, SessionStatus status,
            Instant updatedAt) {
        write(() -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lk_session SET current_step = ?, status = ?, updated_at = ? WHERE id = ?")) {
                update.setInt(1, currentStep);
                update.setString(2, status.getName());
                update.setTimestamp(3, Timestamp.from(updatedAt));
                update.setString(4, sessionId);
                expectOneRow(update.executeUpdate());
            }
        });
    }

    @Override
    public synchronized void saveActionReview(String sessionId, boolean review) {
        write(() -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lk_session SET action_review = ? WHERE id = ?")) {
                update.setInt(1, review ? 1 : 0);
                update.setString(2, sessionId);
                expectOneRow(update.executeUpdate());
            }
        });
    }

    @Override
    public synchronized void addItem(String sessionId, Item item, int position, Instant updatedAt) {
        write(() -> {
            shift(sessionId, position, 1);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lk_item (id, session_id, seq,"
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
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO lk_action (item_id, owner_name, due_date, status) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, action.getId());
                    insert.setString(2, action.getOwner());
                    insert.setDate(3, action.getDueDate() == null ? null : Date.valueOf(action.getDueDate()));
                    insert.setString(4, action.getStatus().getName());
                    insert.executeUpdate();
                }
                // Undo puts a removed action back with everything it had.
                ActionRows.insertLifecycle(connection, action);
            }
            touch(sessionId, updatedAt);
        });
    }

    @Override
    public synchronized void removeItem(String sessionId, String itemId, Instant updatedAt) {
        write(() -> {
            int position = seqOf(sessionId, itemId);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM lk_item WHERE id = ? AND session_id = ?")) {
                delete.setString(1, itemId);
                delete.setString(2, sessionId);
                expectOneRow(delete.executeUpdate());
            }
            shift(sessionId, position + 1, -1);
            touch(sessionId, updatedAt);
        });
    }

    @Override
    public synchronized void updateItemText(String sessionId, String itemId, String text, Instant updatedAt) {
        write(() -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lk_item SET body = ? WHERE id = ? AND session_id = ?")) {
                update.setString(1, text);
                update.setString(2, itemId);
                update.setString(3, sessionId);
                expectOneRow(update.executeUpdate());
            }
            touch(sessionId, updatedAt);
        });
    }

    @Override
    public synchronized void choose(String sessionId, String stepId, String kindId, String itemId, Instant updatedAt) {
        write(() -> {
            try (PreparedStatement clear = connection.prepareStatement(
                    "UPDATE lk_item SET chosen = 0 WHERE session_id = ? AND step_id = ? AND kind_id = ?")) {
                clear.setString(1, sessionId);
                clear.setString(2, stepId);
                clear.setString(3, kindId);
                clear.executeUpdate();
            }
            if (itemId != null) {
                try (PreparedStatement mark = connection.prepareStatement(
                        "UPDATE lk_item SET chosen = 1 WHERE id = ? AND session_id = ?")) {
                    mark.setString(1, itemId);
                    mark.setString(2, sessionId);
                    expectOneRow(mark.executeUpdate());
                }
            }
            touch(sessionId, updatedAt);
        });
    }

    @Override
    public synchronized void moveItem(String sessionId, String itemId, int position, Instant updatedAt) {
        write(() -> {
            int from = seqOf(sessionId, itemId);
            // Out of the list (seq -1), close the gap, open one at the new place, and back in.
            try (PreparedStatement park = connection.prepareStatement("UPDATE lk_item SET seq = -1 WHERE id = ?")) {
                park.setString(1, itemId);
                park.executeUpdate();
            }
            shift(sessionId, from + 1, -1);
            shift(sessionId, position, 1);
            try (PreparedStatement place = connection.prepareStatement("UPDATE lk_item SET seq = ? WHERE id = ?")) {
                place.setInt(1, position);
                place.setString(2, itemId);
                expectOneRow(place.executeUpdate());
            }
            touch(sessionId, updatedAt);
        });
    }

    /** Where the item stands in its session's list. */
    private int seqOf(String sessionId, String itemId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq FROM lk_item WHERE id = ? AND session_id = ?")) {
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
    private void shift(String sessionId, int from, int by) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE lk_item SET seq = seq + ? WHERE session_id = ? AND seq >= ?")) {
            update.setInt(1, by);
            update.setString(2, sessionId);
            update.setInt(3, from);
            update.executeUpdate();
        }
    }

    @Override
    public synchronized void saveStepTime(String sessionId, StepTime time, Instant updatedAt) {
        write(() -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE lk_step_time SET elapsed_seconds = ?,"
                    + " timebox_seconds = ?, skip_reason = ? WHERE session_id = ? AND step_id = ?")) {
                update.setInt(1, time.getElapsedSeconds());
                update.setInt(2, time.getTimeboxSeconds());
                update.setString(3, time.getSkipReason());
                update.setString(4, sessionId);
                update.setString(5, time.getStepId());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lk_step_time (session_id,"
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
            touch(sessionId, updatedAt);
        });
    }

    private void touch(String sessionId, Instant updatedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE lk_session SET updated_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(updatedAt));
            update.setString(2, sessionId);
            expectOneRow(update.executeUpdate());
        }
    }

    @Override
    public synchronized List<SessionSummary> listSessions() {
        return read(() -> {
            List<SessionSummary> sessions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, session_date, protocol_id,"
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
        });
    }

    @Override
    public synchronized Optional<Session> loadSession(String sessionId) {
        return read(() -> {
            Session session = LeerkringFactory.eINSTANCE.createSession();
            try (PreparedStatement query = connection.prepareStatement("SELECT protocol_id, protocol_version,"
                    + " title, session_date, status, current_step, updated_at, group_name, start_time, action_review"
                    + " FROM lk_session WHERE id = ?")) {
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
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
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
            try (PreparedStatement query = connection.prepareStatement("SELECT i.id, i.step_id, i.kind_id, i.body,"
                    + " i.author, i.created_at, a.owner_name, a.due_date, a.status, i.chosen, "
                    + ActionRows.LIFECYCLE_COLUMNS + " FROM lk_item i"
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
            ActionRows.readHistory(connection, actions, ActionRows.Filter.SESSION, sessionId);
            try (PreparedStatement query = connection.prepareStatement("SELECT step_id, elapsed_seconds,"
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
            return Optional.of(session);
        });
    }

    @Override
    public synchronized void saveVersion(Protocol protocol, Instant publishedAt, String publishedBy) {
        String body = new String(ProtocolExchange.toBytes(protocol), StandardCharsets.UTF_8);
        write(() -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lk_protocol (protocol_id,"
                    + " version, body, published_at, published_by) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, protocol.getId());
                insert.setInt(2, protocol.getVersion());
                insert.setString(3, body);
                insert.setTimestamp(4, Timestamp.from(publishedAt));
                insert.setString(5, publishedBy);
                insert.executeUpdate();
            }
        });
    }

    @Override
    public synchronized List<Published> publications() {
        return read(() -> {
            List<Published> published = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT protocol_id, version, published_at,"
                    + " published_by FROM lk_protocol ORDER BY protocol_id, version");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    published.add(new Published(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                            rs.getString(4)));
                }
            }
            return published;
        });
    }

    @Override
    public synchronized void saveDraft(Protocol draft, Instant savedAt, String savedBy) {
        String body = new String(ProtocolExchange.toBytes(draft), StandardCharsets.UTF_8);
        write(() -> {
            deleteDraftRow(draft.getId());
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO lk_protocol_draft (protocol_id, body, saved_at, saved_by) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, draft.getId());
                insert.setString(2, body);
                insert.setTimestamp(3, Timestamp.from(savedAt));
                insert.setString(4, savedBy);
                insert.executeUpdate();
            }
        });
    }

    @Override
    public synchronized List<Protocol> loadDrafts() {
        return read(() -> {
            List<Protocol> drafts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT protocol_id, body FROM lk_protocol_draft ORDER BY protocol_id");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    drafts.add(ProtocolExchange.fromBytes(rs.getString(2).getBytes(StandardCharsets.UTF_8),
                            NLS.bind(Messages.Store_DraftSource, rs.getString(1))));
                }
            }
            return drafts;
        });
    }

    @Override
    public synchronized void deleteDraft(String protocolId) {
        write(() -> deleteDraftRow(protocolId));
    }

    private void deleteDraftRow(String protocolId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM lk_protocol_draft WHERE protocol_id = ?")) {
            delete.setString(1, protocolId);
            delete.executeUpdate();
        }
    }

    @Override
    public synchronized List<Protocol> loadVersions() {
        return read(() -> {
            List<Protocol> versions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT protocol_id, version, body FROM lk_protocol ORDER BY protocol_id, version");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    versions.add(ProtocolExchange.fromBytes(rs.getString(3).getBytes(StandardCharsets.UTF_8),
                            rs.getString(1) + " v" + rs.getInt(2)));
                }
            }
            return versions;
        });
    }

    @Override
    public synchronized void setRetired(String protocolId, boolean retired, Instant when) {
        write(() -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM lk_protocol_retired WHERE protocol_id = ?")) {
                delete.setString(1, protocolId);
                delete.executeUpdate();
            }
            if (retired) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO lk_protocol_retired (protocol_id, retired_at) VALUES (?, ?)")) {
                    insert.setString(1, protocolId);
                    insert.setTimestamp(2, Timestamp.from(when));
                    insert.executeUpdate();
                }
            }
        });
    }

    @Override
    public synchronized Set<String> retiredProtocols() {
        return read(() -> {
            Set<String> retired = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT protocol_id FROM lk_protocol_retired");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    retired.add(rs.getString(1));
                }
            }
            return retired;
        });
    }

    @Override
    public synchronized List<ActionRecord> actionsOwnedBy(String owner) {
        return read(() -> ActionRows.read(connection, ActionRows.Filter.OWNER, owner));
    }

    @Override
    public synchronized List<ActionRecord> actionsOfGroup(String group) {
        return read(() -> ActionRows.read(connection, ActionRows.Filter.GROUP, group));
    }

    @Override
    public synchronized List<String> actionOwners() {
        return read(() -> ActionRows.owners(connection));
    }

    @Override
    public synchronized void saveChange(Action action, List<StatusChange> changes) {
        write(() -> ActionRows.saveChange(connection, action, changes));
    }

    @Override
    public synchronized void addNote(String actionId, ProgressNote note) {
        write(() -> ActionRows.addNote(connection, actionId, note));
    }

    private static Item item(ResultSet rs) throws SQLException {
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

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static void expectOneRow(int count) throws SQLException {
        if (count != 1) {
            throw new SQLException("expected one row, changed " + count);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlQuery<T> {
        T run() throws SQLException;
    }

    /** Runs the work as one transaction: all of it is committed, or none of it. */
    private void write(SqlWork work) {
        try {
            connection().setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.Store_WriteFailed, e.getMessage()), e);
        }
    }

    private <T> T read(SqlQuery<T> query) {
        try {
            connection();
            return query.run();
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.Store_ReadFailed, e.getMessage()), e);
        }
    }
}
