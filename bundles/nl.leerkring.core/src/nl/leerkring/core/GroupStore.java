package nl.leerkring.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.leerkring.model.Group;
import nl.leerkring.model.GroupKind;
import nl.leerkring.model.MemberRole;
import nl.leerkring.model.Person;

/**
 * The groups and the people in them. A session's group and participants, and an action's owner, are
 * linked to them as they are recorded: a name new to a group makes a new member. Names stay in the
 * records as they were written; a person's new name reaches every record linked to them.
 */
public interface GroupStore {

    /** Every group by name, with its members (also those who left), by name. */
    List<Group> groups();

    /** The group of this name, made when there is none; returns its id. */
    String addGroup(String name);

    /**
     * Adds the person of this name to the group in the role (a member of that name who left gets
     * their place back); returns the person's id.
     */
    String addMember(String groupId, String name, MemberRole role, LocalDate since);

    /**
     * Changes what the group is: its name (every session of the group carries the new one), its kind,
     * its organisation and the method it usually works with (null: none).
     */
    void saveGroup(String groupId, String name, GroupKind kind, String organisation, String usualProtocolId);

    /** The member's role in the group. */
    void setRole(String groupId, String personId, MemberRole role);

    /** Gives the person another name, in every session and action linked to them. */
    void renamePerson(String personId, String name);

    /** The person leaves the group on the date; their sessions and actions stay as they are. */
    void leaveGroup(String groupId, String personId, LocalDate on);

    /** The person whose login on the team database this is. */
    Optional<Person> personByLogin(String login);

    /**
     * Who uses the team database: the person its login was given to ({@code db grant}). Empty on
     * the database on this computer, where the user picks themselves, and for a login given to nobody.
     */
    Optional<Person> me();

    /** The login name on the team database; null on this computer. */
    String login();
}
