package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leerkring.core.Retention;

/**
 * The SQL of keeping case material no longer than a group decided (AVG): terms per group, the
 * erasure of expired texts, a person's name taken out of every record, and the record of each
 * erasure (what, when, how many; never the text or the name).
 */
public final class RetentionRows {

    /** What an erased text becomes. */
    public static final String ERASED = "[gewist na de bewaartermijn]";

    /** Kinds of item that stay when a term ends: what the group learned. */
    private static final List<String> KEPT_KINDS = List.of("leerpunt");

    /** Columns that hold a person's name as it is. */
    private static final String[][] NAME_COLUMNS = { { "lk_participant", "name" }, { "lk_item", "author" },
            { "lk_action", "owner_name" }, { "lk_action_change", "changed_by" }, { "lk_action_note", "author" },
            { "lk_protocol", "published_by" }, { "lk_protocol_draft", "saved_by" }, { "lk_person", "display_name" } };

    /** Columns of free text that may mention a person, with the columns that identify their rows. */
    private static final String[][] TEXT_COLUMNS = { { "lk_item", "body", "id" }, { "lk_item", "subgroup", "id" },
            { "lk_action", "outcome", "item_id" },
            { "lk_action", "learning", "item_id" }, { "lk_action_note", "body", "action_id", "seq" },
            { "lk_action_change", "reason", "action_id", "seq" } };

    private RetentionRows() {
    }

    public static OptionalInt months(Connection c, String group) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT months FROM lk_retention WHERE group_name = ?")) {
            query.setString(1, group);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    public static void setMonths(Connection c, String group, Integer months) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM lk_retention WHERE group_name = ?")) {
            delete.setString(1, group);
            delete.executeUpdate();
        }
        if (months != null) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO lk_retention (group_name, months) VALUES (?, ?)")) {
                insert.setString(1, group);
                insert.setInt(2, months);
                insert.executeUpdate();
            }
        }
    }

    /**
     * Erases the texts of sessions whose group's term has ended; returns how many items. A session
     * done once is read again only when it was written to since, so a start reads no more than what
     * expired since the last one.
     */
    public static int eraseExpired(Connection c, LocalDate today, Instant now) throws SQLException {
        Map<String, Integer> terms = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT group_name, months FROM lk_retention");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                terms.put(rs.getString(1), rs.getInt(2));
            }
        }
        int erased = 0;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            List<String> expired = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id FROM lk_session WHERE group_name = ?"
                    + " AND session_date < ? AND (texts_erased_at IS NULL OR updated_at > texts_erased_at)")) {
                query.setString(1, term.getKey());
                query.setDate(2, Date.valueOf(today.minusMonths(term.getValue())));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        expired.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement done = c.prepareStatement("UPDATE lk_session SET texts_erased_at = ? WHERE id = ?")) {
                for (String session : expired) {
                    int items = eraseTexts(c, session);
                    if (items > 0) {
                        record(c, now, "TERM_ENDED", session, items);
                        erased += items;
                    }
                    done.setTimestamp(1, Timestamps.of(now));
                    done.setString(2, session);
                    done.executeUpdate();
                }
            }
        }
        return erased;
    }

    private static int eraseTexts(Connection c, String session) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT i.id, i.kind_id, i.body FROM lk_item i"
                + " LEFT JOIN lk_action a ON a.item_id = i.id WHERE i.session_id = ? AND a.item_id IS NULL")) {
            query.setString(1, session);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (!KEPT_KINDS.contains(rs.getString(2)) && !ERASED.equals(rs.getString(3))) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_item SET body = ? WHERE id = ?")) {
            for (String id : ids) {
                update.setString(1, ERASED);
                update.setString(2, id);
                update.executeUpdate();
            }
        }
        return ids.size();
    }

    /** Replaces the name in every record; returns how many records changed. */
    public static int erasePerson(Connection c, String name, Instant now) throws SQLException {
        int changed = 0;
        for (String[] column : NAME_COLUMNS) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE " + column[0] + " SET " + column[1] + " = ? WHERE " + column[1] + " = ?")) {
                update.setString(1, Retention.FORMER_MEMBER);
                update.setString(2, name);
                changed += update.executeUpdate();
            }
        }
        // Nothing that could still identify an erased person: no initials, no login.
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_person SET initials = NULL, login_name = NULL WHERE display_name = ?")) {
            update.setString(1, Retention.FORMER_MEMBER);
            update.executeUpdate();
        }
        Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        for (String[] column : TEXT_COLUMNS) {
            changed += replaceInText(c, column, name, word);
        }
        if (changed > 0) {
            record(c, now, "PERSON", null, changed);
        }
        return changed;
    }

    private static int replaceInText(Connection c, String[] column, String name, Pattern word) throws SQLException {
        String table = column[0];
        String text = column[1];
        String[] keys = java.util.Arrays.copyOfRange(column, 2, column.length);
        int changed = 0;
        try (PreparedStatement query = c.prepareStatement("SELECT " + String.join(", ", keys) + ", " + text + " FROM "
                + table + " WHERE " + text + " LIKE ?");
                PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + text + " = ? WHERE "
                        + String.join(" = ? AND ", keys) + " = ?")) {
            // Only rows that mention the name at all are read; the whole-word check is done here.
            query.setString(1, "%" + name.replace("%", "").replace("_", "") + "%");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Matcher matcher = word.matcher(rs.getString(keys.length + 1));
                    if (matcher.find()) {
                        update.setString(1, matcher.replaceAll(Retention.FORMER_MEMBER));
                        for (int k = 1; k <= keys.length; k++) {
                            update.setObject(k + 1, rs.getObject(k));
                        }
                        changed += update.executeUpdate();
                    }
                }
            }
        }
        return changed;
    }

    private static void record(Connection c, Instant now, String what, String session, int records)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO lk_erasure (erased_at, what, session_id, records) VALUES (?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamps.of(now));
            insert.setString(2, what);
            insert.setString(3, session);
            insert.setInt(4, records);
            insert.executeUpdate();
        }
    }
}
