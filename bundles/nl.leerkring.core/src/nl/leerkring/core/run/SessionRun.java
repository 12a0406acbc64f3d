package nl.leerkring.core.run;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.leerkring.core.CaseRounds;
import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.edit.ItemCommands;
import nl.leerkring.core.edit.SessionCommandStack;
import nl.leerkring.core.timer.StepTimer;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;

/**
 * The run of one session, without a screen: where it is, moving on and back, skipping, pausing and
 * closing, the step's countdown (on the clock it is given) and its time kept with the session, and
 * what is recorded, undoable. The run part shows it and the key bindings call it; every rule here
 * is tested headless.
 * <p>
 * A refusal (the step still misses what the method asks for, an action without an owner) comes as
 * an {@link nl.leerkring.core.InputRejectedException}, a store failure as a
 * {@link nl.leerkring.core.StoreException}; in both nothing changed.
 */
public final class SessionRun {

    /** How often a running step's time is stored: a crash loses at most this much of it. */
    public static final Duration SAVE_EVERY = Duration.ofSeconds(15);

    private final SessionService service;
    private final Session session;
    private final Clock clock;
    private final SessionCommandStack commands = new SessionCommandStack();

    private StepTimer timer;
    /** The step {@link #timer} counts down; another step gets a timer of its own. */
    private int timedStep = -1;
    /** The last stored period of {@link #SAVE_EVERY} of the step's time. */
    private long savedPeriod;

    public SessionRun(SessionService service, Session session, Clock clock) {
        this.service = service;
        this.session = session;
        this.clock = clock;
    }

    public Session session() {
        return session;
    }

    public Clock clock() {
        return clock;
    }

    public boolean isDone() {
        return session.getStatus() == SessionStatus.DONE;
    }

    public List<Step> steps() {
        return service.steps(session);
    }

    public Step step() {
        return service.currentStep(session);
    }

    /** The current step counted from 1, as the screen says it. */
    public int stepNumber() {
        return session.getCurrentStep() + 1;
    }

    public boolean canGoNext() {
        return !isDone() && service.hasNext(session);
    }

    public boolean canGoPrevious() {
        return !isDone() && service.hasPrevious(session);
    }

    /** The method allows skipping this step, and there is a step after it. */
    public boolean canSkip() {
        return canGoNext() && step().isSkippable();
    }

    /** Moves on, unless the step still misses what the method asks for; the step's time is kept. */
    public void next() {
        recordTime();
        service.next(session);
    }

    public void previous() {
        recordTime();
        service.previous(session);
    }

    /** Whether another case can begin here: the current step ends the last case's round. */
    public boolean canTakeAnotherCase() {
        return !isDone() && CaseRounds.endsLastRound(session, service.currentStep(session));
    }

