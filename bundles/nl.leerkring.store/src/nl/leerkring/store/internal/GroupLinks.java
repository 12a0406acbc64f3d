package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data step of schema migration 12 ({@link Schema}): the groups and people that databases of
 * earlier versions hold only as names become groups, people and memberships, and the rows are linked
 * to them. The ids are made here, which SQL alone cannot do the same way on every engine.
 */
final class GroupLinks {

    private GroupLinks() {
    }

    /**
     * Migration 12 on the data of earlier versions: every group name becomes a group, every name
     * within a group (participant or action owner) a person and a membership from their first
     * session, and the rows are linked to them.
     */
    static void linkExisting(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT DISTINCT group_name FROM lk_session"
                + " WHERE group_name IS NOT NULL UNION SELECT group_name FROM lk_retention");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            GroupRows.groupId(c, name);
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_session SET group_id ="
                + " (SELECT g.id FROM lk_group g WHERE g.name = lk_session.group_name) WHERE group_name IS NOT NULL")) {
            update.executeUpdate();
        }
        // Each name in each group (none: the sessions without a group), with the date of its first session.
        Map<List<String>, LocalDate> people = new LinkedHashMap<>();
        for (String sql : new String[] {
                "SELECT s.group_id, p.name, MIN(s.session_date) FROM lk_participant p"
                        + " JOIN lk_session s ON s.id = p.session_id GROUP BY s.group_id, p.name",
                "SELECT s.group_id, a.owner_name, MIN(s.session_date) FROM lk_action a JOIN lk_item i ON i.id = a.item_id"
                        + " JOIN lk_session s ON s.id = i.session_id GROUP BY s.group_id, a.owner_name" }) {
            try (PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    LocalDate first = SessionRows.localDate(rs.getDate(3));
                    people.merge(java.util.Arrays.asList(rs.getString(1), rs.getString(2)), first == null ? LocalDate.MAX : first,
                            (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        String inGroup = " IN (SELECT id FROM lk_session WHERE group_id = ?)";
        String noGroup = " IN (SELECT id FROM lk_session WHERE group_id IS NULL)";
        for (Map.Entry<List<String>, LocalDate> entry : people.entrySet()) {
            String groupId = entry.getKey().get(0);
            String name = entry.getKey().get(1);
            String personId = GroupRows.personIn(c, groupId, name, entry.getValue().equals(LocalDate.MAX) ? null : entry.getValue());
            if (personId == null) {
                continue;
            }
            String sessions = groupId == null ? noGroup : inGroup;
            link(c, "UPDATE lk_participant SET person_id = ? WHERE name = ? AND session_id" + sessions, personId, name,
                    groupId);
            link(c, "UPDATE lk_action SET owner_id = ? WHERE owner_name = ? AND item_id IN"
                    + " (SELECT id FROM lk_item WHERE session_id" + sessions + ")", personId, name, groupId);
        }
    }

    private static void link(Connection c, String sql, String personId, String name, String groupId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, personId);
            update.setString(2, name);
            if (groupId != null) {
                update.setString(3, groupId);
            }
            update.executeUpdate();
        }
    }
}
