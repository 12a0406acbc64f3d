package nl.leerkring.core;

import java.time.LocalDate;
import java.util.List;

import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.model.StepTime;

/**
 * Runs sessions: starts them, moves through the protocol's steps and records what each step
 * collects. Every change is checked against the protocol's rules first and then committed to the
 * store before the in-memory session changes, so a rejected or failed change leaves both as they were.
 * Methods throw {@link InputRejectedException} for input the rules refuse and {@link StoreException}
 * when the store fails.
 */
public interface SessionService {

    /** Starts a session at the protocol's first step. Participant names are trimmed; empty lines are dropped. */
    default Session start(Protocol protocol, String title, LocalDate date, List<String> participantNames) {
        return start(protocol, title, date, null, participantNames);
    }

    /**
     * Starts a session of a group (may be empty). Each participant line is a name, optionally with
     * the role in parentheses as the protocol names it: "Anna (inbrenger)".
     */
    default Session start(Protocol protocol, String title, LocalDate date, String group, List<String> participantLines) {
        return start(protocol, title, date, group, Attendance.of(participantLines));
    }

    /** Starts a session of a group with who is there, who is absent and who is a guest. */
    Session start(Protocol protocol, String title, LocalDate date, String group, Attendance attendance);

    /** Like start, but for a later date and time: the session is planned and starts with the first thing recorded. */
    default Session plan(Protocol protocol, String title, LocalDate date, java.time.LocalTime time, String group,
            List<String> participantLines) {
        return plan(protocol, title, date, time, group, Attendance.of(participantLines));
    }

    Session plan(Protocol protocol, String title, LocalDate date, java.time.LocalTime time, String group,
            Attendance attendance);

    /**
     * Plans every meeting of a trajectory method for the group: the first on {@code first}, each
     * next one its weeks later, all at {@code time}, titled "{title} – 2. {meeting}"; they share one
     * trajectory id. Returns them in order; refused for a method without meetings or without a group.
     */
    List<Session> planTrajectory(Protocol protocol, String title, String group, LocalDate first, java.time.LocalTime time,
            Attendance attendance);

    /** The groups that held sessions, most recently active first. */
    List<String> groups();

    /** The participants of the group's most recent session, to start its next one with. */
    List<nl.leerkring.model.Participant> lastParticipants(String group);

    /** All sessions, most recently changed first. */
    List<SessionSummary> sessions();

    /** The sessions of one group, most recently changed first: its series without the rest of the archive. */
    List<SessionSummary> sessionsOfGroup(String group);

    /** What a list of sessions shows and how many sessions there are in all. */
    record Listing(List<SessionSummary> sessions, int total) {

        /** Whether older sessions are left out. */
        public boolean more() {
            return total > sessions.size();
        }
    }

    /**
     * The session list: every session still to run or finish and the {@code newest} most recently
     * changed, newest change first; read in time whatever the archive's size. Their attendance may be
     * left out (present and members 0): the list does not show it.
     */
    Listing recentSessions(int newest);

    /** Loads a session with its items and attaches the exact protocol version it runs with. */
    Session open(String sessionId);

    /**
     * The steps the session runs, in order: the protocol's, preceded by the review of the group's open
     * actions when the session has one ({@link nl.leerkring.core.actions.ActionReview}).
     */
    default List<Step> steps(Session session) {
        return nl.leerkring.core.actions.ActionReview.steps(session);
    }

    /** The step the session is at. */
    Step currentStep(Session session);

    boolean hasNext(Session session);

    boolean hasPrevious(Session session);

    void next(Session session);

    void previous(Session session);

    /**
     * Takes another case through the method's per-case steps, after the last case's round; refused
     * for a method of one case per meeting.
     */
    void addCaseRound(Session session);

    /**
     * Takes the last case round away again, when nothing was recorded in it; the session goes back
     * to the end of the round before.
     */
    void removeCaseRound(Session session);

    /**
     * Whether the session ends with a short round on what it brought each one, tagged with the
     * value cycles; refused once the session is done.
     */
    void valueRound(Session session, boolean round);

    /** Records an item of a kind the current step collects. */
    default Item addItem(Session session, String kindId, String text, String author) {
        return addItem(session, ItemEntry.of(kindId, text, author));
    }

    /**
     * Records an item, from a subgroup in a step worked in subgroups, tagged with codes from its
     * kind's code list, each with its valence (value creation: W+, W−, G); refused when a code is not
     * in the list or comes twice, or a subgroup is missing where the step asks for one.
     */
    Item addItem(Session session, ItemEntry entry);

    /** Replaces the codes an item is tagged with (none takes them all away). */
    void markItem(Session session, Item item, List<nl.leerkring.model.CodeMark> marks);

    /**
     * Records an action in the current step. A null due date means "next session". When the session
     * has participants, the owner is one of them.
     */
    Action addAction(Session session, String kindId, String description, String owner, LocalDate dueDate);

    /**
     * Records, in the review step, the action that follows on from one the group adjusted: the same
     * owner, linked to it, of the protocol's action kind. A null due date means "next session".
     */
    Action addFollowOn(Session session, Action previous, String description, LocalDate dueDate);

    void removeItem(Session session, Item item);

    /** Changes what an item says; the same rules as for a new item apply. */
    void editItem(Session session, Item item, String text);

    /**
     * Moves an item one place up (-1) or down (+1) among the items of its kind in its step.
     *
     * @return whether it moved (not past the first or the last)
     */
    boolean move(Session session, Item item, int direction);

    /** Marks the item as the chosen one of its kind in its step, or (chosen false) takes the mark away. */
    void choose(Session session, Item item, boolean chosen);

    /** Puts a removed item back at its place (for undo and redo); it must not be in the session. */
    void restoreItem(Session session, Item item, int position);

    /**
     * Skips the current step, when the protocol allows it, to the next one; the reason is kept.
     * What the step would have collected is not required.
     */
    void skip(Session session, String reason, java.time.Duration elapsed, java.time.Duration timebox);

    /** Records how long the current step has run and its timebox, e.g. when its timer is paused. */
    void recordTime(Session session, java.time.Duration elapsed, java.time.Duration timebox);

    /** The time recorded for a step so far, if any. */
    java.util.Optional<StepTime> time(Session session, Step step);

    /** Pauses the session to continue another day; any later change resumes it. */
    void pause(Session session);

    /** Marks the session done; it can still be read but takes no more input. */
    void close(Session session);
}
