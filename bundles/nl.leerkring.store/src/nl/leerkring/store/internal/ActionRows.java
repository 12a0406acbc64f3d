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

/**
 * The SQL that reads actions: by group, by owner, by the sessions of a period, by a condition; with
 * the lk_action columns beyond owner and due date. Their history and progress notes are read by
 * {@link ActionHistories}; what changes them is in {@link ActionWrites}. Runs inside the store's
 * transactions.
 */
public final class ActionRows {

    /** The statuses of an action still open ({@link ActionLifecycle#isOpen}), as stored. */
    private static final List<String> OPEN = java.util.Arrays.stream(ActionStatus.values())
            .filter(ActionLifecycle::isOpen).map(ActionStatus::getName).toList();

    /** Which actions a query reads by a condition on the action and its session: the group's leavers'. */
    private enum Filter {
        /**
         * The group's open actions whose owner has left it (the open statuses bound after the group, see
         * {@link ActionRows#openOfLeavers}), so that the leavers' years of closed actions are not read.
         */
        OPEN_OF_LEAVERS("s.group_name = ? AND a.status IN (" + InLists.marks(OPEN.size()) + ") AND EXISTS"
                + " (SELECT 1 FROM lk_membership m WHERE m.group_id = s.group_id AND m.person_id = a.owner_id"
                + " AND m.left_on IS NOT NULL)");

        private final String where;

        Filter(String where) {
            this.where = where;
        }
    }

    private static final String FROM = " FROM lk_action a JOIN lk_item i ON i.id = a.item_id"
            + " JOIN lk_session s ON s.id = i.session_id WHERE ";

    private ActionRows() {
    }

    /** The group's open actions whose owner has left it, with notes and history. */
    public static List<ActionRecord> openOfLeavers(Connection connection, String group) throws SQLException {
        List<String> values = new ArrayList<>(List.of(group));
        values.addAll(OPEN);
        return read(connection, Filter.OPEN_OF_LEAVERS, values.toArray(String[]::new));
    }

