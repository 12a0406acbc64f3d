package nl.leerkring.ui.parts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.DateField;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import nl.leerkring.core.Attendance;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.StoreException;
import nl.leerkring.core.edit.ItemCommands;
import nl.leerkring.core.edit.SessionCommandStack;
import nl.leerkring.core.timer.StepTimer;
import nl.leerkring.model.Action;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.PrivacyCheck;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.Undoable;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.actions.ReviewSection;
import nl.leerkring.ui.dialogs.ReportDialog;
import nl.leerkring.ui.internal.Messages;
import nl.leerkring.ui.presenter.PresenterWindow;

/**
 * Runs the active session on the shared screen: the current step large, its prompt for the group,
 * the instruction for the facilitator, and an entry for every kind of item the step collects.
 * Every entry goes straight to the session service, which commits it; the part redraws from the
 * session's change notifications, so the buttons and the key bindings behave the same.
 * <p>
 * Still one class for the whole run page (it predates the 400-line rule); it is to be split by
 * concern (timer, entries, rounds) when the session run becomes a headless controller (issue 16).
 */
public class SessionRunPart implements Undoable {

    /** The part's id in Application.e4xmi; handlers find the part by it. */
    public static final String ID = "nl.leerkring.ui.part.run";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** How often a running countdown is redrawn; twice a second keeps the seconds exact. */
    private static final int TICK_MILLIS = 500;
    /** How often a running step's time is stored. */
    private static final long SAVE_EVERY_SECONDS = 15;

    /** Days ahead a new action's due date starts at; most teams meet every two weeks. */
    private static final int DEFAULT_DUE_DAYS = 14;

    @Inject
    private SessionService service;

    @Inject
    private ActionService actions;

    @Inject
    private ActiveSession activeSession;

    /** The steps' timers run on the system clock, unless the context holds another (a test's). */
    @Inject
    @Optional
    private Clock clock;

    /** For the welcome page's "new session", the same command as Ctrl+N; absent outside the workbench. */
    @Inject
    @Optional
    private org.eclipse.e4.core.commands.ECommandService commandService;

    @Inject
    @Optional
    private org.eclipse.e4.core.commands.EHandlerService handlerService;

    private static final String NEW_SESSION_COMMAND = "nl.leerkring.ui.command.newSession";

    private final Consumer<Session> follower = this::setSession;

    private Session session;

    private Composite root;
    private StackLayout pages;
    private Composite emptyPage;
    private Composite runPage;
    private Composite donePage;
    /** Who was there, who was absent, who came as a guest: for the report of the session. */
    private Label attendanceLabel;
    /** Covers the group's view while the facilitator looks something up; the session goes on. */
    private Composite privacyPage;
    private boolean privacyScreen;
    private PresenterWindow presenter;
    /** Undo and redo of this session's items; a new session starts a new history. */
    private SessionCommandStack commands = new SessionCommandStack();

    private Label sessionLabel;
    private Label stepLabel;
    private Label timerLabel;
    private Button timerButton;
    private Button timerPlusButton;
    private Button timerResetButton;
    /** A beep when the timebox runs out; off by default, a quiet room may prefer the colour alone. */
    private Button timerSound;
    /** The countdown of the step on screen; a new step starts a new one. Not yet stored with the session. */
    private StepTimer timer;
    private boolean ticking;
    /** The quarter minute of the step's time that was stored last. */
    private long savedPeriod;
    private Label promptLabel;
    private Label instructionLabel;
    private Composite capturesArea;
    private Label messageLabel;
    private Button replaceButton;
    private final PrivacyCheck privacy = new PrivacyCheck();
    private Button previousButton;
    /** Whose turn it is, in steps that go round the group; null in other steps. */
    private Combo turn;
    private Button skipButton;
    private Button nextButton;
    private Button closeButton;
    private Label doneLabel;
    private TableViewer summaryViewer;

    private final List<Runnable> stepRefreshers = new ArrayList<>();
    private Session renderedSession;
    private int renderedStep = -1;
    /** A new step was built: its first entry field gets the keyboard once the widgets are shown. */
    private boolean focusPending;

