package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.leerkring.store.MoveReport;
import nl.leerkring.store.MoveReport.Kind;
import nl.leerkring.store.internal.TableCopy.Row;

/**
 * Copies a whole database into another in one transaction on the target: sessions with everything
 * that belongs to them, protocol versions, drafts and retirements. A record the target already has
 * is never overwritten; it is left as it is and counted, so moving twice moves nothing the second time.
 */
public final class Move {

    private Move() {
    }

    public static MoveReport copy(Connection from, Connection to) throws SQLException {
        Map<Kind, Integer> moved = new EnumMap<>(Kind.class);
        Map<Kind, Integer> there = new EnumMap<>(Kind.class);

        Map<String, String> groupIds = copyGroupsAndPeople(from, to);
        List<Row> sessions = TableCopy.read(from, "lk_session").stream()
                .map(r -> r.get("group_id") == null ? r : r.with("group_id", groupIds.get(r.get("group_id")))).toList();
        Set<String> known = TableCopy.keys(to, "lk_session", "id");
        Set<String> newSessions = new HashSet<>();
        for (Row row : sessions) {
            if (!known.contains(TableCopy.key(row, "id"))) {
                newSessions.add((String) row.get("id"));
            }
        }
        moved.put(Kind.SESSIONS, TableCopy.write(to, "lk_session", sessions, r -> newSessions.contains(r.get("id"))));
        there.put(Kind.SESSIONS, sessions.size() - newSessions.size());

        // What belongs to a session moves with it, and only with it.
        TableCopy.write(to, "lk_participant", TableCopy.read(from, "lk_participant"),
                r -> newSessions.contains(r.get("session_id")));
        List<Row> items = TableCopy.read(from, "lk_item");
        Set<String> newItems = new HashSet<>();
        items.stream().filter(r -> newSessions.contains(r.get("session_id"))).forEach(r -> newItems.add((String) r.get("id")));
        moved.put(Kind.ITEMS, TableCopy.write(to, "lk_item", items, r -> newItems.contains(r.get("id"))));
        TableCopy.write(to, "lk_item_code", TableCopy.read(from, "lk_item_code"),
                r -> newItems.contains(r.get("item_id")));
        moved.put(Kind.ACTIONS, TableCopy.write(to, "lk_action", TableCopy.read(from, "lk_action"),
                r -> newItems.contains(r.get("item_id"))));
        TableCopy.write(to, "lk_action_change", TableCopy.read(from, "lk_action_change"),
                r -> newItems.contains(r.get("action_id")));
        TableCopy.write(to, "lk_action_note", TableCopy.read(from, "lk_action_note"),
                r -> newItems.contains(r.get("action_id")));
        TableCopy.write(to, "lk_step_time", TableCopy.read(from, "lk_step_time"),
                r -> newSessions.contains(r.get("session_id")));

        copyByKey(from, to, "lk_protocol", Kind.PROTOCOL_VERSIONS, moved, there, "protocol_id", "version");
        copyByKey(from, to, "lk_protocol_draft", Kind.DRAFTS, moved, there, "protocol_id");
        copyByKey(from, to, "lk_protocol_retired", Kind.RETIRED_PROTOCOLS, moved, there, "protocol_id");
        return new MoveReport(moved, there);
    }

    /**
     * Groups by name (one the target has already keeps its id there), people by id, memberships by
     * group and person; returns the target's id for each group id of the source.
     */
    private static Map<String, String> copyGroupsAndPeople(Connection from, Connection to) throws SQLException {
        Map<String, String> there = new HashMap<>();
        for (Row row : TableCopy.read(to, "lk_group")) {
            there.put((String) row.get("name"), (String) row.get("id"));
        }
        List<Row> groups = TableCopy.read(from, "lk_group");
        Map<String, String> groupIds = new HashMap<>();
        for (Row row : groups) {
            groupIds.put((String) row.get("id"), there.getOrDefault((String) row.get("name"), (String) row.get("id")));
        }
        TableCopy.write(to, "lk_group", groups, r -> !there.containsKey(r.get("name")));
        Set<String> people = TableCopy.keys(to, "lk_person", "id");
        TableCopy.write(to, "lk_person", TableCopy.read(from, "lk_person"), r -> !people.contains(TableCopy.key(r, "id")));
        Set<String> members = TableCopy.keys(to, "lk_membership", "group_id", "person_id");
        List<Row> memberships = TableCopy.read(from, "lk_membership").stream()
                .map(r -> r.with("group_id", groupIds.get(r.get("group_id")))).toList();
        TableCopy.write(to, "lk_membership", memberships, r -> !members.contains(TableCopy.key(r, "group_id", "person_id")));
        return groupIds;
    }

    private static void copyByKey(Connection from, Connection to, String table, Kind kind, Map<Kind, Integer> moved,
            Map<Kind, Integer> there, String... key) throws SQLException {
        List<Row> rows = TableCopy.read(from, table);
        Set<String> known = TableCopy.keys(to, table, key);
        int written = TableCopy.write(to, table, rows, r -> !known.contains(TableCopy.key(r, key)));
        moved.put(kind, written);
        there.put(kind, rows.size() - written);
    }
}
