package nl.leerkring.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Capture;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;

/**
 * What a running session records, for {@link SessionServiceImpl}: items and actions added (within
 * what the step collects), coded, edited, moved, chosen, put back and removed; and the checks every
 * change of a session shares (it still runs; a paused or planned one runs again once the group
 * does something in it).
 */
final class SessionItems {

    private final SessionStore store;
    private final Clock clock;

    SessionItems(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Item addItem(Session session, ItemEntry entry) {
        Step step = requireOpen(session);
        ItemKind kind = collectedKind(session, step, entry.kindId(), entry.author());
        if (kind.isAction()) {
            throw Inputs.rejected(Messages.Rejected_NeedsAction, Protocols.text(kind.getName()));
        }
        Item item = LeerkringFactory.eINSTANCE.createItem();
        fill(item, step, kind, entry.text(), entry.author());
        item.getMarks().addAll(ItemMarks.checked(kind, entry.marks()));
        if (step.isSubgroups()) {
            item.setSubgroup(Inputs.required(entry.subgroup(), Inputs.MAX_SUBGROUP, Messages.Rejected_NoSubgroup));
        }
        return append(session, item);
    }

    void markItem(Session session, Item item, List<CodeMark> marks) {
        requireOpen(session);
        requireIn(session, item);
        if (item instanceof Action) {
            throw new InputRejectedException(Messages.Rejected_ActionValue);
        }
        ItemKind kind = Protocols.kind(session.getProtocol(), item.getKindId())
                .orElseThrow(() -> new InputRejectedException(Messages.Rejected_ItemNotInSession));
        List<CodeMark> checked = ItemMarks.checked(kind, marks);
        Instant now = now();
        store.markItem(session.getId(), item.getId(), checked, now);
        item.getMarks().clear();
        item.getMarks().addAll(checked);
        session.setUpdatedAt(now);
    }

    Action addAction(Session session, String kindId, String description, String owner, LocalDate dueDate) {
        Step step = requireOpen(session);
        ItemKind kind = collectedKind(session, step, kindId, owner);
        if (!kind.isAction()) {
            throw Inputs.rejected(Messages.Rejected_NotAnAction, Protocols.text(kind.getName()));
        }
        Action action = LeerkringFactory.eINSTANCE.createAction();
        fill(action, step, kind, description, null);
        action.setOwner(Inputs.required(owner, Inputs.MAX_NAME, Messages.Rejected_NoOwner));
        List<String> names = session.getParticipants().stream().map(Participant::getName).toList();
        if (!names.isEmpty() && !names.contains(action.getOwner())) {
            throw Inputs.rejected(Messages.Rejected_OwnerNotParticipant, action.getOwner(), String.join(", ", names));
        }
        action.setDueDate(checkDue(dueDate));
        action.setStatus(ActionStatus.OPEN);
        return append(session, action);
    }

    Action addFollowOn(Session session, Action previous, String description, LocalDate dueDate) {
        Step step = requireOpen(session);
        if (!ActionReview.isReview(step)) {
            throw new InputRejectedException(Messages.Action_NotInReview);
        }
        ItemKind kind = session.getProtocol().getItemKinds().stream().filter(ItemKind::isAction).findFirst()
                .orElseThrow(() -> Inputs.rejected(Messages.Action_NoActionKind,
                        Protocols.text(session.getProtocol().getName())));
        Action action = LeerkringFactory.eINSTANCE.createAction();
        fill(action, step, kind, description, null);
        action.setOwner(previous.getOwner());
        action.setDueDate(checkDue(dueDate));
        action.setStatus(ActionStatus.OPEN);
        action.setFollowsActionId(previous.getId());
        return append(session, action);
    }

    private LocalDate checkDue(LocalDate dueDate) {
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw Inputs.rejected(Messages.Rejected_DueInPast, dueDate);
        }
        return dueDate;
    }

    private void fill(Item item, Step step, ItemKind kind, String text, String author) {
        item.setText(Inputs.required(text, Inputs.MAX_TEXT,
                NLS.bind(Messages.Rejected_EmptyText, Protocols.text(kind.getName()))));
        String cleanAuthor = author == null ? "" : author.strip();
        if (!cleanAuthor.isEmpty()) {
            item.setAuthor(Inputs.checkLength(cleanAuthor, Inputs.MAX_NAME));
        }
        item.setId(UUID.randomUUID().toString());
        item.setKindId(kind.getId());
        item.setStepId(step.getId());
        item.setCreatedAt(now());
    }

    private <T extends Item> T append(Session session, T item) {
        resumeIfPaused(session);
        store.addItem(session.getId(), item, session.getItems().size(), item.getCreatedAt());
        session.getItems().add(item);
        session.setUpdatedAt(item.getCreatedAt());
        return item;
    }

    void editItem(Session session, Item item, String text) {
        requireOpen(session);
        requireIn(session, item);
        String kindName = Protocols.kind(session.getProtocol(), item.getKindId()).map(k -> Protocols.text(k.getName()))
                .orElse(item.getKindId());
        String clean = Inputs.required(text, Inputs.MAX_TEXT, NLS.bind(Messages.Rejected_EmptyText, kindName));
        Instant now = now();
        store.updateItemText(session.getId(), item.getId(), clean, now);
        item.setText(clean);
        session.setUpdatedAt(now);
    }

