package nl.leerkring.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.CaseRounds;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Capture;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;
import nl.leerkring.model.StepTime;

/**
 * The session engine. Stateless: the session objects carry the state, the store keeps it.
 * <p>
 * Over 400 lines: it holds every rule of a session's steps, items, rounds and time, which the
 * stores of both engines and the previews share; one session's run on screen (timer, undo) is the
 * headless {@link nl.leerkring.core.run.SessionRun} above it. A session (or a trajectory's
 * meetings) is made in {@link SessionCreation}, its participants in {@link Participants}; input is
 * checked by {@link Inputs} and a step's counts by {@link StepCounts}. Splitting the item rules
 * from the step rules is still to do.
 */
@Component(service = SessionService.class)
public class SessionServiceImpl implements SessionService {

    private final SessionStore store;
    private final ActionStore actions;
    private final ProtocolLibrary library;
    private final Clock clock;
    private final SessionCreation creation;

    @Activate
    public SessionServiceImpl(@Reference SessionStore store, @Reference ActionStore actions,
            @Reference ProtocolLibrary library, @Reference Clock clock) {
        this.store = store;
        this.actions = actions;
        this.library = library;
        this.clock = clock;
        this.creation = new SessionCreation(store, actions, clock);
    }

    @Override
    public Session start(Protocol protocol, String title, LocalDate date, String group, Attendance attendance) {
        return creation.create(protocol, title, date, null, group, attendance, SessionStatus.RUNNING);
    }

    @Override
    public Session plan(Protocol protocol, String title, LocalDate date, java.time.LocalTime time, String group,
            Attendance attendance) {
        return creation.create(protocol, title, date, time, group, attendance, SessionStatus.PLANNED);
    }

    @Override
    public List<Session> planTrajectory(Protocol protocol, String title, String group, LocalDate first,
            java.time.LocalTime time, Attendance attendance) {
        return creation.planTrajectory(protocol, title, group, first, time, attendance);
    }

    @Override
    public List<String> groups() {
        return store.groupNames();
    }

    @Override
    public List<Participant> lastParticipants(String group) {
        return store.sessionsOfGroup(group).stream().findFirst()
                .flatMap(s -> store.loadSession(s.id()))
                .map(s -> s.getParticipants().stream().filter(p -> p.isPresent() && !p.isGuest()).toList())
                .orElse(List.of());
    }

    @Override
    public List<SessionSummary> sessions() {
        return store.listSessions();
    }

    @Override
    public List<SessionSummary> sessionsOfGroup(String group) {
        return store.sessionsOfGroup(group);
    }

    @Override
    public Listing recentSessions(int newest) {
        return new Listing(store.recentSessions(newest), store.countSessions());
    }

    @Override
    public Session open(String sessionId) {
        Session session = store.loadSession(sessionId)
                .orElseThrow(() -> new InputRejectedException(Messages.Rejected_UnknownSession));
        Protocol protocol = library.find(session.getProtocolId(), session.getProtocolVersion())
                .orElseThrow(() -> Inputs.rejected(Messages.Rejected_UnknownProtocol, session.getProtocolId(),
                        session.getProtocolVersion()));
        session.setProtocol(protocol);
        // A planned session reviews what is open when it is opened to run, not what was open when it was planned.
        if (session.getStatus() == SessionStatus.PLANNED && session.getCurrentStep() == 0) {
            boolean review = creation.needsReview(protocol, session);
            if (review != session.isActionReview()) {
                store.saveActionReview(session.getId(), review);
                session.setActionReview(review);
            }
        }
        return session;
    }

    @Override
    public Step currentStep(Session session) {
        List<Step> steps = steps(session);
        return steps.get(Math.min(Math.max(session.getCurrentStep(), 0), steps.size() - 1));
    }

    @Override
    public boolean hasNext(Session session) {
        return session.getCurrentStep() < steps(session).size() - 1;
    }

    @Override
    public boolean hasPrevious(Session session) {
        return session.getCurrentStep() > 0;
    }

