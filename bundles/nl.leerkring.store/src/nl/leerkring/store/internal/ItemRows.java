package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.leerkring.core.ItemCodes;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Valence;

/**
 * The SQL of a session's items (and the actions among them). Every write runs after the session was
 * claimed ({@link SessionRows#claim}), inside the same transaction. An item's seq is its place in
 * the session's list.
 */
public final class ItemRows {

    private ItemRows() {
    }

    public static void add(Connection c, String sessionId, Item item, int position) throws SQLException {
        if (anyFrom(c, sessionId, position)) {
            shift(c, sessionId, position, 1);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_item (id, session_id, seq,"
                + " step_id, kind_id, body, author, created_at, chosen, subgroup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, item.getId());
            insert.setString(2, sessionId);
            insert.setInt(3, position);
            insert.setString(4, item.getStepId());
            insert.setString(5, item.getKindId());
            insert.setString(6, item.getText());
            insert.setString(7, item.getAuthor());
            insert.setTimestamp(8, Timestamps.of(item.getCreatedAt()));
            insert.setInt(9, item.isChosen() ? 1 : 0);
            insert.setString(10, item.getSubgroup());
            insert.executeUpdate();
        }
        if (!(item instanceof Action action)) {
            insertMarks(c, sessionId, item.getId(), item.getMarks());
        } else {
            // An action's marks are the value its review coded: kept in its own row (ActionValue).
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO lk_action (item_id, owner_name, due_date, status, session_id) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, action.getId());
                insert.setString(2, action.getOwner());
                insert.setDate(3, action.getDueDate() == null ? null : Date.valueOf(action.getDueDate()));
                insert.setString(4, action.getStatus().getName());
                insert.setString(5, sessionId);
                insert.executeUpdate();
            }
            action.setOwnerId(GroupRows.linkOwner(c, sessionId, action.getId(), action.getOwner()));
            // Undo puts a removed action back with everything it had.
            ActionWrites.insertLifecycle(c, action);
        }
    }

    public static void remove(Connection c, String sessionId, String itemId) throws SQLException {
        int position = seqOf(c, sessionId, itemId);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM lk_item WHERE id = ? AND session_id = ?")) {
            delete.setString(1, itemId);
            delete.setString(2, sessionId);
            expectOneRow(delete.executeUpdate());
        }
        shift(c, sessionId, position + 1, -1);
    }

    public static void updateText(Connection c, String sessionId, String itemId, String text) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_item SET body = ? WHERE id = ? AND session_id = ?")) {
            update.setString(1, text);
            update.setString(2, itemId);
            update.setString(3, sessionId);
            expectOneRow(update.executeUpdate());
        }
    }

    /** Replaces the item's codes and their valence. */
    public static void mark(Connection c, String sessionId, String itemId, List<CodeMark> marks) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM lk_item_code WHERE item_id = ?")) {
            delete.setString(1, itemId);
            delete.executeUpdate();
        }
        insertMarks(c, sessionId, itemId, marks);
    }

    private static void insertMarks(Connection c, String sessionId, String itemId, List<CodeMark> marks)
            throws SQLException {
        if (marks.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO lk_item_code (item_id, seq, session_id, code_id, valence) VALUES (?, ?, ?, ?, ?)")) {
            for (int seq = 0; seq < marks.size(); seq++) {
                insert.setString(1, itemId);
                insert.setInt(2, seq);
                insert.setString(3, sessionId);
                insert.setString(4, marks.get(seq).getCodeId());
                insert.setString(5, marks.get(seq).getValence().getName());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Gives the session's items their codes: one equality on the session's index. */
    static void readMarks(Connection c, String sessionId, List<Item> items) throws SQLException {
        Map<String, Item> byId = new HashMap<>();
        // An action's marks are its value, read with its own row (ActionValue).
        items.stream().filter(item -> !(item instanceof Action)).forEach(item -> byId.put(item.getId(), item));
        try (PreparedStatement query = c.prepareStatement(
                "SELECT item_id, code_id, valence FROM lk_item_code WHERE session_id = ? ORDER BY item_id, seq")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Item item = byId.get(rs.getString(1));
                    if (item != null) {
                        item.getMarks().add(ItemCodes.mark(rs.getString(2), Valence.get(rs.getString(3))));
                    }
                }
            }
        }
    }

    public static void choose(Connection c, String sessionId, String stepId, String kindId, String itemId) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement(
                "UPDATE lk_item SET chosen = 0 WHERE session_id = ? AND step_id = ? AND kind_id = ?")) {
            clear.setString(1, sessionId);
            clear.setString(2, stepId);
            clear.setString(3, kindId);
            clear.executeUpdate();
        }
        if (itemId != null) {
            setChosen(c, sessionId, itemId, true);
        }
    }

    public static void setChosen(Connection c, String sessionId, String itemId, boolean chosen) throws SQLException {
        try (PreparedStatement mark = c.prepareStatement("UPDATE lk_item SET chosen = ? WHERE id = ? AND session_id = ?")) {
            mark.setInt(1, chosen ? 1 : 0);
            mark.setString(2, itemId);
            mark.setString(3, sessionId);
            expectOneRow(mark.executeUpdate());
        }
    }

    public static void move(Connection c, String sessionId, String itemId, int position) throws SQLException {
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

    /**
     * Whether an item sits at {@code from} or after it. Most items are added at the end: a look at the
     * index then spares the UPDATE, which Derby runs as a deferred update of the key it scans.
     */
    private static boolean anyFrom(Connection c, String sessionId, int from) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT 1 FROM lk_item WHERE session_id = ? AND seq >= ? FETCH FIRST 1 ROWS ONLY")) {
            query.setString(1, sessionId);
            query.setInt(2, from);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
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
            + " a.due_date, a.status, i.chosen, " + ActionRows.LIFECYCLE_COLUMNS + ", a.owner_id, i.subgroup, a.value_codes";

    /** The place of the first column a query selects after the {@link #ITEM_COLUMNS}. */
    static final int AFTER_ITEM = 19;

    /** The item (or action) in the {@link #ITEM_COLUMNS} of the current row. */
    static Item item(ResultSet rs) throws SQLException {
        Item item;
        String actionStatus = rs.getString(9);
        if (actionStatus != null) {
            Action action = LeerkringFactory.eINSTANCE.createAction();
            action.setOwner(rs.getString(7));
            action.setDueDate(SessionRows.localDate(rs.getDate(8)));
            action.setStatus(ActionStatus.get(actionStatus));
            ActionRows.fillLifecycle(action, rs, 11);
            action.setOwnerId(rs.getString(16));
            action.getMarks().addAll(ActionValue.read(rs.getString(18)));
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
        item.setSubgroup(rs.getString(17));
        return item;
    }

    private static void expectOneRow(int count) throws SQLException {
        if (count != 1) {
            throw new SQLException("expected one row, changed " + count);
        }
    }
}