    boolean move(Session session, Item item, int direction) {
        requireOpen(session);
        requireIn(session, item);
        List<Item> siblings = session.getItems().stream()
                .filter(i -> i.getStepId().equals(item.getStepId()) && i.getKindId().equals(item.getKindId())).toList();
        int at = siblings.indexOf(item) + Integer.signum(direction);
        if (direction == 0 || at < 0 || at >= siblings.size()) {
            return false;
        }
        int position = session.getItems().indexOf(siblings.get(at));
        Instant now = now();
        store.moveItem(session.getId(), item.getId(), position, now);
        session.getItems().move(position, item);
        session.setUpdatedAt(now);
        return true;
    }

    void choose(Session session, Item item, boolean chosen) {
        requireOpen(session);
        requireIn(session, item);
        Instant now = now();
        // The step as the session runs it: a further case's copy counts its own stars.
        int most = ActionReview.steps(session).stream().filter(st -> st.getId().equals(item.getStepId()))
                .flatMap(st -> st.getCaptures().stream()).filter(c -> c.getKind().getId().equals(item.getKindId()))
                .mapToInt(Capture::getChooseMax).findFirst().orElse(1);
        List<Item> ofKind = session.getItems().stream()
                .filter(i -> i.getStepId().equals(item.getStepId()) && i.getKindId().equals(item.getKindId())).toList();
        if (most <= 1) {
            // One to go on with: choosing another moves the mark.
            store.choose(session.getId(), item.getStepId(), item.getKindId(), chosen ? item.getId() : null, now);
            ofKind.forEach(i -> i.setChosen(chosen && i == item));
        } else {
            if (chosen && !item.isChosen() && ofKind.stream().filter(Item::isChosen).count() >= most) {
                throw Inputs.rejected(Messages.Rejected_ChosenMax, most);
            }
            store.setChosen(session.getId(), item.getId(), chosen, now);
            item.setChosen(chosen);
        }
        session.setUpdatedAt(now);
    }

    void restoreItem(Session session, Item item, int position) {
        requireOpen(session);
        if (item.eContainer() != null) {
            throw new InputRejectedException(Messages.Rejected_ItemNotInSession);
        }
        int at = Math.max(0, Math.min(position, session.getItems().size()));
        Instant now = now();
        store.addItem(session.getId(), item, at, now);
        session.getItems().add(at, item);
        session.setUpdatedAt(now);
    }

    void removeItem(Session session, Item item) {
        requireOpen(session);
        requireIn(session, item);
        Instant now = now();
        store.removeItem(session.getId(), item.getId(), now);
        session.getItems().remove(item);
        session.setUpdatedAt(now);
    }

    /** The kind, if the step collects it and has room for one more (of this participant, where counts are theirs). */
    private ItemKind collectedKind(Session session, Step step, String kindId, String author) {
        Capture capture = step.getCaptures().stream()
                .filter(c -> c.getKind() != null && c.getKind().getId().equals(kindId)).findFirst()
                .orElseThrow(() -> Inputs.rejected(Messages.Rejected_KindNotInStep, Protocols.text(step.getTitle()),
                        Protocols.kind(session.getProtocol(), kindId).map(k -> Protocols.text(k.getName()))
                                .orElse(kindId)));
        String kindName = Protocols.text(capture.getKind().getName());
        String who = author == null ? "" : author.strip();
        boolean perParticipant = StepCounts.perParticipant(session, capture);
        if (perParticipant && Attendance.present(session).stream().noneMatch(p -> p.getName().equals(who))) {
            throw Inputs.rejected(Messages.Rejected_NeedsParticipant, kindName);
        }
        if (capture.getMax() >= 0
                && StepCounts.recorded(session, step, capture, perParticipant ? who : null) >= capture.getMax()) {
            throw Inputs.rejected(Messages.Rejected_MaxReached, Protocols.text(step.getTitle()), capture.getMax(), kindName);
        }
        return capture.getKind();
    }

    private static void requireIn(Session session, Item item) {
        if (item.eContainer() != session) {
            throw new InputRejectedException(Messages.Rejected_ItemNotInSession);
        }
    }

    /** The step a session still running is at; a closed session refuses every change. */
    Step requireOpen(Session session) {
        if (session.getStatus() == SessionStatus.DONE) {
            throw new InputRejectedException(Messages.Rejected_SessionDone);
        }
        return currentStep(session);
    }

    /** The step the session is at, as it runs its steps (the review, per-case rounds, the closing round). */
    static Step currentStep(Session session) {
        List<Step> steps = ActionReview.steps(session);
        return steps.get(Math.min(Math.max(session.getCurrentStep(), 0), steps.size() - 1));
    }

    /** A planned or paused session runs as soon as the group does something in it. */
    void resumeIfPaused(Session session) {
        if (session.getStatus() == SessionStatus.PAUSED || session.getStatus() == SessionStatus.PLANNED) {
            store.saveProgress(session.getId(), session.getCurrentStep(), SessionStatus.RUNNING, now());
            session.setStatus(SessionStatus.RUNNING);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