    @Override
    public void next(Session session) {
        requireOpen(session);
        if (!hasNext(session)) {
            throw new InputRejectedException(Messages.Rejected_LastStep);
        }
        Step step = currentStep(session);
        if (ActionReview.isReview(step)) {
            List<ActionRecord> open = ActionReview.unanswered(
                    ActionReview.listed(session, actions.openOfGroup(session.getGroup(), session.getId())), session);
            if (!open.isEmpty()) {
                throw Inputs.rejected(Messages.Action_Unanswered, open.stream()
                        .map(r -> "\u2018" + r.action().getText() + "\u2019 (" + r.action().getOwner() + ")")
                        .collect(Collectors.joining(", ")));
            }
        }
        String missing = StepCounts.missing(session, step);
        if (!missing.isEmpty()) {
            throw Inputs.rejected(Messages.Rejected_Missing, missing);
        }
        moveTo(session, session.getCurrentStep() + 1);
    }

    @Override
    public void previous(Session session) {
        requireOpen(session);
        if (!hasPrevious(session)) {
            throw new InputRejectedException(Messages.Rejected_FirstStep);
        }
        moveTo(session, session.getCurrentStep() - 1);
    }

    private void moveTo(Session session, int stepIndex) {
        resumeIfPaused(session);
        Instant now = now();
        store.saveProgress(session.getId(), stepIndex, session.getStatus(), now);
        session.setCurrentStep(stepIndex);
        session.setUpdatedAt(now);
    }

