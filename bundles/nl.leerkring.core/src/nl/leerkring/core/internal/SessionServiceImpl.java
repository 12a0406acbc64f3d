package nl.leerkring.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
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
 * It holds the rules of a session's steps, case rounds, closing round, time and status, which the
 * stores of both engines and the previews share; what a session records (items and actions) is
 * {@link SessionItems}. One session's run on screen (timer, undo) is the headless
 * {@link nl.leerkring.core.run.SessionRun} above it. A session (or a trajectory's meetings) is made
 * in {@link SessionCreation}, its participants in {@link Participants}; input is checked by
 * {@link Inputs} and a step's counts by {@link StepCounts}.
 */
@Component(service = SessionService.class)
public class SessionServiceImpl implements SessionService {

    private final SessionStore store;
    private final ActionStore actions;
    private final ProtocolLibrary library;
    private final Clock clock;
    private final SessionCreation creation;
    private final SessionItems items;

    @Activate
    public SessionServiceImpl(@Reference SessionStore store, @Reference ActionStore actions,
            @Reference ProtocolLibrary library, @Reference Clock clock) {
        this.store = store;
        this.actions = actions;
        this.library = library;
        this.clock = clock;
        this.creation = new SessionCreation(store, actions, clock);
        this.items = new SessionItems(store, clock);
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
        return SessionItems.currentStep(session);
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
        items.requireOpen(session);
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
        items.requireOpen(session);
        if (!hasPrevious(session)) {
            throw new InputRejectedException(Messages.Rejected_FirstStep);
        }
        moveTo(session, session.getCurrentStep() - 1);
    }

    private void moveTo(Session session, int stepIndex) {
        items.resumeIfPaused(session);
        Instant now = clock.instant();
        store.saveProgress(session.getId(), stepIndex, session.getStatus(), now);
        session.setCurrentStep(stepIndex);
        session.setUpdatedAt(now);
    }

    @Override
    public void addCaseRound(Session session) {
        Step step = items.requireOpen(session);
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
        saveCaseRounds(session, session.getCaseRounds() + 1, List.of());
    }

    @Override
    public void removeCaseRound(Session session) {
        items.requireOpen(session);
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
        saveCaseRounds(session, last - 1, lastRound);
    }

    /** Stores the number of cases, forgetting the times of the steps of a round taken back. */
    private void saveCaseRounds(Session session, int rounds, List<String> forgotten) {
        Instant now = clock.instant();
        store.saveCaseRounds(session.getId(), rounds, forgotten, now);
        session.setCaseRounds(rounds);
        session.getStepTimes().removeIf(time -> forgotten.contains(time.getStepId()));
        session.setUpdatedAt(now);
    }

    @Override
    public void valueRound(Session session, boolean round) {
        items.requireOpen(session);
        Instant now = clock.instant();
        store.saveValueRound(session.getId(), round, now);
        session.setValueRound(round);
        session.setUpdatedAt(now);
    }

    @Override
    public void skip(Session session, String reason, Duration elapsed, Duration timebox) {
        Step step = items.requireOpen(session);
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
        Step step = items.requireOpen(session);
        String skipped = time(session, step).map(StepTime::getSkipReason).orElse(null);
        saveTime(session, step, elapsed, timebox, skipped);
    }

    private void saveTime(Session session, Step step, Duration elapsed, Duration timebox, String skipReason) {
        StepTime time = LeerkringFactory.eINSTANCE.createStepTime();
        time.setStepId(step.getId());
        time.setElapsedSeconds((int) Math.min(Integer.MAX_VALUE, Math.max(0, elapsed.toSeconds())));
        time.setTimeboxSeconds((int) Math.min(Integer.MAX_VALUE, Math.max(0, timebox.toSeconds())));
        time.setSkipReason(skipReason);
        Instant now = clock.instant();
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
        items.requireOpen(session);
        Instant now = clock.instant();
        store.saveProgress(session.getId(), session.getCurrentStep(), status, now);
        session.setStatus(status);
        session.setUpdatedAt(now);
    }

    @Override
    public Item addItem(Session session, ItemEntry entry) {
        return items.addItem(session, entry);
    }

    @Override
    public Action addAction(Session session, String kindId, String description, String owner, LocalDate dueDate) {
        return items.addAction(session, kindId, description, owner, dueDate);
    }

    @Override
    public Action addFollowOn(Session session, Action previous, String description, LocalDate dueDate) {
        return items.addFollowOn(session, previous, description, dueDate);
    }

    @Override
    public void markItem(Session session, Item item, List<CodeMark> marks) {
        items.markItem(session, item, marks);
    }

    @Override
    public void editItem(Session session, Item item, String text) {
        items.editItem(session, item, text);
    }

    @Override
    public boolean move(Session session, Item item, int direction) {
        return items.move(session, item, direction);
    }

    @Override
    public void choose(Session session, Item item, boolean chosen) {
        items.choose(session, item, chosen);
    }

    @Override
    public void restoreItem(Session session, Item item, int position) {
        items.restoreItem(session, item, position);
    }

    @Override
    public void removeItem(Session session, Item item) {
        items.removeItem(session, item);
    }
}
