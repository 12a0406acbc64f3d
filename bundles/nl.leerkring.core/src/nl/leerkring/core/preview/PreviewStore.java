package nl.leerkring.core.preview;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.leerkring.core.SessionStore;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StatusChange;
import nl.leerkring.model.StepTime;

/**
 * Where a preview session lives: in memory only, gone when the preview closes, so a lead can try a
 * draft protocol without anything reaching the team's database. The session engine changes the
 * session objects itself; this store only has to keep them. A preview session has no group, so it
 * has no earlier actions to review.
 */
public final class PreviewStore implements SessionStore, ActionStore {

    private final Map<String, Session> sessions = new LinkedHashMap<>();

    @Override
    public void createSession(Session session) {
        sessions.put(session.getId(), session);
    }

    @Override
    public void createSessions(List<Session> made) {
        made.forEach(this::createSession);
    }

    @Override
    public void saveActionReview(String sessionId, boolean review) {
        // The engine sets it on the session object, which is what this store keeps.
    }

    @Override
    public void saveCaseRounds(String sessionId, int rounds, java.util.Collection<String> forgotten, Instant updatedAt) {
        // The engine sets it on the session object, which is what this store keeps.
    }

    @Override
    public void saveValueRound(String sessionId, boolean round, Instant updatedAt) {
        // The engine sets it on the session object, which is what this store keeps.
    }

    @Override
    public void saveProgress(String sessionId, int currentStep, SessionStatus status, Instant updatedAt) {
        // As above: the kept session object already has its progress.
    }

    @Override
    public void addItem(String sessionId, Item item, int position, Instant updatedAt) {
        // The engine adds the item to the kept session object.
    }

    @Override
    public void updateItemText(String sessionId, String itemId, String text, Instant updatedAt) {
        // The engine changes the kept item.
    }

    @Override
    public void markItem(String sessionId, String itemId, List<nl.leerkring.model.CodeMark> marks, Instant updatedAt) {
        // The engine tags the kept item.
    }

    @Override
    public void setChosen(String sessionId, String itemId, boolean chosen, Instant updatedAt) {
        // The engine marks the kept item.
    }

    @Override
    public void choose(String sessionId, String stepId, String kindId, String itemId, Instant updatedAt) {
        // The engine marks the kept items.
    }

    @Override
    public void moveItem(String sessionId, String itemId, int position, Instant updatedAt) {
        // The engine moves the kept item.
    }

    @Override
    public void removeItem(String sessionId, String itemId, Instant updatedAt) {
        // The engine removes the kept item.
    }

    @Override
    public void saveStepTime(String sessionId, StepTime time, Instant updatedAt) {
        // The engine records the time on the kept session.
    }

    @Override
    public List<SessionSummary> listSessions() {
        return sessions.values().stream().map(s -> new SessionSummary(s.getId(), s.getDate(), s.getProtocolId(),
                s.getProtocolVersion(), s.getTitle(), s.getStatus(), s.getCurrentStep(), s.getUpdatedAt(), s.getGroup(),
                s.getStartTime(), (int) s.getParticipants().stream().filter(p -> p.isPresent() && !p.isGuest()).count(),
                (int) s.getParticipants().stream().filter(p -> !p.isGuest()).count(), s.getTrajectoryId(), s.getMeeting()))
                .toList();
    }

    @Override
    public Optional<Session> loadSession(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public List<ActionRecord> actionsOwnedBy(String owner) {
        return List.of();
    }

    @Override
    public java.util.Optional<ActionRecord> action(String id) {
        return java.util.Optional.empty();
    }

    @Override
    public List<ActionRecord> actionsOfGroup(String group) {
        return List.of();
    }

    @Override
    public List<String> actionOwners() {
        return List.of();
    }

    @Override
    public void saveChange(Action action, List<StatusChange> changes) {
        // Nothing outlives a preview.
    }

    @Override
    public void saveAnswer(Action action, List<StatusChange> changes) {
        // Nothing outlives a preview.
    }

    @Override
    public void addNote(String actionId, ProgressNote note) {
        // Nothing outlives a preview.
    }

    @Override
    public void handOver(Action action, StatusChange handOver) {
        // Nothing outlives a preview.
    }

    @Override
    public List<ActionRecord> actionsOfLeavers(String group) {
        return List.of();
    }
}