    @Override
    public Item addItem(Session session, ItemEntry entry) {
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

    @Override
    public void addCaseRound(Session session) {
        Step step = requireOpen(session);
        if (!CaseRounds.allowed(session.getProtocol())) {
            throw new InputRejectedException(Messages.Rejected_NoCaseRounds);
        }
        if (!CaseRounds.endsLastRound(session, step)) {
            throw new InputRejectedException(Messages.Rejected_NotEndOfCase);
        }
        // The case on screen is finished first, as going on would ask.
        String missing = StepCounts.missing(session, step);
        if (!missing.isEmpty()) {
            throw Inputs.rejected(Messages.Rejected_Missing, missing);
        }
        saveCaseRounds(session, session.getCaseRounds() + 1);
    }

    @Override
    public void removeCaseRound(Session session) {
        requireOpen(session);
        int last = session.getCaseRounds();
        List<String> lastRound = steps(session).stream().filter(step -> last > 1 && CaseRounds.round(step) == last)
                .map(Step::getId).toList();
        if (lastRound.isEmpty()) {
            return;
        }
        if (session.getItems().stream().anyMatch(item -> lastRound.contains(item.getStepId()))) {
            throw new InputRejectedException(Messages.Rejected_CaseRoundUsed);
        }
        int firstOfRound = steps(session).stream().map(Step::getId).toList().indexOf(lastRound.get(0));
        if (session.getCurrentStep() >= firstOfRound) {
            moveTo(session, firstOfRound - 1);
        }
        saveCaseRounds(session, last - 1);
    }

    private void saveCaseRounds(Session session, int rounds) {
        Instant now = now();
        store.saveCaseRounds(session.getId(), rounds, now);
        session.setCaseRounds(rounds);
        session.setUpdatedAt(now);
    }

    @Override
    public void valueRound(Session session, boolean round) {
        requireOpen(session);
        Instant now = now();
        store.saveValueRound(session.getId(), round, now);
        session.setValueRound(round);
        session.setUpdatedAt(now);
    }

    @Override
    public void markItem(Session session, Item item, List<CodeMark> marks) {
        requireOpen(session);
        if (item.eContainer() != session) {
            throw new InputRejectedException(Messages.Rejected_ItemNotInSession);
        }
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

    @Override
    public Action addAction(Session session, String kindId, String description, String owner, LocalDate dueDate) {
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

    @Override
    public Action addFollowOn(Session session, Action previous, String description, LocalDate dueDate) {
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

    @Override
    public void editItem(Session session, Item item, String text) {
        requireOpen(session);
        if (item.eContainer() != session) {
            throw new InputRejectedException(Messages.Rejected_ItemNotInSession);
        }
        String kindName = Protocols.kind(session.getProtocol(), item.getKindId()).map(k -> Protocols.text(k.getName()))
                .orElse(item.getKindId());
        String clean = Inputs.required(text, Inputs.MAX_TEXT, NLS.bind(Messages.Rejected_EmptyText, kindName));
        Instant now = now();
        store.updateItemText(session.getId(), item.getId(), clean, now);
        item.setText(clean);
        session.setUpdatedAt(now);
    }

    @Override
    public boolean move(Session session, Item item, int direction) {
        requireOpen(session);
        if (item.eContainer() != session) {
            throw new InputRejectedException(Messages.Rejected_ItemNotInSession);
        }
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

    @Override
    public void choose(Session session, Item item, boolean chosen) {
        requireOpen(session);
        if (item.eContainer() != session) {
            throw new InputRejectedException(Messages.Rejected_ItemNotInSession);
        }
        Instant now = now();
        // The step as the session runs it: a further case's copy counts its own stars.
        int most = steps(session).stream().filter(st -> st.getId().equals(item.getStepId()))
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

    @Override
    public void restoreItem(Session session, Item item, int position) {
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

    @Override
    public void removeItem(Session session, Item item) {
        requireOpen(session);
        if (item.eContainer() != session) {
            throw new InputRejectedException(Messages.Rejected_ItemNotInSession);
        }
        Instant now = now();
        store.removeItem(session.getId(), item.getId(), now);
        session.getItems().remove(item);
        session.setUpdatedAt(now);
    }

    @Override
    public void skip(Session session, String reason, Duration elapsed, Duration timebox) {
        Step step = requireOpen(session);
        if (!step.isSkippable()) {
            throw Inputs.rejected(Messages.Rejected_NotSkippable, Protocols.text(step.getTitle()));
        }
        if (!hasNext(session)) {
            throw new InputRejectedException(Messages.Rejected_LastStep);
        }
        String why = Inputs.required(reason, Inputs.MAX_NAME, Messages.Rejected_SkipReason);
        saveTime(session, step, elapsed, timebox, why);
        moveTo(session, session.getCurrentStep() + 1);
    }

    @Override
    public void recordTime(Session session, Duration elapsed, Duration timebox) {
        Step step = requireOpen(session);
        String skipped = time(session, step).map(StepTime::getSkipReason).orElse(null);
        saveTime(session, step, elapsed, timebox, skipped);
    }

    private void saveTime(Session session, Step step, Duration elapsed, Duration timebox, String skipReason) {
        StepTime time = LeerkringFactory.eINSTANCE.createStepTime();
        time.setStepId(step.getId());
        time.setElapsedSeconds((int) Math.min(Integer.MAX_VALUE, Math.max(0, elapsed.toSeconds())));
        time.setTimeboxSeconds((int) Math.min(Integer.MAX_VALUE, Math.max(0, timebox.toSeconds())));
        time.setSkipReason(skipReason);
        Instant now = now();
        store.saveStepTime(session.getId(), time, now);
        session.getStepTimes().removeIf(t -> t.getStepId().equals(step.getId()));
        session.getStepTimes().add(time);
        session.setUpdatedAt(now);
    }

    @Override
    public Optional<StepTime> time(Session session, Step step) {
        return session.getStepTimes().stream().filter(t -> t.getStepId().equals(step.getId())).findFirst();
    }

    @Override
    public void pause(Session session) {
        changeStatus(session, SessionStatus.PAUSED);
    }

    @Override
    public void close(Session session) {
        changeStatus(session, SessionStatus.DONE);
    }

    private void changeStatus(Session session, SessionStatus status) {
        requireOpen(session);
        Instant now = now();
        store.saveProgress(session.getId(), session.getCurrentStep(), status, now);
        session.setStatus(status);
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

    private Step requireOpen(Session session) {
        if (session.getStatus() == SessionStatus.DONE) {
            throw new InputRejectedException(Messages.Rejected_SessionDone);
        }
        return currentStep(session);
    }

    /** A planned or paused session runs as soon as the group does something in it. */
    private void resumeIfPaused(Session session) {
        if (session.getStatus() == SessionStatus.PAUSED || session.getStatus() == SessionStatus.PLANNED) {
            store.saveProgress(session.getId(), session.getCurrentStep(), SessionStatus.RUNNING, now());
            session.setStatus(SessionStatus.RUNNING);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
