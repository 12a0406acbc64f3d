package nl.leerkring.core.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Session;

/**
 * Follows actions up after the session that made them: the owner's own view, status changes with
 * their history, and the review at the start of the group's next session. Every change is checked by
 * {@link ActionLifecycle} and committed before the returned record shows it. Methods throw
 * {@link nl.leerkring.core.InputRejectedException} for changes the rules refuse.
 */
public interface ActionService {

    /** The rules, with the clock the service uses for "today". */
    ActionLifecycle lifecycle();

    /** Everyone who owns an action, to pick oneself from. */
    List<String> owners();

    /** The group's actions that are still open, from all its sessions: what its next review will list. */
    List<ActionRecord> openOfGroup(String group);

    /** The owner's actions across groups and sessions: overdue first, then by due date, "next session" last. */
    List<ActionRecord> ownedBy(String owner);

    /** How many of the owner's actions are overdue and how many are due later this week. */
    default Reminder reminder(String owner) {
        return reminder(ownedBy(owner));
    }

    /** The same counts for actions already read, e.g. those an owner's view shows. */
    default Reminder reminder(List<ActionRecord> records) {
        ActionLifecycle rules = lifecycle();
        return new Reminder((int) records.stream().filter(r -> rules.isOverdue(r.action())).count(),
                (int) records.stream().filter(r -> rules.isDueThisWeek(r.action())).count());
    }

    record Reminder(int overdue, int dueThisWeek) {
    }

    /** The statuses the owner may give the action now; closing and adjusting are the group's, in its review. */
    default Set<ActionStatus> nextStatuses(ActionRecord record) {
        Set<ActionStatus> next = ActionLifecycle.next(record.action().getStatus());
        next.remove(ActionStatus.CLOSED);
        next.remove(ActionStatus.ADJUSTED);
        return next;
    }

    /** Changes the action's status; the returned record is the action as stored afterwards. */
    ActionRecord changeStatus(ActionRecord record, ActionStatus to, ActionUpdate update);

    /** Adds a dated progress note. */
    ActionRecord addNote(ActionRecord record, String text, String author);

    /**
     * Hands the action over to another person, who owns it from now on (its owner left the group,
     * or someone else takes it on); the reason goes into its history, its status stays.
     */
    ActionRecord handOver(ActionRecord record, String newOwner, String reason, String by);

    /** The group's open actions whose owner has left the group, for the lead to hand over. */
    List<ActionRecord> ofLeavers(String group);

    /** The actions the session's review lists (see {@link ActionReview#listed}). */
    List<ActionRecord> reviewList(Session session);

    /** The listed actions the review has not answered yet. */
    List<ActionRecord> unanswered(Session session);

    /**
     * The group's earlier actions that the session's review answered, with their notes and history:
     * what its report lists as reviewed. Read as a review reads (the group's open actions and those
     * changed in the session), so a report does not grow with the group's history.
     */
    List<ActionRecord> answeredIn(Session session);

    /** Review answer "done": closes the action with what it brought and what was learned. */
    default ActionRecord reviewDone(Session session, ActionRecord record, String outcome, String learning) {
        return reviewDone(session, record, outcome, learning, List.of());
    }

    /**
     * Review answer "done", with the value what it brought created, coded from the value codes
     * ({@link nl.leerkring.core.ValueRound#kind()}: applied value VAW.1 W+, seed 001); they become
     * the action's marks.
     */
    ActionRecord reviewDone(Session session, ActionRecord record, String outcome, String learning, List<CodeMark> value);

    /** Review answer "continue": carries the action over to a new due date (null: the next session). */
    ActionRecord reviewContinue(Session session, ActionRecord record, LocalDate newDue);

    /** Review answer "drop": cancels the action with a reason. */
    ActionRecord reviewDrop(Session session, ActionRecord record, ActionReason reason, String explanation);

    /**
     * Review answer "adjust" (PDCA "act"): the action is done and a follow-on action of the same owner,
     * recorded in this session, takes its place.
     *
     * @return the adjusted action
     */
    default ActionRecord reviewAdjust(Session session, ActionRecord record, String outcome, String learning,
            String followOn, LocalDate followOnDue) {
        return reviewAdjust(session, record, outcome, learning, List.of(), followOn, followOnDue);
    }

    /** Review answer "adjust", with the value what it brought created, as for {@link #reviewDone}. */
    ActionRecord reviewAdjust(Session session, ActionRecord record, String outcome, String learning, List<CodeMark> value,
            String followOn, LocalDate followOnDue);

    /** Review answer "later": leaves the action as it is, deliberately, for the next session's review. */
    ActionRecord reviewDefer(Session session, ActionRecord record);

    /**
     * What the group's series of sessions dated {@code from} to {@code until} (both included)
     * brought: per session, the actions made, completed and learned from, whenever those were made.
     * The actions carry their history, not their progress notes. Read by what it shows, so a year's
     * series does not grow with the group's other years.
     */
    List<SeriesEntry> series(String group, LocalDate from, LocalDate until);

    /**
     * One session of a group's series.
     *
     * @param made      actions made in the session
     * @param completed actions closed or adjusted by the session's review
     * @param present   the members who were there
     * @param members   the members who were there or absent
     */
    record SeriesEntry(String sessionId, String title, LocalDate date, List<ActionRecord> made,
            List<ActionRecord> completed, int present, int members) {
    }
}
