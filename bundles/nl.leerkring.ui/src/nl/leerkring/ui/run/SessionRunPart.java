package nl.leerkring.ui.run;

import java.time.Clock;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.run.SessionRun;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.Undoable;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;
import nl.leerkring.ui.presenter.PresenterWindow;

/**
 * Shows the active session's run ({@link SessionRun}) on the shared screen: the current step large,
 * its question for the group, the instruction for the facilitator, the countdown ({@link TimerBar})
 * and what the step records ({@link StepCaptures}); a closed session shows its {@link DonePage}.
 * The part only lays out pages and hands what is pressed to the run; it redraws from the session's
 * change notifications, so the buttons and the key bindings behave the same.
 */
public class SessionRunPart implements Undoable, RunCommands, StepPage.Navigation {

    /** The part's id in Application.e4xmi; handlers find the part by it. */
    public static final String ID = "nl.leerkring.ui.part.run";

    private static final String NEW_SESSION_COMMAND = "nl.leerkring.ui.command.newSession";

    @Inject
    private SessionService service;

    @Inject
    private ActionService actions;

    @Inject
    private ActiveSession activeSession;

    /** The steps' timers run on the application's clock service, or a test's. */
    @Inject
    private Clock clock;

    /** For the welcome page's "new session", the same command as Ctrl+N; absent outside the workbench. */
    @Inject
    @Optional
    private org.eclipse.e4.core.commands.ECommandService commandService;

    @Inject
    @Optional
    private org.eclipse.e4.core.commands.EHandlerService handlerService;

    /** Where the commands find this part and its run; absent outside the workbench (the UI tests' windows). */
    @Inject
    @Optional
    private MWindow window;

    private final Consumer<Session> follower = this::setSession;

    private SessionRun run;

