package nl.leerkring.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.ValueRound;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.core.actions.ActionUpdate;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StatusChange;

/**
 * The action follow-up. Changes are made on a copy of the action and committed before the copy is
 * returned, so a refused or failed change leaves the caller's record as it was.
 */
@Component(service = ActionService.class)
public class ActionServiceImpl implements ActionService {

    private final ActionStore store;
    private final SessionStore sessions;
    private final SessionService engine;
    private final ActionLifecycle lifecycle;

    @Activate
    public ActionServiceImpl(@Reference ActionStore store, @Reference SessionStore sessions,
            @Reference SessionService engine, @Reference Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.engine = engine;
        this.lifecycle = new ActionLifecycle(clock);
    }

    @Override
    public ActionLifecycle lifecycle() {
        return lifecycle;
    }

    @Override
    public List<String> owners() {
        return store.actionOwners();
    }

    @Override
    public List<ActionRecord> openOfGroup(String group) {
        return store.openOfGroup(group, null).stream().filter(r -> ActionLifecycle.isOpen(r.action().getStatus())).toList();
    }

    @Override
    public List<ActionRecord> ownedBy(String owner) {
        return store.actionsOwnedBy(owner).stream()
                .sorted(Comparator.comparingInt(this::urgency)
                        .thenComparing(r -> r.action().getDueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ActionRecord::sessionDate, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Overdue first, then what is still to do, then what awaits the review, then what is finished. */
    private int urgency(ActionRecord record) {
        Action action = record.action();
        if (lifecycle.isOverdue(action)) {
            return 0;
        }
        if (ActionLifecycle.isPending(action.getStatus())) {
            return action.getDueDate() == null ? 2 : 1;
        }
        return ActionLifecycle.isOpen(action.getStatus()) ? 3 : 4;
    }

    @Override
    public ActionRecord changeStatus(ActionRecord record, ActionStatus to, ActionUpdate update) {
        if ((to == ActionStatus.CLOSED || to == ActionStatus.ADJUSTED) && update.sessionId() == null) {
            throw new InputRejectedException(Messages.Action_ReviewOnly);
        }
        Action copy = EcoreUtil.copy(record.action());
        StatusChange change = lifecycle.apply(copy, to, update);
        store.saveChange(copy, List.of(change));
        return with(record, copy);
    }

    @Override
    public ActionRecord addNote(ActionRecord record, String text, String author) {
        String clean = ActionLifecycle.clean(text);
        if (clean == null) {
            throw new InputRejectedException(Messages.Action_EmptyNote);
        }
        ProgressNote note = LeerkringFactory.eINSTANCE.createProgressNote();
        note.setAt(lifecycle.clock().instant());
        note.setAuthor(author == null || author.isBlank() ? record.action().getOwner() : author.strip());
        note.setText(clean);
        store.addNote(record.action().getId(), note);
        Action copy = EcoreUtil.copy(record.action());
        copy.getNotes().add(note);
        return with(record, copy);
    }

    @Override
    public ActionRecord handOver(ActionRecord record, String newOwner, String reason, String by) {
        Action copy = EcoreUtil.copy(record.action());
        if (!ActionLifecycle.isOpen(copy.getStatus())) {
            throw new InputRejectedException(Messages.Action_HandOverClosed);
        }
        String owner = ActionLifecycle.clean(newOwner);
        if (owner == null || owner.equals(copy.getOwner())) {
            throw new InputRejectedException(Messages.Action_HandOverNeedsOwner);
        }
        String why = ActionLifecycle.clean(reason);
        if (why == null) {
            throw new InputRejectedException(Messages.Action_HandOverNeedsReason);
        }
        StatusChange change = LeerkringFactory.eINSTANCE.createStatusChange();
        change.setAt(lifecycle.clock().instant());
        change.setBy(by == null || by.isBlank() ? null : by.strip());
        change.setFrom(copy.getStatus());
        change.setTo(copy.getStatus());
        change.setReason(NLS.bind(Messages.Action_HandedOver, new Object[] { copy.getOwner(), owner, why }));
        copy.getHistory().add(change);
        copy.setOwner(owner);
        store.handOver(copy, change);
        return with(record, copy);
    }

    @Override
    public List<ActionRecord> ofLeavers(String group) {
        return store.actionsOfLeavers(group);
    }

    @Override
    public List<ActionRecord> reviewList(Session session) {
        if (!session.isActionReview() || session.getGroup() == null) {
            return List.of();
        }
        return ActionReview.listed(session, store.openOfGroup(session.getGroup(), session.getId()));
    }

    @Override
    public List<ActionRecord> unanswered(Session session) {
        return ActionReview.unanswered(reviewList(session), session);
    }

    @Override
    public List<ActionRecord> answeredIn(Session session) {
        if (session.getGroup() == null) {
            return List.of();
        }
        return store.openOfGroup(session.getGroup(), session.getId()).stream()
                .filter(r -> !r.sessionId().equals(session.getId()))
                .filter(r -> r.action().getHistory().stream().anyMatch(c -> session.getId().equals(c.getSessionId())))
                .toList();
    }

    @Override
    public ActionRecord reviewDone(Session session, ActionRecord record, String outcome, String learning,
            List<CodeMark> value) {
        Action copy = reviewed(session, record);
        valued(copy, value);
        ActionUpdate update = answer(session, copy).outcome(outcome, learning);
        List<StatusChange> changes = new ArrayList<>();
        if (copy.getStatus() != ActionStatus.DONE) {
            changes.add(lifecycle.apply(copy, ActionStatus.DONE, update));
        }
        changes.add(lifecycle.apply(copy, ActionStatus.CLOSED, update));
        store.saveAnswer(copy, changes);
        return with(record, copy);
    }

    @Override
    public ActionRecord reviewContinue(Session session, ActionRecord record, LocalDate newDue) {
        Action copy = reviewed(session, record);
        StatusChange change = lifecycle.apply(copy, ActionStatus.CARRIED_OVER, answer(session, copy).due(newDue));
        store.saveChange(copy, List.of(change));
        return with(record, copy);
    }

    @Override
    public ActionRecord reviewDrop(Session session, ActionRecord record, ActionReason reason, String explanation) {
        Action copy = reviewed(session, record);
        StatusChange change = lifecycle.apply(copy, ActionStatus.CANCELLED,
                answer(session, copy).reason(reason, explanation));
        store.saveChange(copy, List.of(change));
        return with(record, copy);
    }

    @Override
    public ActionRecord reviewAdjust(Session session, ActionRecord record, String outcome, String learning,
            List<CodeMark> value, String followOn, LocalDate followOnDue) {
        Action copy = reviewed(session, record);
        valued(copy, value);
        if (followOn == null || followOn.isBlank()) {
            throw new InputRejectedException(Messages.Action_NeedsFollowOn);
        }
        ActionUpdate update = answer(session, copy).outcome(outcome, learning)
                .reason(null, NLS.bind(Messages.Action_FollowOn, followOn.strip()));
        List<StatusChange> changes = new ArrayList<>();
        if (copy.getStatus() != ActionStatus.DONE) {
            changes.add(lifecycle.apply(copy, ActionStatus.DONE, update));
        }
        changes.add(lifecycle.apply(copy, ActionStatus.ADJUSTED, update));
        // Every rule is checked above; only now is anything committed. Should the second commit fail,
        // the follow-on stands and the original is still open: giving the answer again does not make
        // a second follow-on.
        boolean followedOn = session.getItems().stream()
                .anyMatch(i -> i instanceof Action a && copy.getId().equals(a.getFollowsActionId()));
        if (!followedOn) {
            engine.addFollowOn(session, copy, followOn, followOnDue);
        }
        store.saveAnswer(copy, changes);
        return with(record, copy);
    }

    @Override
    public ActionRecord reviewDefer(Session session, ActionRecord record) {
        Action copy = reviewed(session, record);
        StatusChange change = lifecycle.defer(copy, answer(session, copy));
        store.saveChange(copy, List.of(change));
        return with(record, copy);
    }

    /**
     * A copy of the action, once it is sure the session's review lists it and the session still runs.
     * The action is read again by its key (not the whole review list: a review answers each in turn).
     */
    private Action reviewed(Session session, ActionRecord record) {
        if (session.getStatus() == SessionStatus.DONE) {
            throw new InputRejectedException(Messages.Rejected_SessionDone);
        }
        boolean listed = session.getGroup() != null && store.action(record.action().getId())
                .filter(stored -> session.getGroup().equals(stored.group()))
                .map(stored -> !ActionReview.listed(session, List.of(stored)).isEmpty()).orElse(false);
        if (!listed) {
            throw new InputRejectedException(Messages.Action_NotInReview);
        }
        return EcoreUtil.copy(record.action());
    }

    /** What the answer says the action brought, coded from the value codes; checked before anything is stored. */
    private static void valued(Action action, List<CodeMark> value) {
        List<CodeMark> checked = ItemMarks.checked(ValueRound.kind(), value);
        action.getMarks().clear();
        action.getMarks().addAll(checked);
    }

    /** In the review the owner reports; the change belongs to the reviewing session. */
    private static ActionUpdate answer(Session session, Action action) {
        return ActionUpdate.by(action.getOwner()).inSession(session.getId());
    }

    @Override
    public List<SeriesEntry> series(String group, LocalDate from, LocalDate until) {
        List<SessionSummary> held = held(sessions.sessionsOfGroup(group, from, until));
        if (held.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        held.forEach(s -> ids.add(s.id()));
        return series(held, store.historiesOfSessions(group, ids));
    }

    /** The sessions that took place (not those only planned), oldest first. */
    private static List<SessionSummary> held(List<SessionSummary> sessions) {
        return sessions.stream().filter(s -> s.status() != SessionStatus.PLANNED)
                .sorted(Comparator.comparing(SessionSummary::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(SessionSummary::updatedAt))
                .toList();
    }

    private static List<SeriesEntry> series(List<SessionSummary> held, List<ActionRecord> records) {
        // Each action is placed once by the session that made it and once per session its review
        // closed or adjusted it in: a pass over the group's actions, not one per session.
        Map<String, List<ActionRecord>> made = new HashMap<>();
        Map<String, List<ActionRecord>> completed = new HashMap<>();
        for (ActionRecord record : records) {
            made.computeIfAbsent(record.sessionId(), id -> new ArrayList<>()).add(record);
            record.action().getHistory().stream()
                    .filter(c -> c.getSessionId() != null && ActionLifecycle.completes(c.getTo()))
                    .map(StatusChange::getSessionId).distinct()
                    .forEach(id -> completed.computeIfAbsent(id, s -> new ArrayList<>()).add(record));
        }
        return held.stream()
                .map(s -> new SeriesEntry(s.id(), s.title(), s.date(), List.copyOf(made.getOrDefault(s.id(), List.of())),
                        List.copyOf(completed.getOrDefault(s.id(), List.of())), s.present(), s.members()))
                .toList();
    }

    private static ActionRecord with(ActionRecord record, Action action) {
        return new ActionRecord(action, record.sessionId(), record.sessionTitle(), record.group(), record.sessionDate());
    }
}
