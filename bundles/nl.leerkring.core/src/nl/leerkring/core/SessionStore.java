package nl.leerkring.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StepTime;

/**
 * Where sessions are kept. Every method commits before it returns: there is no save step,
 * so a crash loses nothing that a method already returned from. Failures surface as
 * {@link StoreException} with a message for the user.
 */
public interface SessionStore {

    /** Stores a new session with its participants (not yet any items). */
    void createSession(Session session);

    /** Stores new sessions (a trajectory's meetings) in one transaction: all of them, or none. */
    void createSessions(java.util.List<Session> sessions);

    /** Stores where a session is: its current step and status. */
    void saveProgress(String sessionId, int currentStep, SessionStatus status, Instant updatedAt);

    /** Stores whether the session begins with a review of the group's open actions. */
    void saveActionReview(String sessionId, boolean review);

    /**
     * How many cases the session takes through its per-case steps; the times of {@code forgotten}
     * steps (a round taken back) go in the same transaction, so a round taken again starts afresh.
     */
    void saveCaseRounds(String sessionId, int rounds, java.util.Collection<String> forgotten, Instant updatedAt);

    /** Whether the session ends with the round on what it brought. */
    void saveValueRound(String sessionId, boolean round, Instant updatedAt);

    /** Stores a new item (or action) of a session at the given position in its item list; later items move up. */
    void addItem(String sessionId, Item item, int position, Instant updatedAt);

    /** Changes the text of an item (or the description of an action). */
    void updateItemText(String sessionId, String itemId, String text, Instant updatedAt);

    /** Replaces the codes an item is tagged with, and their valence. */
    void markItem(String sessionId, String itemId, java.util.List<nl.leerkring.model.CodeMark> marks, Instant updatedAt);

    /** Marks one item as the chosen one of its kind in its step (null: none); the others lose the mark. */
    void choose(String sessionId, String stepId, String kindId, String itemId, Instant updatedAt);

    /** Gives one item the mark, or takes it away, leaving the others of its kind as they are. */
    void setChosen(String sessionId, String itemId, boolean chosen, Instant updatedAt);

    /** Moves an item to another place in the session's item list. */
    void moveItem(String sessionId, String itemId, int position, Instant updatedAt);

    /** Removes an item (or action) of a session. */
    void removeItem(String sessionId, String itemId, Instant updatedAt);

    /** Stores how long a step has run and its (possibly extended) timebox; replaces an earlier record. */
    void saveStepTime(String sessionId, StepTime time, Instant updatedAt);

    /** All sessions, most recently changed first, without their items. */
    List<SessionSummary> listSessions();

    /** The sessions of one group, newest change first: a group's series without the rest of the archive. */
    default List<SessionSummary> sessionsOfGroup(String group) {
        return listSessions().stream().filter(s -> java.util.Objects.equals(s.group(), group)).toList();
    }

    /** The group's sessions dated {@code from} to {@code until}, both included, newest change first: a period's series. */
    default List<SessionSummary> sessionsOfGroup(String group, java.time.LocalDate from, java.time.LocalDate until) {
        return sessionsOfGroup(group).stream()
                .filter(s -> s.date() != null && !s.date().isBefore(from) && !s.date().isAfter(until)).toList();
    }

    /**
     * What the session list shows: every session still to run or finish, and the {@code newest}
     * most recently changed ones; most recently changed first. A store may leave out their
     * attendance (present and members 0), which the list does not show.
     */
    default List<SessionSummary> recentSessions(int newest) {
        List<SessionSummary> all = listSessions();
        return java.util.stream.IntStream.range(0, all.size())
                .filter(n -> n < newest || all.get(n).status() != nl.leerkring.model.SessionStatus.DONE)
                .mapToObj(all::get).toList();
    }

    /** How many sessions there are in all. */
    default int countSessions() {
        return listSessions().size();
    }

    /** The names of the groups that have sessions, the group with the latest change first. */
    default List<String> groupNames() {
        return listSessions().stream().map(SessionSummary::group).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The whole session with participants and items; its protocol is not attached. */
    Optional<Session> loadSession(String sessionId);
}
