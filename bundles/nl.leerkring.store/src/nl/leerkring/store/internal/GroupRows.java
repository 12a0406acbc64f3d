package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import nl.leerkring.core.Retention;
import nl.leerkring.model.Group;
import nl.leerkring.model.GroupKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.MemberRole;
import nl.leerkring.model.Membership;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Person;
import nl.leerkring.model.Session;

/**
 * Groups, the people in them and their memberships, and the links from sessions, participants and
 * action owners to them. Names stay in the rows that show them (as they were written); the person
 * behind a name is the link, so two Annas in two groups are two people, and renaming a person
 * renames them wherever they are linked.
 */
public final class GroupRows {

    private GroupRows() {
    }

    /** The id of the group of this name, made when it is new; null for no name. */
    public static String groupId(Connection c, String name) throws SQLException {
        if (name == null || name.isBlank()) {
            return null;
        }
        try (PreparedStatement query = c.prepareStatement("SELECT id FROM lk_group WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_group (id, name) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        }
        return id;
    }

    /**
     * The person of this name in the group, who becomes a member (from {@code since}) when the group
     * has none of that name; without a group, the person of that name who belongs to no group. An
     * erased name links to nobody.
     */
    public static String personIn(Connection c, String groupId, String name, LocalDate since) throws SQLException {
        if (name == null || name.isBlank() || name.equals(Retention.FORMER_MEMBER)) {
            return null;
        }
        String sql = groupId != null
                ? "SELECT p.id FROM lk_person p JOIN lk_membership m ON m.person_id = p.id"
                        + " WHERE m.group_id = ? AND p.display_name = ?"
                : "SELECT p.id FROM lk_person p WHERE p.display_name = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM lk_membership m WHERE m.person_id = p.id)";
        try (PreparedStatement query = c.prepareStatement(sql)) {
            int i = 1;
            if (groupId != null) {
                query.setString(i++, groupId);
            }
            query.setString(i, name);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        String id = newPerson(c, name);
        if (groupId != null) {
            addMembership(c, groupId, id, MemberRole.MEMBER, since);
        }
        return id;
    }

    private static String newPerson(Connection c, String name) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_person (id, display_name) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        }
        return id;
    }

    private static void addMembership(Connection c, String groupId, String personId, MemberRole role, LocalDate since)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_membership (group_id, person_id,"
                + " member_role, joined_on) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, groupId);
            insert.setString(2, personId);
            insert.setString(3, role.getName());
            insert.setDate(4, since == null ? null : Date.valueOf(since));
            insert.executeUpdate();
        }
    }

    /** Links a new session to its group and its participants to the people behind their names. */
    public static void linkSession(Connection c, Session session) throws SQLException {
        String groupId = groupId(c, session.getGroup());
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_session SET group_id = ? WHERE id = ?")) {
            update.setString(1, groupId);
            update.setString(2, session.getId());
            update.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_participant SET person_id = ?, present = ?, guest = ? WHERE session_id = ? AND seq = ?")) {
            int seq = 0;
            for (Participant participant : session.getParticipants()) {
                // A guest is someone, but not a member of the group.
                String personId = participant.isGuest() ? guest(c, participant.getName())
                        : personIn(c, groupId, participant.getName(), session.getDate());
                participant.setPersonId(personId);
                update.setString(1, personId);
                update.setInt(2, participant.isPresent() ? 1 : 0);
                update.setInt(3, participant.isGuest() ? 1 : 0);
                update.setString(4, session.getId());
                update.setInt(5, seq++);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static String guest(Connection c, String name) throws SQLException {
        return personIn(c, null, name, null);
    }

    /** Links a new action to the person who owns it, in the group of its session. */
    public static String linkOwner(Connection c, String sessionId, String actionId, String owner) throws SQLException {
        String groupId = null;
        LocalDate date = null;
        try (PreparedStatement query = c.prepareStatement("SELECT group_id, session_date FROM lk_session WHERE id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    groupId = rs.getString(1);
                    date = SessionRows.localDate(rs.getDate(2));
                }
            }
        }
        String personId = personIn(c, groupId, owner, date);
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_action SET owner_id = ? WHERE item_id = ?")) {
            update.setString(1, personId);
            update.setString(2, actionId);
            update.executeUpdate();
        }
        return personId;
    }

