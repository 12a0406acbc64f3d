package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.StatusChange;

/**
 * The SQL that reads actions: by group, by owner, by a condition; with the lk_action columns beyond
 * owner and due date, the history (lk_action_change) and the progress notes (lk_action_note). What
 * changes them is in {@link ActionWrites}. Runs inside the store's transactions.
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
                    int at = ItemRows.AFTER_ITEM;
                    records.put(action.getId(), new ActionRecord(action, rs.getString(at), rs.getString(at + 1),
                            rs.getString(at + 2), SessionRows.localDate(rs.getDate(at + 3))));
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
     * The group's actions, or only those still open and those changed in session {@code answeredIn}.
     * All of them: in three queries joined from the group's sessions ({@link #allOfGroup}). For a
     * review: the group's sessions first, then each session's open actions by an equality on
     * lk_action's session index, so the closed history is never read. Every step is an index lookup
     * whatever the database knows of its tables (Derby without statistics planned a plain join over
     * every action).
     */
    public static List<ActionRecord> ofGroup(Connection connection, String group, boolean openOnly, String answeredIn)
            throws SQLException {
        Map<String, Held> sessions = heldOfGroup(connection, group);
        if (!openOnly) {
            return allOfGroup(connection, group, sessions, true);
        }
        String select = "SELECT " + ItemRows.ITEM_COLUMNS
                + ", i.seq, a.session_id FROM lk_action a JOIN lk_item i ON i.id = a.item_id WHERE ";
        List<String> open = java.util.Arrays.stream(ActionStatus.values()).filter(ActionLifecycle::isOpen)
                .map(ActionStatus::getName).toList();
        Map<String, Placed> found = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(select + "a.session_id = ?"
                + (openOnly ? " AND a.status IN (" + marks(open.size()) + ")" : ""))) {
            for (String session : sessions.keySet()) {
                List<String> values = new ArrayList<>();
                values.add(session);
                if (openOnly) {
                    values.addAll(open);
                }
                readPlaced(query, values, sessions, found);
            }
        }
        if (openOnly && answeredIn != null) {
            // Closed in this session's review: still on its list, so the review can be seen and undone.
            List<String> answered = ids(connection, "SELECT action_id FROM lk_action_change WHERE session_id = ?", answeredIn);
            for (int from = 0; from < answered.size(); from += BATCH) {
                List<String> batch = answered.subList(from, Math.min(answered.size(), from + BATCH));
                try (PreparedStatement query = connection.prepareStatement(
                        select + "a.item_id IN (" + marks(batch.size()) + ")")) {
                    readPlaced(query, batch, sessions, found);
                }
            }
        }
        return inOrderWithHistory(connection, new ArrayList<>(found.values()));
    }

    /**
     * Joins from the group's sessions to their actions, by the indexes on lk_session's group and
     * lk_action's session, in that order. Derby reads its optimizer overrides from the comments (it
     * would otherwise join from every action, having no statistics); to PostgreSQL they are comments.
     */
    private static final String GROUP_ACTIONS = " FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
            + " lk_session s --DERBY-PROPERTIES index=lk_session_group\n"
            + " JOIN lk_action a --DERBY-PROPERTIES index=lk_action_session\n ON a.session_id = s.id ";

    private static Map<String, Held> heldOfGroup(Connection connection, String group) throws SQLException {
        Map<String, Held> sessions = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(HELD + "group_name = ?")) {
            readHeld(query, List.of(group), sessions);
        }
        return sessions;
    }

    /** Every action of the group with its history, without the notes (a group's series shows none). */
    public static List<ActionRecord> historiesOfGroup(Connection connection, String group) throws SQLException {
        return allOfGroup(connection, group, heldOfGroup(connection, group), false);
    }

    /**
     * Every action of the group, with its history and (if asked) notes, in two or three joined
     * queries whatever the number of its sessions and actions.
     */
    private static List<ActionRecord> allOfGroup(Connection connection, String group, Map<String, Held> sessions,
            boolean notes) throws SQLException {
        Map<String, Placed> found = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ItemRows.ITEM_COLUMNS
                + ", i.seq, a.session_id" + GROUP_ACTIONS + "JOIN lk_item i ON i.id = a.item_id WHERE s.group_name = ?")) {
            readPlaced(query, List.of(group), sessions, found);
        }
        List<Placed> placed = new ArrayList<>(found.values());
        sortPlaced(placed);
        Map<String, Action> actions = new LinkedHashMap<>();
        placed.forEach(p -> actions.put(p.record().action().getId(), p.record().action()));
        try (PreparedStatement query = connection.prepareStatement(CHANGE_COLUMNS + GROUP_ACTIONS
                + "JOIN lk_action_change c ON c.action_id = a.item_id WHERE s.group_name = ?")) {
            query.setString(1, group);
            readChanges(query, actions);
        }
        if (notes) {
            try (PreparedStatement query = connection.prepareStatement(NOTE_COLUMNS + GROUP_ACTIONS
                    + "JOIN lk_action_note n ON n.action_id = a.item_id WHERE s.group_name = ?")) {
                query.setString(1, group);
                readNotes(query, actions);
            }
        }
        return placed.stream().map(Placed::record).toList();
    }

    /** What an action record tells of the sessions a condition selects. */
    private static final String HELD = "SELECT id, title, group_name, session_date, updated_at FROM lk_session WHERE ";

    /** Reads the sessions the prepared query selects, by their ids, with what an action record tells of them. */
    private static void readHeld(PreparedStatement query, List<String> values, Map<String, Held> into)
            throws SQLException {
        bind(query, values.toArray(String[]::new));
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                into.put(rs.getString(1), new Held(rs.getString(1), rs.getString(2), rs.getString(3),
                        SessionRows.localDate(rs.getDate(4)), rs.getTimestamp(5)));
            }
        }
    }

    /** Adds the actions the query finds that were made in one of the sessions, each once. */
    private static void readPlaced(PreparedStatement query, List<String> values, Map<String, Held> sessions,
            Map<String, Placed> found) throws SQLException {
        bind(query, values.toArray(String[]::new));
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Held session = sessions.get(rs.getString(ItemRows.AFTER_ITEM + 1));
                Action action = (Action) ItemRows.item(rs);
                if (session != null && !found.containsKey(action.getId())) {
                    found.put(action.getId(), session.place(action, rs.getInt(ItemRows.AFTER_ITEM)));
                }
            }
        }
    }

    /**
     * The owner's actions, by an equality on lk_action's owner index, each joined with its item and
     * the session it was made in by their keys, in that order (Derby told so in its comment syntax, as
     * in {@link #GROUP_ACTIONS}). Nothing joins a whole table.
     */
    public static List<ActionRecord> ofOwner(Connection connection, String owner) throws SQLException {
        List<Placed> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ItemRows.ITEM_COLUMNS
                + ", i.seq, s.id, s.title, s.group_name, s.session_date, s.updated_at"
                + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " lk_action a --DERBY-PROPERTIES index=lk_action_owner\n"
                + " JOIN lk_item i --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON i.id = a.item_id"
                + " JOIN lk_session s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON s.id = a.session_id"
                + " WHERE a.owner_name = ?")) {
            query.setString(1, owner);
            try (ResultSet rs = query.executeQuery()) {
                int at = ItemRows.AFTER_ITEM;
                while (rs.next()) {
                    Held session = new Held(rs.getString(at + 1), rs.getString(at + 2), rs.getString(at + 3),
                            SessionRows.localDate(rs.getDate(at + 4)), rs.getTimestamp(at + 5));
                    found.add(session.place((Action) ItemRows.item(rs), rs.getInt(at)));
                }
            }
        }
        return inOrderWithHistory(connection, found);
    }

    /** Oldest session first, then by place in the session; with each action's history and notes. */
    private static List<ActionRecord> inOrderWithHistory(Connection connection, List<Placed> found) throws SQLException {
        sortPlaced(found);
        Map<String, Action> actions = new LinkedHashMap<>();
        found.forEach(p -> actions.put(p.record().action().getId(), p.record().action()));
        readHistory(connection, actions);
        return found.stream().map(Placed::record).toList();
    }

    private static void sortPlaced(List<Placed> found) {
        found.sort(java.util.Comparator.comparing((Placed p) -> p.record().sessionDate(),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(Placed::updated).thenComparingInt(Placed::seq));
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
            try (PreparedStatement query = connection.prepareStatement(CHANGE_COLUMNS
                    + " FROM lk_action_change c WHERE c.action_id IN (" + marks + ")")) {
                bind(query, batch.toArray(String[]::new));
                readChanges(query, actions);
            }
            try (PreparedStatement query = connection.prepareStatement(NOTE_COLUMNS
                    + " FROM lk_action_note n WHERE n.action_id IN (" + marks + ")")) {
                bind(query, batch.toArray(String[]::new));
                readNotes(query, actions);
            }
        }
    }

    /*
     * The history and notes queries have no ORDER BY: the rows are put in order here, by their number
     * within the action. Sorting a group's hundreds of changes in Derby cost a fifth of the query.
     */
    private static final String CHANGE_COLUMNS = "SELECT c.action_id, c.changed_at, c.changed_by, c.from_status,"
            + " c.to_status, c.reason, c.session_id, c.seq";
    private static final String NOTE_COLUMNS = "SELECT n.action_id, n.noted_at, n.author, n.body, n.seq";

    /** A change or note read for an action, with its number within the action. */
    private record Numbered<T>(Action action, int seq, T entry) {
    }

    /** Adds the changes the query selects (in {@link #CHANGE_COLUMNS}) to the histories of their actions. */
    private static void readChanges(PreparedStatement query, Map<String, Action> actions) throws SQLException {
        List<Numbered<StatusChange>> read = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Action action = actions.get(rs.getString(1));
                if (action != null) {
                    StatusChange change = LeerkringFactory.eINSTANCE.createStatusChange();
                    change.setAt(rs.getTimestamp(2).toInstant());
                    change.setBy(rs.getString(3));
                    change.setFrom(ActionStatus.get(rs.getString(4)));
                    change.setTo(ActionStatus.get(rs.getString(5)));
                    change.setReason(rs.getString(6));
                    change.setSessionId(rs.getString(7));
                    read.add(new Numbered<>(action, rs.getInt(8), change));
                }
            }
        }
        inOrder(read).forEach(n -> n.action().getHistory().add(n.entry()));
    }

    /** Adds the notes the query selects (in {@link #NOTE_COLUMNS}) to their actions. */
    private static void readNotes(PreparedStatement query, Map<String, Action> actions) throws SQLException {
        List<Numbered<ProgressNote>> read = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Action action = actions.get(rs.getString(1));
                if (action != null) {
                    ProgressNote note = LeerkringFactory.eINSTANCE.createProgressNote();
                    note.setAt(rs.getTimestamp(2).toInstant());
                    note.setAuthor(rs.getString(3));
                    note.setText(rs.getString(4));
                    read.add(new Numbered<>(action, rs.getInt(5), note));
                }
            }
        }
        inOrder(read).forEach(n -> n.action().getNotes().add(n.entry()));
    }

    /** By number: each action's entries then come in their own order, whatever order the rows came in. */
    private static <T> List<Numbered<T>> inOrder(List<Numbered<T>> read) {
        read.sort(java.util.Comparator.comparingInt(Numbered::seq));
        return read;
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
}