    private Composite root;
    private StackLayout pages;
    private Composite emptyPage;
    private StepPage stepPage;
    private DonePage donePage;
    /** Covers the group's view while the facilitator looks something up; the session goes on. */
    private Composite privacyPage;
    private boolean privacyScreen;
    private PresenterWindow presenter;
    private GroupFeed groupFeed;

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
        privacyPage = new Composite(root, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(24, 24).applyTo(privacyPage);
        Label blank = Widgets.css(Widgets.id(new Label(privacyPage, SWT.WRAP), "run.privacy"), "prompt");
        blank.setText(Messages.Run_PrivacyScreen);
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.CENTER, SWT.CENTER).applyTo(blank);
        activeSession.addListener(follower);
        if (window != null) {
            window.getContext().set(RunCommands.class, this);
            window.getContext().set(Undoable.class, this);
        }
        setSession(activeSession.get());
        render();
        Accessibility.nameAll(parent);
    }

    /**
     * The step page, made when a session is first chosen: the window comes sooner without it (its
     * forms and tables are most of the run part's classes).
     */
    private StepPage stepPage() {
        if (stepPage == null) {
            stepPage = new StepPage(root, () -> run, actions, this);
            Accessibility.nameAll(root);
        }
        return stepPage;
    }

    private DonePage donePage() {
        if (donePage == null) {
            donePage = new DonePage(root, actions);
            Accessibility.nameAll(root);
        }
        return donePage;
    }

    /** Follows the session chosen in the sessions part. */
    private void setSession(Session newSession) {
        if (session() == newSession) {
            return;
        }
        if (run != null) {
            leave();
            run.session().eAdapters().remove(sessionWatcher);
        }
        run = newSession == null ? null : new SessionRun(service, newSession, clock);
        if (newSession != null) {
            newSession.eAdapters().add(sessionWatcher);
        }
        if (stepPage != null) {
            stepPage.say("");
        }
        render();
    }

    /**
     * Stops the countdown of the session turned away from, keeping its time. Only the step page
     * shows a countdown: without one there is none to stop.
     */
    private void leave() {
        if (stepPage != null) {
            stepPage.attempt(run::leave);
        }
    }

    public Session session() {
        return run == null ? null : run.session();
    }

    @Override
    public SessionRun run() {
        return run;
    }

    /** Opens the group's view for the projector (F5), or closes it. */
    @Override
    public void togglePresenter() {
        if (presenter != null && presenter.isOpen()) {
            presenter.close();
            presenter = null;
        } else {
            groupFeed = new GroupFeed(() -> run, () -> privacyScreen, session -> actions.reviewList(session).stream()
                    .map(r -> r.action().getOwner() + ": " + r.action().getText()).toList());
            presenter = new PresenterWindow(root.getDisplay(), groupFeed.frame(true));
        }
    }

    /** Sends the group's view what it shows now; {@code changed}: the session changed, not only the clock. */
    private void feedGroup(boolean changed) {
        if (presenter != null && presenter.isOpen()) {
            presenter.show(groupFeed.frame(changed));
        }
    }

    @Override
    public void timerShown() {
        feedGroup(false);
    }

    /** The presenter window while it is open, else null. */
    public PresenterWindow presenter() {
        return presenter != null && presenter.isOpen() ? presenter : null;
    }

    /** Blanks the view (Ctrl+B) or shows it again; nothing about the session changes. */
    @Override
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
        if (run == null) {
            pages.topControl = emptyPage;
        } else if (run.isDone()) {
            donePage().show(run.session());
            pages.topControl = donePage().control();
        } else {
            stepPage().render();
            pages.topControl = stepPage().control();
        }
        if (privacyScreen) {
            pages.topControl = privacyPage;
        }
        root.layout(true, true);
        // The CSS engine styles new widgets (larger fonts) after this event; lay out again once it has.
        root.getDisplay().asyncExec(this::afterStyling);
        feedGroup(true);
    }

    private void afterStyling() {
        if (root.isDisposed()) {
            return;
        }
        root.layout(true, true);
        if (stepPage != null) {
            stepPage.afterStyling(pages.topControl == stepPage.control());
        }
    }

    /** Starts or pauses the step's countdown (Ctrl+T). */
    @Override
    public void toggleTimer() {
        stepPage().toggleTimer();
    }

    /** Puts the keyboard in the first entry field of the step (Ctrl+I): type, Enter, next. */
    @Override
    public void focusEntry() {
        stepPage().focusEntry();
    }

    /** Whether the next step can be asked for: there is an open session that has one. */
    @Override
    public boolean canGoNext() {
        return run != null && run.canGoNext();
    }

    @Override
    public boolean canGoPrevious() {
        return run != null && run.canGoPrevious();
    }

    /** Moves on, unless the step still misses what the method asks for; then says what. */
    @Override
    public void next() {
        if (run != null) {
            stepPage().attempt(run::next);
        }
    }

    @Override
    public void previous() {
        if (run != null) {
            stepPage().attempt(run::previous);
        }
    }

    @Override
    public void anotherCase() {
        if (run != null) {
            stepPage().attempt(run::anotherCase);
        }
    }

    /** Moves an item up (-1) or down (+1) among its kind in the step. */
    public void move(Item item, int direction) {
        stepPage().attempt(() -> run.move(item, direction));
    }

    /** Changes what an item says. */
    public void edit(Item item, String text) {
        stepPage().attempt(() -> run.edit(item, text));
        feedGroup(true);
    }

    @Override
    public boolean canUndo() {
        return run != null && run.canUndo();
    }

    @Override
    public boolean canRedo() {
        return run != null && run.canRedo();
    }

    /** Undoes the last change to the items (Ctrl+Z), in the store too. */
    @Override
    public void undo() {
        if (canUndo()) {
            stepPage().attempt(run::undo);
        }
    }

    /** Redoes what was undone (Ctrl+Y). */
    @Override
    public void redo() {
        if (canRedo()) {
            stepPage().attempt(run::redo);
        }
    }

    /** Asks why, then skips the current step; the method marks which steps may be skipped. */
    public void askSkip() {
        if (run == null || run.isDone()) {
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
        stepPage().attempt(() -> run.skip(reason));
    }

    /** Stops for today: the timer and the session pause; the session list shows it as paused. */
    public void pauseSession() {
        if (run != null && !run.isDone()) {
            stepPage().attempt(run::pause);
            stepPage().showTimer();
        }
    }

    /** Asks for confirmation, then closes the session for good. */
    public void closeSession() {
        if (run == null || run.isDone()) {
            return;
        }
        MessageDialog confirm = new MessageDialog(root.getShell(), Messages.Run_CloseConfirm_Title, null,
                NLS.bind(Messages.Run_CloseConfirm_Message, run.session().getTitle()), MessageDialog.QUESTION, 0,
                Messages.Run_Close.replace("&", ""), Messages.Cancel);
        if (confirm.open() == 0) {
            stepPage().attempt(run::close);
        }
    }

    /** Replaces the personal data in the warned entry by a code per person and placeholders. */
    public void replacePersonalData() {
        stepPage().replacePersonalData();
    }

    @PreDestroy
    void dispose() {
        if (presenter != null) {
            presenter.close();
        }
        if (run != null) {
            leave();
            run.session().eAdapters().remove(sessionWatcher);
        }
        activeSession.removeListener(follower);
        if (window != null && window.getContext() != null) {
            window.getContext().remove(RunCommands.class);
            window.getContext().remove(Undoable.class);
        }
    }
}
