package nl.leerkring.core.actions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.leerkring.model.Action;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.StatusChange;

/**
 * Where actions' lifecycles are kept, beside the sessions they were made in. Every method commits
 * before it returns.
 */
public interface ActionStore {

    /** The actions of one owner across all groups and sessions, with their notes and history. */
    List<ActionRecord> actionsOwnedBy(String owner);

    /** One action with its notes and history, and the session it was made in; empty when there is none. */
    Optional<ActionRecord> action(String id);

    /** The actions made in the group's sessions, with their notes and history. */
    List<ActionRecord> actionsOfGroup(String group);

    /**
     * The actions made in these sessions of the group and those the sessions' reviews closed or
     * adjusted, with their history: a group's series over a period. A store reads only those, so the
     * series of a year does not grow with the group's other years, and may leave out their progress
     * notes (notes are the owner's, in Mijn acties; a series shows none).
     */
    default List<ActionRecord> historiesOfSessions(String group, Set<String> sessionIds) {
        return actionsOfGroup(group).stream().filter(r -> sessionIds.contains(r.sessionId())
                || r.action().getHistory().stream().anyMatch(c -> sessionIds.contains(c.getSessionId())
                        && ActionLifecycle.completes(c.getTo())))
                .toList();
    }

    /**
     * The group's actions that are still open, and those changed in session {@code answeredIn}
     * (null: none): what a review of the group lists. A store answers from the open ones, so a review
     * does not grow with the group's history.
     */
    default List<ActionRecord> openOfGroup(String group, String answeredIn) {
        return actionsOfGroup(group).stream().filter(r -> ActionLifecycle.isOpen(r.action().getStatus())
                || answeredIn != null && r.action().getHistory().stream().anyMatch(c -> answeredIn.equals(c.getSessionId())))
                .toList();
    }

    /** Everyone who owns an action, in alphabetical order. */
    List<String> actionOwners();

    /**
     * Stores the action's status, outcome, learning, reason, due date and carry-over count with the
     * changes that led there, all in one transaction.
     */
    void saveChange(Action action, List<StatusChange> changes);

    /**
     * As {@link #saveChange}, for a review's answer: the action's value codes (its marks) replace
     * those stored, in the same transaction.
     */
    void saveAnswer(Action action, List<StatusChange> changes);

    void addNote(String actionId, ProgressNote note);

    /**
     * Gives the action its new owner (linked to the person of that name in its group) and adds the
     * hand-over, the last of its history.
     *
     * @throws nl.leerkring.core.StoreConflictException when the action changed elsewhere first
     */
    void handOver(Action action, StatusChange handOver);

    /** The group's open actions ({@link ActionLifecycle#isOpen}) whose owner has left the group. */
    List<ActionRecord> actionsOfLeavers(String group);
}