    /** Every group by name, with its members (who left too) by name. */
    public static List<Group> groups(Connection c) throws SQLException {
        Map<String, Group> groups = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT id, name, kind, organisation, usual_protocol_id FROM lk_group ORDER BY name");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Group group = LeerkringFactory.eINSTANCE.createGroup();
                group.setId(rs.getString(1));
                group.setName(rs.getString(2));
                group.setKind(rs.getString(3) == null ? null : GroupKind.get(rs.getString(3)));
                group.setOrganisation(rs.getString(4));
                group.setUsualProtocolId(rs.getString(5));
                groups.put(group.getId(), group);
            }
        }
        try (PreparedStatement query = c.prepareStatement("SELECT m.group_id, m.member_role, m.joined_on, m.left_on,"
                + " p.id, p.display_name, p.initials, p.login_name FROM lk_membership m"
                + " JOIN lk_person p ON p.id = m.person_id ORDER BY p.display_name");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Membership membership = LeerkringFactory.eINSTANCE.createMembership();
                membership.setRole(MemberRole.get(rs.getString(2)));
                membership.setJoined(SessionRows.localDate(rs.getDate(3)));
                membership.setLeft(SessionRows.localDate(rs.getDate(4)));
                membership.setPerson(person(rs, 5));
                Objects.requireNonNull(groups.get(rs.getString(1))).getMemberships().add(membership);
            }
        }
        return new ArrayList<>(groups.values());
    }

    private static Person person(ResultSet rs, int column) throws SQLException {
        Person person = LeerkringFactory.eINSTANCE.createPerson();
        person.setId(rs.getString(column));
        person.setDisplayName(rs.getString(column + 1));
        person.setInitials(rs.getString(column + 2));
        person.setLogin(rs.getString(column + 3));
        return person;
    }

    /** The login of this connection to the team database. */
    public static String sessionUser(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT session_user"); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The person whose login on the team database this is. */
    public static Optional<Person> byLogin(Connection c, String login) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT id, display_name, initials, login_name FROM lk_person WHERE login_name = ?")) {
            query.setString(1, login);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(person(rs, 1)) : Optional.empty();
            }
        }
    }

    /** Adds a person of this name to the group (or gives a member who left their place back); returns them. */
    public static String addMember(Connection c, String groupId, String name, MemberRole role, LocalDate since)
            throws SQLException {
        String personId = personIn(c, groupId, name, since);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_membership SET member_role = ?, left_on = NULL WHERE group_id = ? AND person_id = ?")) {
            update.setString(1, role.getName());
            update.setString(2, groupId);
            update.setString(3, personId);
            update.executeUpdate();
        }
        return personId;
    }

    /**
     * Makes {@code login} the login of a person: the person who has it already (renamed when the
     * name differs), else the person of that name in the group, else the one person of that name
     * without a login, else a new person. In a group, the person becomes a member in the role.
     *
     * @param groupId null: no group
     * @return the person's id
     */
    public static String giveLogin(Connection c, String login, String name, String groupId, MemberRole role,
            LocalDate today) throws SQLException {
        Optional<Person> known = byLogin(c, login);
        String personId;
        if (known.isPresent()) {
            personId = known.get().getId();
            if (!known.get().getDisplayName().equals(name)) {
                rename(c, personId, name);
            }
        } else if (groupId != null) {
            personId = personIn(c, groupId, name, today);
        } else {
            personId = withoutLogin(c, name);
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_person SET login_name = ? WHERE id = ?")) {
            update.setString(1, login);
            update.setString(2, personId);
            update.executeUpdate();
        }
        if (groupId != null) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE lk_membership SET member_role = ?, left_on = NULL WHERE group_id = ? AND person_id = ?")) {
                update.setString(1, role.getName());
                update.setString(2, groupId);
                update.setString(3, personId);
                if (update.executeUpdate() == 0) {
                    addMembership(c, groupId, personId, role, today);
                }
            }
        }
        return personId;
    }

    private static String withoutLogin(Connection c, String name) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT id FROM lk_person WHERE display_name = ? AND login_name IS NULL")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                String found = rs.next() ? rs.getString(1) : null;
                // Two people of that name: which one is meant cannot be told, so the login gets its own.
                return found != null && !rs.next() ? found : newPerson(c, name);
            }
        }
    }

    /** Renames the person everywhere they are linked: sessions they took part in and actions they own. */
    public static int rename(Connection c, String personId, String name) throws SQLException {
        int changed = 0;
        for (String sql : new String[] { "UPDATE lk_person SET display_name = ? WHERE id = ?",
                "UPDATE lk_participant SET name = ? WHERE person_id = ?",
                "UPDATE lk_action SET owner_name = ? WHERE owner_id = ?" }) {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setString(1, name);
                update.setString(2, personId);
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    /** The group's name (also in its sessions and retention term), kind, organisation and usual method. */
    public static void save(Connection c, String groupId, String name, GroupKind kind, String organisation,
            String usualProtocolId) throws SQLException {
        String old;
        try (PreparedStatement query = c.prepareStatement("SELECT name FROM lk_group WHERE id = ?")) {
            query.setString(1, groupId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                old = rs.getString(1);
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE lk_group SET name = ?, kind = ?, organisation = ?,"
                + " usual_protocol_id = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setString(2, kind == null ? null : kind.getName());
            update.setString(3, organisation);
            update.setString(4, usualProtocolId);
            update.setString(5, groupId);
            update.executeUpdate();
        }
        if (java.util.Objects.equals(name, old)) {
            // Unchanged: the group's sessions (years of them) are not rewritten.
            return;
        }
        for (String table : new String[] { "lk_session", "lk_retention" }) {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET group_name = ? WHERE group_name = ?")) {
                update.setString(1, name);
                update.setString(2, old);
                update.executeUpdate();
            }
        }
    }

    public static void setRole(Connection c, String groupId, String personId, MemberRole role) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_membership SET member_role = ? WHERE group_id = ? AND person_id = ?")) {
            update.setString(1, role.getName());
            update.setString(2, groupId);
            update.setString(3, personId);
            update.executeUpdate();
        }
    }

    /** The person leaves the group on the date; their history stays. */
    public static void leave(Connection c, String groupId, String personId, LocalDate on) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE lk_membership SET left_on = ? WHERE group_id = ? AND person_id = ?")) {
            update.setDate(1, Date.valueOf(on));
            update.setString(2, groupId);
            update.setString(3, personId);
            update.executeUpdate();
        }
    }
}