    /** The actions with the sessions they were made in, oldest session first, with notes and history. */
    private static List<ActionRecord> read(Connection connection, Filter filter, String... values) throws SQLException {
        Map<String, ActionRecord> records = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ItemRows.ITEM_COLUMNS
                + ", s.id, s.title, s.group_name, s.session_date" + FROM + filter.where
                + " ORDER BY s.session_date, s.updated_at, i.seq")) {
            InLists.bind(query, List.of(values));
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
        ActionHistories.read(connection, actions, true);
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
     * every action). On a team database, where each query is a round trip to the server (a ten-year
     * group: fifty of them, at every render of a review), the open actions are one query instead:
     * PostgreSQL plans it by the same indexes.
     */
    public static List<ActionRecord> ofGroup(Connection connection, String group, boolean openOnly, String answeredIn,
            boolean server) throws SQLException {
        Map<String, Held> sessions = heldOfGroup(connection, group);
        if (!openOnly) {
            return allOfGroup(connection, group, sessions);
        }
        Map<String, Placed> found = new LinkedHashMap<>();
        String of = server ? "a.session_id IN (SELECT id FROM lk_session WHERE group_name = ?)" : "a.session_id = ?";
        try (PreparedStatement query = connection.prepareStatement(
                PLACED + of + " AND a.status IN (" + InLists.marks(OPEN.size()) + ")")) {
            for (String key : server ? List.of(group) : sessions.keySet()) {
                List<String> values = new ArrayList<>(List.of(key));
                values.addAll(OPEN);
                readPlaced(query, values, sessions, found);
            }
        }
        if (answeredIn != null) {
            // Closed in this session's review: still on its list, so the review can be seen and undone.
            readByIds(connection, ids(connection, "SELECT action_id FROM lk_action_change WHERE session_id = ?",
                    List.of(answeredIn)), sessions, found);
        }
        return inOrderWithHistory(connection, new ArrayList<>(found.values()), true);
    }

    /**
     * The actions made in these sessions of the group and those the sessions' reviews closed or
     * adjusted, with their history, without notes: a group's series over a period. Read session by
     * session through the indexes on lk_action_change's session and lk_action's session, and the
     * sessions by their keys, so the group's other years are never read.
     */
    public static List<ActionRecord> historiesOfSessions(Connection connection, String group,
            java.util.Collection<String> sessionIds) throws SQLException {
        List<String> completing = java.util.Arrays.stream(ActionStatus.values()).filter(ActionLifecycle::completes)
                .map(ActionStatus::getName).toList();
        // What the sessions' reviews completed, with the sessions that made those actions.
        Map<String, String> completed = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.action_id, a.session_id"
                + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " lk_action_change c --DERBY-PROPERTIES index=lk_action_change_session\n"
                + " JOIN lk_action a --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON a.item_id = c.action_id"
                + " WHERE c.session_id = ? AND c.to_status IN (" + InLists.marks(completing.size()) + ")")) {
            for (String session : sessionIds) {
                List<String> values = new ArrayList<>(List.of(session));
                values.addAll(completing);
                InLists.bind(query, values);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        completed.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        java.util.Set<String> needed = new java.util.LinkedHashSet<>(sessionIds);
        needed.addAll(completed.values());
        Map<String, Held> sessions = new LinkedHashMap<>();
        for (List<String> batch : InLists.batches(new ArrayList<>(needed))) {
            try (PreparedStatement query = connection.prepareStatement(
                    HELD + "group_name = ? AND id IN (" + InLists.marks(batch.size()) + ")")) {
                List<String> values = new ArrayList<>(List.of(group));
                values.addAll(batch);
                readHeld(query, values, sessions);
            }
        }
        Map<String, Placed> found = new LinkedHashMap<>();
        try (PreparedStatement made = connection.prepareStatement(PLACED + "a.session_id = ?")) {
            for (String session : sessionIds) {
                if (sessions.containsKey(session)) {
                    readPlaced(made, List.of(session), sessions, found);
                }
            }
        }
        readByIds(connection, completed.keySet().stream().filter(id -> !found.containsKey(id)).toList(), sessions, found);
        return inOrderWithHistory(connection, new ArrayList<>(found.values()), false);
    }

    /** An action's item columns, its place in its session and the session it was made in, by a condition on a or i. */
    private static final String PLACED = "SELECT " + ItemRows.ITEM_COLUMNS
            + ", i.seq, a.session_id FROM lk_action a JOIN lk_item i ON i.id = a.item_id WHERE ";

    /** Adds the actions with these ids, by the primary key, placed by the sessions they were made in. */
    private static void readByIds(Connection connection, List<String> ids, Map<String, Held> sessions,
            Map<String, Placed> found) throws SQLException {
        for (List<String> batch : InLists.batches(ids)) {
            try (PreparedStatement query = connection.prepareStatement(
                    PLACED + "a.item_id IN (" + InLists.marks(batch.size()) + ")")) {
                readPlaced(query, batch, sessions, found);
            }
        }
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

    /**
     * Every action of the group, with its history and notes, in three joined queries whatever the
     * number of its sessions and actions.
     */
    private static List<ActionRecord> allOfGroup(Connection connection, String group, Map<String, Held> sessions)
            throws SQLException {
        Map<String, Placed> found = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ItemRows.ITEM_COLUMNS
                + ", i.seq, a.session_id" + GROUP_ACTIONS + "JOIN lk_item i ON i.id = a.item_id WHERE s.group_name = ?")) {
            readPlaced(query, List.of(group), sessions, found);
        }
        List<Placed> placed = new ArrayList<>(found.values());
        sortPlaced(placed);
        Map<String, Action> actions = new LinkedHashMap<>();
        placed.forEach(p -> actions.put(p.record().action().getId(), p.record().action()));
        try (PreparedStatement query = connection.prepareStatement(ActionHistories.CHANGE_COLUMNS + GROUP_ACTIONS
                + "JOIN lk_action_change c ON c.action_id = a.item_id WHERE s.group_name = ?")) {
            query.setString(1, group);
            ActionHistories.readChanges(query, actions);
        }
        try (PreparedStatement query = connection.prepareStatement(ActionHistories.NOTE_COLUMNS + GROUP_ACTIONS
                + "JOIN lk_action_note n ON n.action_id = a.item_id WHERE s.group_name = ?")) {
            query.setString(1, group);
            ActionHistories.readNotes(query, actions);
        }
        return placed.stream().map(Placed::record).toList();
    }

    /** What an action record tells of the sessions a condition selects. */
    private static final String HELD = "SELECT id, title, group_name, session_date, updated_at FROM lk_session WHERE ";

    /** Reads the sessions the prepared query selects, by their ids, with what an action record tells of them. */
    private static void readHeld(PreparedStatement query, List<String> values, Map<String, Held> into)
            throws SQLException {
        InLists.bind(query, values);
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
        InLists.bind(query, values);
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
     * Reads actions with the sessions they were made in, joining from lk_action by a condition on
     * one of its indexes (null: its key) to the item and the session by their keys, in that order
     * (Derby told so in its comment syntax, as in {@link #GROUP_ACTIONS}). Nothing joins a whole table.
     */
    private static String fromAction(String index, String where) {
        return "SELECT " + ItemRows.ITEM_COLUMNS + ", i.seq, s.id, s.title, s.group_name, s.session_date, s.updated_at"
                + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " lk_action a" + (index == null ? "" : " --DERBY-PROPERTIES index=" + index) + "\n"
                + " JOIN lk_item i --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON i.id = a.item_id"
                + " JOIN lk_session s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON s.id = a.session_id"
                + " WHERE " + where;
    }

    /** The owner's actions, by an equality on lk_action's owner index. */
    public static List<ActionRecord> ofOwner(Connection connection, String owner) throws SQLException {
        return withSession(connection, fromAction("lk_action_owner", "a.owner_name = ?"), owner);
    }

    /** One action by its key, with its history and notes; empty when there is none of that id. */
    public static java.util.Optional<ActionRecord> byId(Connection connection, String id) throws SQLException {
        return withSession(connection, fromAction(null, "a.item_id = ?"), id).stream().findFirst();
    }

    /** The actions the query ({@link #fromAction}) finds for the value, with their history and notes. */
    private static List<ActionRecord> withSession(Connection connection, String sql, String value) throws SQLException {
        List<Placed> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rs = query.executeQuery()) {
                int at = ItemRows.AFTER_ITEM;
                while (rs.next()) {
                    Held session = new Held(rs.getString(at + 1), rs.getString(at + 2), rs.getString(at + 3),
                            SessionRows.localDate(rs.getDate(at + 4)), rs.getTimestamp(at + 5));
                    found.add(session.place((Action) ItemRows.item(rs), rs.getInt(at)));
                }
            }
        }
        return inOrderWithHistory(connection, found, true);
    }

    /** Oldest session first, then by place in the session; with each action's history and, if asked, notes. */
    private static List<ActionRecord> inOrderWithHistory(Connection connection, List<Placed> found, boolean notes)
            throws SQLException {
        sortPlaced(found);
        Map<String, Action> actions = new LinkedHashMap<>();
        found.forEach(p -> actions.put(p.record().action().getId(), p.record().action()));
        ActionHistories.read(connection, actions, notes);
        return found.stream().map(Placed::record).toList();
    }

    private static void sortPlaced(List<Placed> found) {
        found.sort(java.util.Comparator.comparing((Placed p) -> p.record().sessionDate(),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(Placed::updated).thenComparingInt(Placed::seq));
    }

    private static List<String> ids(Connection connection, String sql, List<String> values) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            InLists.bind(query, values);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
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