    /** Takes another case: its round follows, and the session goes to its first step. Undo takes it back. */
    public void anotherCase() {
        recordTime();
        commands.execute(new org.eclipse.emf.common.command.AbstractCommand() {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                service.addCaseRound(session);
                service.next(session);
            }

            @Override
            public void undo() {
                service.removeCaseRound(session);
            }

            @Override
            public void redo() {
                execute();
            }
        });
    }

    /** Skips the current step for the reason given; its time so far is kept with the reason. */
    public void skip(String reason) {
        StepTimer current = timer();
        current.pause();
        service.skip(session, reason, current.elapsed(), current.timebox());
    }

    /** Stops for today: the countdown and the session pause, and the step's time is kept. */
    public void pause() {
        if (!isDone()) {
            leave();
            service.pause(session);
        }
    }

    /** Closes the session for good. */
    public void close() {
        if (!isDone()) {
            leave();
            service.close(session);
        }
    }

    /**
     * The screen turns away (another session, the window closing): the countdown stops and the
     * step's time is kept; the session itself stays as it is.
     */
    public void leave() {
        if (timer != null) {
            timer.pause();
            recordTime();
        }
    }

    /**
     * The countdown of the current step: continued from the time stored with the session, or a
     * fresh one of the step's timebox. A step gone to gets a timer of its own.
     */
    public StepTimer timer() {
        if (timer == null || timedStep != session.getCurrentStep()) {
            if (timer != null) {
                timer.pause();
            }
            Step step = step();
            timer = service.time(session, step)
                    .map(t -> new StepTimer(clock, Duration.ofSeconds(t.getTimeboxSeconds()),
                            Duration.ofSeconds(t.getElapsedSeconds())))
                    .orElseGet(() -> new StepTimer(clock, Duration.ofMinutes(step.getTimeboxMinutes())));
            timedStep = session.getCurrentStep();
            savedPeriod = timer.elapsed().toSeconds() / SAVE_EVERY.toSeconds();
        }
        return timer;
    }

    /** Whether the step has a timebox at all; a step without one shows no countdown. */
    public boolean isTimed() {
        return !isDone() && !timer().timebox().isZero();
    }

    /** Starts the countdown, or pauses it (and keeps its time). */
    public void toggleTimer() {
        if (isDone()) {
            return;
        }
        timer().toggle();
        if (timer.state() == StepTimer.State.PAUSED) {
            recordTime();
        }
    }

    /** One more minute for the step; the longer timebox is kept. */
    public void addMinute() {
        if (!isDone()) {
            timer().addMinute();
            recordTime();
        }
    }

    /** Back to the full timebox, e.g. when the group starts the step over. */
    public void resetTimer() {
        if (!isDone()) {
            timer().reset();
        }
    }

    /**
     * To be called while the countdown runs (the screen does, as it redraws): stores the step's time
     * once every {@link #SAVE_EVERY}. Returns whether it stored.
     */
    public boolean tick() {
        if (isDone() || timer().state() != StepTimer.State.RUNNING) {
            return false;
        }
        long period = timer.elapsed().toSeconds() / SAVE_EVERY.toSeconds();
        if (period == savedPeriod) {
            return false;
        }
        savedPeriod = period;
        recordTime();
        return true;
    }

    /** Keeps the step's time with the session, so it survives a pause, a restart or a crash. */
    public void recordTime() {
        if (!isDone() && timer != null && timedStep == session.getCurrentStep() && !timer.elapsed().isZero()) {
            service.recordTime(session, timer.elapsed(), timer.timebox());
        }
    }

    /** Records an item of the current step; {@code author} is whose turn it is, or null. */
    public void add(String kindId, String text, String author) {
        add(ItemEntry.of(kindId, text, author));
    }

    /** Records an item of the current step, with its subgroup and codes. */
    public void add(ItemEntry entry) {
        commands.execute(ItemCommands.add(service, session, entry));
    }

    /** Tags a recorded item with other codes. */
    public void mark(Item item, List<CodeMark> marks) {
        commands.execute(ItemCommands.mark(service, session, item, marks));
    }

    /** Records an action; a null due date means "at the next session". */
    public void addAction(String kindId, String description, String owner, LocalDate due) {
        commands.execute(ItemCommands.addAction(service, session, kindId, description, owner, due));
    }

    public void remove(Item item) {
        commands.execute(ItemCommands.remove(service, session, item));
    }

    public void edit(Item item, String text) {
        commands.execute(ItemCommands.edit(service, session, item, text));
    }

    /** Moves an item up (-1) or down (+1) among its kind in the step. */
    public void move(Item item, int direction) {
        commands.execute(ItemCommands.move(service, session, item, direction));
    }

    /** Marks the item as the one the group goes on with, or takes the mark away. */
    public void choose(Item item, boolean chosen) {
        commands.execute(ItemCommands.choose(service, session, item, chosen));
    }

    public boolean canUndo() {
        return !isDone() && commands.canUndo();
    }

    public boolean canRedo() {
        return !isDone() && commands.canRedo();
    }

    public void undo() {
        if (canUndo()) {
            commands.undo();
        }
    }

    public void redo() {
        if (canRedo()) {
            commands.redo();
        }
    }

    /** What was recorded in the given step of the given kind, in order. */
    public List<Item> recorded(Step step, String kindId) {
        return session.getItems().stream()
                .filter(i -> step.getId().equals(i.getStepId()) && kindId.equals(i.getKindId())).toList();
    }
}