    private final Adapter sessionWatcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                render();
            }
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        pages = new StackLayout();
        root.setLayout(pages);

        emptyPage = new WelcomePage(root, handlerService == null || commandService == null ? null
                : () -> handlerService.executeHandler(commandService.createCommand(NEW_SESSION_COMMAND, null))).control();

        createRunPage();
        createDonePage();
        privacyPage = new Composite(root, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(24, 24).applyTo(privacyPage);
        Label blank = Widgets.css(Widgets.id(new Label(privacyPage, SWT.WRAP), "run.privacy"), "prompt");
        blank.setText(Messages.Run_PrivacyScreen);
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.CENTER, SWT.CENTER).applyTo(blank);
        activeSession.addListener(follower);
        setSession(activeSession.get());
        render();
        Accessibility.nameAll(parent);
    }

    private void createRunPage() {
        runPage = new Composite(root, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 10).applyTo(runPage);

        sessionLabel = Widgets.css(Widgets.id(new Label(runPage, SWT.NONE), "run.session"), "sessionTitle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sessionLabel);

        Composite stepLine = new Composite(runPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stepLine);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(stepLine);
        stepLabel = Widgets.css(Widgets.id(new Label(stepLine, SWT.WRAP), "run.step"), "stepTitle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stepLabel);
        timerLabel = Widgets.css(Widgets.id(new Label(stepLine, SWT.NONE), "run.timer"), "timer");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).hint(120, SWT.DEFAULT).applyTo(timerLabel);
        timerButton = button(stepLine, Messages.Run_TimerStart, "run.timer.toggle", this::toggleTimer);
        timerPlusButton = button(stepLine, Messages.Run_TimerPlus, "run.timer.plus", this::addMinute);
        timerResetButton = button(stepLine, Messages.Run_TimerReset, "run.timer.reset", this::resetTimer);
        timerSound = Widgets.id(new Button(stepLine, SWT.CHECK), "run.timer.sound");
        timerSound.setText(Messages.Run_TimerSound);

        promptLabel = Widgets.css(Widgets.id(new Label(runPage, SWT.WRAP), "run.prompt"), "prompt");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(promptLabel);

        Group facilitator = new Group(runPage, SWT.NONE);
        facilitator.setText(Messages.Run_ForFacilitator);
        Widgets.css(facilitator, "facilitator");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(facilitator);
        GridLayoutFactory.swtDefaults().applyTo(facilitator);
        instructionLabel = Widgets.css(Widgets.id(new Label(facilitator, SWT.WRAP), "run.instruction"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(instructionLabel);

        ScrolledComposite scroller = new ScrolledComposite(runPage, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        // A small height hint: the scroller takes what is left, so the navigation row always fits.
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 80).applyTo(scroller);
        capturesArea = new Composite(scroller, SWT.NONE);
        scroller.setContent(capturesArea);
        GridLayoutFactory.fillDefaults().spacing(8, 12).applyTo(capturesArea);
        scroller.addListener(SWT.Resize, e -> fitCaptures());

        Composite messageRow = new Composite(runPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(messageRow);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(messageRow);
        messageLabel = Widgets.css(Widgets.id(new Label(messageRow, SWT.WRAP), "run.message"), "error");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(messageLabel);
        replaceButton = button(messageRow, Messages.Run_Replace, "run.replace", this::replacePersonalData);
        GridDataFactory.swtDefaults().applyTo(replaceButton);
        showReplace(false);

        Composite navigation = new Composite(runPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(navigation);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(navigation);
        previousButton = button(navigation, Messages.Run_Previous, "run.previous", this::previous);
        Label spacer = new Label(navigation, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
        skipButton = button(navigation, Messages.Run_Skip, "run.skip", this::askSkip);
        button(navigation, Messages.Run_Pause, "run.pause", this::pauseSession);
        nextButton = button(navigation, Messages.Run_Next, "run.next", this::next);
        closeButton = button(navigation, Messages.Run_Close, "run.close", this::closeSession);
    }

    private void createDonePage() {
        donePage = new Composite(root, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 12).applyTo(donePage);
        doneLabel = Widgets.css(Widgets.id(new Label(donePage, SWT.WRAP), "run.done"), "stepTitle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(doneLabel);
        attendanceLabel = Widgets.css(Widgets.id(new Label(donePage, SWT.WRAP), "run.attendance"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(attendanceLabel);
        Composite doneButtons = new Composite(donePage, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).applyTo(doneButtons);
        button(doneButtons, Messages.Report_Open, "run.report", this::openReport);
        Label caption = new Label(donePage, SWT.NONE);
        caption.setText(Messages.Run_Summary);
        summaryViewer = itemTable(donePage, "run.summary", List.of(
                column(Messages.Column_Step, 18, item -> stepTitle(item.getStepId())),
                column(Messages.Column_Kind, 14, item -> kindName(item.getKindId())),
                column(Messages.Column_Text, 44, SessionRunPart::shown),
                column(Messages.Column_Owner, 12, item -> item instanceof Action a ? a.getOwner() : ""),
                column(Messages.Column_Due, 12, item -> item instanceof Action a ? due(a) : "")));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(summaryViewer.getControl().getParent());
    }

    /** Verslag…: the closed session's report, with the group's actions for the review it held. */
    public ReportDialog openReport() {
        List<nl.leerkring.core.actions.ActionRecord> groupActions = new ArrayList<>();
        if (session.getGroup() != null) {
            run(() -> actions.series(session.getGroup()).forEach(entry -> groupActions.addAll(entry.made())));
        }
        ReportDialog dialog = ReportDialog.of(root.getShell(), session, session.getProtocol(), groupActions);
        dialog.open();
        return dialog;
    }

    private static String attendance(Attendance attendance) {
        List<String> parts = new ArrayList<>();
        parts.add(NLS.bind(Messages.Run_Present, String.join(", ", attendance.present())));
        if (!attendance.absent().isEmpty()) {
            parts.add(NLS.bind(Messages.Run_Absent, String.join(", ", attendance.absent())));
        }
        if (!attendance.guests().isEmpty()) {
            parts.add(NLS.bind(Messages.Run_Guests, String.join(", ", attendance.guests())));
        }
        return String.join("  \u00b7  ", parts);
    }

    private Button button(Composite parent, String text, String id, Runnable action) {
        Button button = Widgets.css(Widgets.id(new Button(parent, SWT.PUSH), id), "navigation");
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Follows the session chosen in the sessions part. */
    private void setSession(Session newSession) {
        if (session == newSession) {
            return;
        }
        if (timer != null) {
            timer.pause();
            recordTime();
        }
        if (session != null) {
            session.eAdapters().remove(sessionWatcher);
        }
        session = newSession;
        commands = new SessionCommandStack();
        if (session != null) {
            session.eAdapters().add(sessionWatcher);
        }
        setMessage("");
        render();
    }

    public Session session() {
        return session;
    }

    /** Opens the group's view for the projector (F5), or closes it. */
    public void togglePresenter() {
        if (presenter != null && presenter.isOpen()) {
            presenter.close();
            presenter = null;
        } else {
            presenter = new PresenterWindow(root.getDisplay(), new GroupView());
        }
    }

    /** The presenter window while it is open, else null. */
    public PresenterWindow presenter() {
        return presenter != null && presenter.isOpen() ? presenter : null;
    }

    /** What the presenter window shows: the group's half of this part. */
    private final class GroupView implements PresenterWindow.GroupView {

        private boolean running() {
            return session != null && session.getStatus() != SessionStatus.DONE;
        }

        @Override
        public String sessionTitle() {
            return session == null ? "" : sessionLabel.getText();
        }

        @Override
        public String stepTitle() {
            if (session == null) {
                return "";
            }
            return running() ? stepLabel.getText() : doneLabel.getText();
        }

        @Override
        public String prompt() {
            return running() ? promptLabel.getText() : "";
        }

        @Override
        public String timer() {
            return running() && timer != null && !timer.timebox().isZero() ? timer.display() : "";
        }

        @Override
        public List<String> items() {
            if (session == null) {
                return List.of();
            }
            // Closed, the group sees what it agreed; at the last step too, below what that step records.
            if (!running()) {
                return agreed(null);
            }
            Step step = service.currentStep(session);
            if (ActionReview.isReview(step)) {
                return actions.reviewList(session).stream()
                        .map(r -> r.action().getOwner() + ": " + r.action().getText()).toList();
            }
            String stepId = step.getId();
            List<String> shown = new ArrayList<>(session.getItems().stream().filter(i -> stepId.equals(i.getStepId()))
                    .map(i -> i instanceof Action a ? a.getOwner() + ": " + a.getText() : i.getText()).toList());
            if (!service.hasNext(session)) {
                shown.addAll(agreed(stepId));
            }
            return shown;
        }

        /** The session's agreed actions, owner first, leaving out those recorded in the given step. */
        private List<String> agreed(String leaveOutStep) {
            return session.getItems().stream()
                    .filter(i -> i instanceof Action && !java.util.Objects.equals(leaveOutStep, i.getStepId()))
                    .map(i -> ((Action) i).getOwner() + ": " + i.getText()).toList();
        }

        @Override
        public boolean isPrivacyScreen() {
            return privacyScreen;
        }
    }

    /** Blanks the view (Ctrl+B) or shows it again; nothing about the session changes. */
    public void togglePrivacyScreen() {
        privacyScreen = !privacyScreen;
        render();
    }

    public boolean isPrivacyScreen() {
        return privacyScreen;
    }

    private void render() {
        if (root == null || root.isDisposed()) {
            return;
        }
        if (session == null) {
            pages.topControl = emptyPage;
        } else if (session.getStatus() == SessionStatus.DONE) {
            doneLabel.setText(NLS.bind(Messages.Run_Done, session.getTitle()));
            attendanceLabel.setText(attendance(Attendance.of(session)));
            // What the group agreed to do comes first: that is what the closing round reads out.
            summaryViewer.setInput(session.getItems().stream()
                    .sorted(Comparator.comparing((Item item) -> !(item instanceof Action))).toList());
            pages.topControl = donePage;
        } else {
            renderStep();
            pages.topControl = runPage;
        }
        if (privacyScreen) {
            pages.topControl = privacyPage;
        }
        root.layout(true, true);
        // The CSS engine styles new widgets (larger fonts) after this event; lay out again once it has.
        root.getDisplay().asyncExec(this::afterStyling);
    }

    private void afterStyling() {
        if (root.isDisposed()) {
            return;
        }
        root.layout(true, true);
        fitCaptures();
        if (focusPending && pages.topControl == runPage) {
            focusPending = false;
            Text first = firstText(capturesArea);
            if (first != null && !first.setFocus()) {
                first.forceFocus();
            }
        }
    }

    private void renderStep() {
        List<Step> steps = service.steps(session);
        Step step = service.currentStep(session);
        sessionLabel.setText(session.getTitle() + "  \u00b7  " + Protocols.text(session.getProtocol().getName()));
        stepLabel.setText(NLS.bind(Messages.Run_StepOf,
                new Object[] { session.getCurrentStep() + 1, steps.size(), Protocols.text(step.getTitle()) }));
        promptLabel.setText(Protocols.text(step.getPrompt()));
        instructionLabel.setText(facilitatorText(step));
        if (renderedSession != session || renderedStep != session.getCurrentStep()) {
            timer = service.time(session, step)
                    .map(t -> new StepTimer(clock(), Duration.ofSeconds(t.getTimeboxSeconds()),
                            Duration.ofSeconds(t.getElapsedSeconds())))
                    .orElseGet(() -> new StepTimer(clock(), Duration.ofMinutes(step.getTimeboxMinutes())));
            rebuildCaptures(step);
            renderedSession = session;
            renderedStep = session.getCurrentStep();
        }
        stepRefreshers.forEach(Runnable::run);
        showTimer();
        previousButton.setEnabled(service.hasPrevious(session));
        skipButton.setEnabled(step.isSkippable() && service.hasNext(session));
        nextButton.setEnabled(service.hasNext(session));
        root.getShell().setDefaultButton(service.hasNext(session) ? null : closeButton);
        fitCaptures();
    }

    private Clock clock() {
        return clock != null ? clock : Clock.systemDefaultZone();
    }

    /** Starts or pauses the step's countdown (Ctrl+T). */
    public void toggleTimer() {
        if (timer != null && session != null && session.getStatus() != SessionStatus.DONE) {
            timer.toggle();
            if (timer.state() == StepTimer.State.PAUSED) {
                recordTime();
            }
            showTimer();
        }
    }

    private void addMinute() {
        if (timer != null) {
            timer.addMinute();
            recordTime();
            showTimer();
        }
    }

    /** Back to the full timebox, e.g. when the group starts the step over. */
    private void resetTimer() {
        if (timer != null) {
            timer.reset();
            showTimer();
        }
    }

    /** Puts the keyboard in the first entry field of the step (Ctrl+I): type, Enter, next. */
    public void focusEntry() {
        Text first = capturesArea == null || capturesArea.isDisposed() ? null : firstText(capturesArea);
        if (first != null) {
            first.setFocus();
        }
    }

    /** Keeps the step's time with the session, so it survives a pause, a restart or a crash. */
    private void recordTime() {
        if (timer != null && session != null && session.getStatus() != SessionStatus.DONE
                && !timer.elapsed().isZero()) {
            run(() -> service.recordTime(session, timer.elapsed(), timer.timebox()));
        }
    }

    /** Shows the countdown, coloured near and past the end, and keeps it ticking while it runs. */
    private void showTimer() {
        if (timer == null || timerLabel.isDisposed()) {
            return;
        }
        boolean timed = !timer.timebox().isZero();
        for (Control control : new Control[] { timerLabel, timerButton, timerPlusButton, timerResetButton, timerSound }) {
            control.setVisible(timed);
        }
        timerLabel.setText(timer.display());
        String look = timer.isOverrun() ? "timerOver" : timer.isNearEnd() ? "timerNear" : "timer";
        boolean running = timer.state() == StepTimer.State.RUNNING;
        if (!look.equals(timerLabel.getData(Widgets.CSS_CLASS))) {
            if (running && "timerOver".equals(look) && timerSound.getSelection()) {
                timerLabel.getDisplay().beep();
            }
            Widgets.css(timerLabel, look);
            timerLabel.reskin(SWT.NONE);
        }
        String toggleText = running ? Messages.Run_TimerPause : Messages.Run_TimerStart;
        if (!toggleText.equals(timerButton.getText())) {
            timerButton.setText(toggleText);
            timerButton.getParent().layout(true);
        }
        if (running && timer.elapsed().toSeconds() / SAVE_EVERY_SECONDS != savedPeriod) {
            // A crash loses at most the last quarter minute of the step's time.
            savedPeriod = timer.elapsed().toSeconds() / SAVE_EVERY_SECONDS;
            recordTime();
        }
        if (running && !ticking) {
            ticking = true;
            timerLabel.getDisplay().timerExec(TICK_MILLIS, () -> {
                ticking = false;
                showTimer();
            });
        }
    }

    /** The instruction, who is active, and the method's tips and pitfalls for this step. */
    private static String facilitatorText(Step step) {
        StringBuilder text = new StringBuilder(Protocols.text(step.getInstruction()));
        if (!step.getActiveRoles().isEmpty()) {
            text.append("\n").append(NLS.bind(Messages.Run_ActiveRoles, step.getActiveRoles().stream()
                    .map(role -> Protocols.text(role.getName())).collect(Collectors.joining(", "))));
        }
        step.getTips().forEach(tip -> text.append("\n\u2022 ").append(Protocols.text(tip)));
        return text.toString();
    }

    private void rebuildCaptures(Step step) {
        for (Control child : capturesArea.getChildren()) {
            child.dispose();
        }
        stepRefreshers.clear();
        turn = takesTurns(step) ? turnRow() : null;
        if (ActionReview.isReview(step)) {
            ReviewSection review = new ReviewSection(capturesArea, actions, session, this::run, this::setMessage);
            stepRefreshers.add(review::refresh);
        } else if (step.getCaptures().isEmpty()) {
            actionsRecap();
        }
        for (Capture capture : step.getCaptures()) {
            if (capture.getKind().isAction()) {
                actionCapture(step, capture);
            } else {
                itemCapture(step, capture);
            }
        }
        focusPending = true;
        Accessibility.nameAll(capturesArea);
    }

    private static Text firstText(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Text text) {
                return text;
            }
            if (child instanceof Composite nested) {
                Text found = firstText(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The step's entry field after this one, or this one when it is the last. */
    private Text nextText(Text current) {
        List<Text> texts = new ArrayList<>();
        collectTexts(capturesArea, texts);
        int at = texts.indexOf(current);
        return at >= 0 && at + 1 < texts.size() ? texts.get(at + 1) : current;
    }

    private static void collectTexts(Composite composite, List<Text> into) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Text text && (text.getStyle() & SWT.MULTI) != 0) {
                into.add(text);
            } else if (child instanceof Composite nested) {
                collectTexts(nested, into);
            }
        }
    }

    /** A round (once per participant) or counts per participant: items are attributed to whose turn it is. */
    private boolean takesTurns(Step step) {
        return !Attendance.present(session).isEmpty()
                && (step.isRepeatPerParticipant() || step.getCaptures().stream().anyMatch(Capture::isPerParticipant));
    }

    private Combo turnRow() {
        Composite row = new Composite(capturesArea, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        Widgets.css(new Label(row, SWT.NONE), "turn").setText(Messages.Run_Turn);
        Combo combo = Widgets.css(Widgets.id(new Combo(row, SWT.READ_ONLY), "run.turn"), "turn");
        combo.setItems(Attendance.present(session).stream().map(Participant::getName).toArray(String[]::new));
        combo.select(0);
        button(row, Messages.Run_NextTurn, "run.turn.next", () -> {
            combo.select((combo.getSelectionIndex() + 1) % combo.getItemCount());
            Text first = firstText(capturesArea);
            if (first != null) {
                first.setFocus();
            }
        });
        return combo;
    }

    /** Whose turn it is in a round, or null outside rounds. */
    private String currentTurn() {
        return turn == null || turn.isDisposed() ? null : turn.getText();
    }

    /** A step that collects nothing (taking action) shows the actions agreed so far, to read them aloud. */
    private void actionsRecap() {
        Group group = group(Messages.Run_AgreedActions, "run.actions.group");
        TableViewer viewer = itemTable(group, "run.actions", actionColumns());
        stepRefreshers.add(() -> viewer.setInput(session.getItems().stream().filter(Action.class::isInstance).toList()));
    }

    private void itemCapture(Step step, Capture capture) {
        ItemKind kind = capture.getKind();
        String id = "capture." + kind.getId();
        Group group = group("", id + ".group");
        Composite entry = entryRow(group, 2);
        Text text = entryText(entry, id + ".text");
        text.setMessage(Protocols.text(kind.getName()));
        Runnable add = () -> {
            if (privacyChecked(text) && run(() -> commands.execute(
                    ItemCommands.add(service, session, kind.getId(), text.getText(), currentTurn())))) {
                text.setText("");
                boolean full = capture.getMax() > 0 && recorded(step, kind).size() >= capture.getMax();
                // A kind that has all it may hold hands the keyboard on to the next field of the step.
                (full ? nextText(text) : text).setFocus();
            }
        };
        onEnter(text, add);
        button(entry, Messages.Run_Add, id + ".add", add);
        recordedItems(group, id, step, capture, turn == null ? List.of(column(Messages.Column_Text, 100, SessionRunPart::shown))
                : List.of(column(Messages.Column_Text, 80, SessionRunPart::shown), column(Messages.Column_Author, 20, Item::getAuthor)));
    }

    private void actionCapture(Step step, Capture capture) {
        ItemKind kind = capture.getKind();
        String id = "capture." + kind.getId();
        Group group = group("", id + ".group");
        Composite entry = entryRow(group, 6);
        Text description = entryText(entry, id + ".text");
        description.setMessage(Messages.Run_Description);
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(300, 48).applyTo(description);
        new Label(entry, SWT.NONE).setText(Messages.Run_Owner);
        Combo owner = Widgets.id(new Combo(entry, SWT.DROP_DOWN), id + ".owner");
        owner.setItems(session.getParticipants().stream().map(Participant::getName).toArray(String[]::new));
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(owner);
        new Label(entry, SWT.NONE).setText(Messages.Run_Due);
        DateField due = new DateField(entry, id + ".due", clock());
        due.set(LocalDate.now(clock()).plusDays(DEFAULT_DUE_DAYS));
        Button nextSession = Widgets.id(new Button(entry, SWT.CHECK), id + ".nextSession");
        nextSession.setText(Messages.Run_NextSession);
        nextSession.addListener(SWT.Selection, e -> due.setEnabled(!nextSession.getSelection()));
        Runnable add = () -> {
            if (privacyChecked(description)
                    && run(() -> commands.execute(ItemCommands.addAction(service, session, kind.getId(),
                            description.getText(), owner.getText(), nextSession.getSelection() ? null : due.date())))) {
                description.setText("");
                owner.setText("");
                description.setFocus();
            }
        };
        onEnter(description, add);
        // Enter in the owner or the date field adds the action too: typed in one go, left to right.
        owner.addListener(SWT.DefaultSelection, e -> add.run());
        due.onEnter(add);
        button(entry, Messages.Run_Add, id + ".add", add);
        recordedItems(group, id, step, capture, actionColumns());
    }

    private static Composite entryRow(Group group, int columns) {
        Composite entry = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(entry);
        return entry;
    }

    /** The items of one kind recorded in this step, with a way to remove one; the group title counts them. */
    private void recordedItems(Group group, String id, Step step, Capture capture, List<ItemColumn> columns) {
        TableViewer viewer = itemTable(group, id + ".table", columns);
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Item item) {
                askEdit(item);
            }
        });
        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        removeButton(buttons, id + ".remove", viewer);
        if (!capture.getKind().isAction()) {
            chooseButton(buttons, id + ".choose", viewer);
        }
        stepRefreshers.add(() -> {
            List<Item> items = recorded(step, capture.getKind());
            group.setText(captureTitle(capture, items.size()));
            viewer.setInput(items);
        });
    }

    private static List<ItemColumn> actionColumns() {
        return List.of(column(Messages.Column_Text, 60, Item::getText),
                column(Messages.Column_Owner, 20, item -> ((Action) item).getOwner()),
                column(Messages.Column_Due, 20, item -> due((Action) item)));
    }

    private Group group(String title, String id) {
        Group group = Widgets.css(Widgets.id(new Group(capturesArea, SWT.NONE), id), "capture");
        group.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().applyTo(group);
        return group;
    }

    private static Text entryText(Composite parent, String id) {
        Text text = Widgets.css(Widgets.id(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id), "entry");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 48).applyTo(text);
        return text;
    }

    /**
     * Enter adds the item, so the facilitator can type, press Enter and type the next; Shift+Enter
     * breaks the line. Tab moves on to the next field, as in a form, instead of typing a tab.
     */
    private static void onEnter(Text text, Runnable add) {
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.SHIFT) == 0) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                add.run();
            } else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        text.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.SHIFT) == 0) {
                e.doit = false;
            }
        });
    }

    private void removeButton(Composite parent, String id, TableViewer viewer) {
        Runnable remove = () -> {
            Item selected = (Item) viewer.getStructuredSelection().getFirstElement();
            if (selected != null) {
                run(() -> commands.execute(ItemCommands.remove(service, session, selected)));
            }
        };
        Button button = button(parent, Messages.Run_Remove, id, remove);
        button.setEnabled(false);
        viewer.addSelectionChangedListener(e -> button.setEnabled(!e.getSelection().isEmpty()));
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                remove.run();
            } else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                // Alt+Up/Down reorders, as in a list editor; the selection stays on the moved item.
                e.doit = false;
                if (viewer.getStructuredSelection().getFirstElement() instanceof Item selected) {
                    move(selected, e.keyCode == SWT.ARROW_UP ? -1 : 1);
                    viewer.setSelection(new StructuredSelection(selected));
                }
            }
        });
    }

    /** Marks the selected item as the one the group goes on with (★), or takes the mark away. */
    private void chooseButton(Composite parent, String id, TableViewer viewer) {
        Button button = button(parent, Messages.Run_Choose, id, () -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Item selected) {
                run(() -> commands.execute(ItemCommands.choose(service, session, selected, !selected.isChosen())));
            }
        });
        button.setEnabled(false);
        viewer.addSelectionChangedListener(e -> button.setEnabled(!e.getSelection().isEmpty()));
    }

    /** An item's text as the tables show it: the chosen one starred. */
    private static String shown(Item item) {
        return item.isChosen() ? "\u2605 " + item.getText() : item.getText();
    }

    private record ItemColumn(String title, int weight, Function<Item, String> text) {
    }

    private static ItemColumn column(String title, int weight, Function<Item, String> text) {
        return new ItemColumn(title, weight, text);
    }

    private static TableViewer itemTable(Composite parent, String id, List<ItemColumn> columns) {
        TableViewer viewer = Tables.create(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 120).applyTo(viewer.getControl().getParent());
        Widgets.css(viewer.getTable(), "items");
        viewer.getTable().setHeaderVisible(columns.size() > 1);
        columns.forEach(spec -> Tables.column(viewer, spec.title(), spec.weight(), Item.class, spec.text()));
        return viewer;
    }

    private List<Item> recorded(Step step, ItemKind kind) {
        return session.getItems().stream()
                .filter(i -> step.getId().equals(i.getStepId()) && kind.getId().equals(i.getKindId())).toList();
    }

    private static String captureTitle(Capture capture, int count) {
        String name = Protocols.text(capture.getKind().getName());
        return capture.getMin() > 0 ? NLS.bind(Messages.Capture_Min, new Object[] { name, capture.getMin(), count })
                : NLS.bind(Messages.Capture_Count, name, count);
    }

    private static String due(Action action) {
        return action.getDueDate() == null ? Messages.Run_NextSession : DATE.format(action.getDueDate());
    }

    private String stepTitle(String stepId) {
        return service.steps(session).stream().filter(s -> s.getId().equals(stepId)).findFirst()
                .map(s -> Protocols.text(s.getTitle())).orElse(stepId);
    }

    private String kindName(String kindId) {
        return Protocols.kind(session.getProtocol(), kindId).map(k -> Protocols.text(k.getName())).orElse(kindId);
    }

    private void fitCaptures() {
        if (capturesArea.isDisposed()) {
            return;
        }
        ScrolledComposite scroller = (ScrolledComposite) capturesArea.getParent();
        int width = scroller.getClientArea().width;
        scroller.setMinSize(capturesArea.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Whether the next step can be asked for: there is an open session that has one. */
    public boolean canGoNext() {
        return session != null && session.getStatus() != SessionStatus.DONE && service.hasNext(session);
    }

    public boolean canGoPrevious() {
        return session != null && session.getStatus() != SessionStatus.DONE && service.hasPrevious(session);
    }

    /** Moves on, unless the step still misses what the method asks for; then says what. */
    public void next() {
        if (session != null) {
            recordTime();
            run(() -> service.next(session));
        }
    }

    public void previous() {
        if (session != null) {
            recordTime();
            run(() -> service.previous(session));
        }
    }

    /** Asks for the new text of an item (double-click); the change can be undone. */
    private void askEdit(Item item) {
        InputDialog dialog = new InputDialog(root.getShell(), Messages.Run_EditTitle, Messages.Run_EditQuestion,
                item.getText(), text -> text == null || text.isBlank() ? Messages.Run_EditNeedsText : null);
        if (dialog.open() == InputDialog.OK) {
            edit(item, dialog.getValue());
        }
    }

    /** Moves an item up (-1) or down (+1) among its kind in the step. */
    public void move(Item item, int direction) {
        run(() -> commands.execute(ItemCommands.move(service, session, item, direction)));
    }

    /** Changes what an item says. */
    public void edit(Item item, String text) {
        run(() -> commands.execute(ItemCommands.edit(service, session, item, text)));
    }

    @Override
    public boolean canUndo() {
        return session != null && commands.canUndo();
    }

    @Override
    public boolean canRedo() {
        return session != null && commands.canRedo();
    }

    /** Undoes the last change to the items (Ctrl+Z), in the store too. */
    @Override
    public void undo() {
        if (canUndo()) {
            run(commands::undo);
        }
    }

    /** Redoes what was undone (Ctrl+Y). */
    @Override
    public void redo() {
        if (canRedo()) {
            run(commands::redo);
        }
    }

    /** Asks why, then skips the current step; the method marks which steps may be skipped. */
    public void askSkip() {
        if (session == null || session.getStatus() == SessionStatus.DONE) {
            return;
        }
        InputDialog dialog = new InputDialog(root.getShell(), Messages.Run_SkipTitle, Messages.Run_SkipQuestion, "",
                text -> text == null || text.isBlank() ? Messages.Run_SkipNeedsReason : null);
        if (dialog.open() == InputDialog.OK) {
            skip(dialog.getValue());
        }
    }

    /** Skips the current step for the given reason. */
    public void skip(String reason) {
        if (timer != null) {
            timer.pause();
        }
        run(() -> service.skip(session, reason, timer == null ? Duration.ZERO : timer.elapsed(),
                timer == null ? Duration.ZERO : timer.timebox()));
    }

    /** Stops for today: the timer and the session pause; the session list shows it as paused. */
    public void pauseSession() {
        if (session != null && session.getStatus() != SessionStatus.DONE) {
            if (timer != null) {
                timer.pause();
            }
            recordTime();
            run(() -> service.pause(session));
            showTimer();
        }
    }

    /** Asks for confirmation, then closes the session for good. */
    public void closeSession() {
        if (session == null || session.getStatus() == SessionStatus.DONE) {
            return;
        }
        MessageDialog confirm = new MessageDialog(root.getShell(), Messages.Run_CloseConfirm_Title, null,
                NLS.bind(Messages.Run_CloseConfirm_Message, session.getTitle()), MessageDialog.QUESTION, 0,
                Messages.Run_Close.replace("&", ""), Messages.Cancel);
        if (confirm.open() == 0) {
            recordTime();
            run(() -> service.close(session));
        }
    }

    /** Whether the entry may be recorded as it is; if not, the warning and "Vervangen" show (see {@link PrivacyCheck}). */
    private boolean privacyChecked(Text entry) {
        String found = privacy.check(entry);
        showReplace(found != null);
        if (found != null) {
            setMessage(NLS.bind(Messages.Run_PersonalData, found));
        }
        return found == null;
    }

    /** Replaces the personal data in the warned entry by initials and placeholders. */
    public void replacePersonalData() {
        privacy.replace();
        showReplace(false);
        setMessage("");
    }

    private void showReplace(boolean visible) {
        if (replaceButton.isDisposed()) {
            return;
        }
        replaceButton.setVisible(visible);
        ((GridData) replaceButton.getLayoutData()).exclude = !visible;
        runPage.layout(true, true);
    }

    /** Runs a change; a refusal or a store failure is shown to the group, and nothing changed. */
    private boolean run(Runnable change) {
        try {
            change.run();
            setMessage("");
            showReplace(false);
            return true;
        } catch (InputRejectedException | StoreException e) {
            setMessage(e.getMessage());
            return false;
        }
    }

    private void setMessage(String text) {
        if (!messageLabel.isDisposed()) {
            messageLabel.setText(text);
            runPage.layout(true, true);
        }
    }

    @PreDestroy
    void dispose() {
        if (presenter != null) {
            presenter.close();
        }
        if (timer != null && session != null) {
            timer.pause();
            recordTime();
        }
        activeSession.removeListener(follower);
        if (session != null) {
            session.eAdapters().remove(sessionWatcher);
        }
    }
}
