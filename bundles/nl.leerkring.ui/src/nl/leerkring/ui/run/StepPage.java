package nl.leerkring.ui.run;

import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.StoreException;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.run.SessionRun;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.PrivacyCheck;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The facilitator's page of a running step: the session and step, the countdown, the question for
 * the group, the instruction for the facilitator, what the step records, one message line (with
 * "Vervangen" after a personal-data warning) and the buttons to move on.
 */
final class StepPage implements RunPage {

    /** What the navigation buttons ask of the part. */
    interface Navigation {
        void previous();

        void askSkip();

        void pauseSession();

        void next();

        /** Another case goes through the method's per-case steps. */
        void anotherCase();

        void closeSession();

        /** The countdown was shown anew (each tick while it runs). */
        void timerShown();
    }

    private final Supplier<SessionRun> run;
    private final Navigation navigation;
    private final PrivacyCheck privacy = new PrivacyCheck();
    private final Composite page;
    private final Label sessionLabel;
    private final Label stepLabel;
    private final TimerBar timerBar;
    private final Label promptLabel;
    private final Label instructionLabel;
    private final StepCaptures captures;
    private final MessageLine message;
    private final Button replaceButton;
    private final Button previousButton;
    private final Button skipButton;
    private final Button nextButton;
    private final Button anotherCaseButton;
    private final Button closeButton;

    private Session renderedSession;
    private int renderedStep = -1;
    /** A new step was built: its first entry field gets the keyboard once the widgets are shown. */
    private boolean focusPending;

    StepPage(Composite parent, Supplier<SessionRun> run, ActionService actions, Navigation navigation) {
        this.navigation = navigation;
        this.run = run;
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 10).applyTo(page);

        sessionLabel = Widgets.css(Widgets.id(new Label(page, SWT.NONE), "run.session"), "sessionTitle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sessionLabel);

        Composite stepLine = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stepLine);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(stepLine);
        stepLabel = Widgets.css(Widgets.id(new Label(stepLine, SWT.WRAP), "run.step"), "stepTitle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stepLabel);
        timerBar = new TimerBar(stepLine, this);

        promptLabel = Widgets.css(Widgets.id(new Label(page, SWT.WRAP), "run.prompt"), "prompt");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(promptLabel);

        Group facilitator = new Group(page, SWT.NONE);
        facilitator.setText(Messages.Run_ForFacilitator);
        Widgets.css(facilitator, "facilitator");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(facilitator);
        GridLayoutFactory.swtDefaults().applyTo(facilitator);
        instructionLabel = Widgets.css(Widgets.id(new Label(facilitator, SWT.WRAP), "run.instruction"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(instructionLabel);

        ScrolledComposite scroller = new ScrolledComposite(page, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        // A small height hint: the scroller takes what is left, so the navigation row always fits.
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 80).applyTo(scroller);
        Composite capturesArea = new Composite(scroller, SWT.NONE);
        scroller.setContent(capturesArea);
        GridLayoutFactory.fillDefaults().spacing(8, 12).applyTo(capturesArea);
        scroller.addListener(SWT.Resize, e -> fitCaptures());
        captures = new StepCaptures(capturesArea, this, actions);

        Composite messageRow = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(messageRow);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(messageRow);
        message = new MessageLine(messageRow, "run.message");
        replaceButton = RunPage.button(messageRow, Messages.Run_Replace, "run.replace", this::replacePersonalData);
        GridDataFactory.swtDefaults().applyTo(replaceButton);
        showReplace(false);

        Composite buttons = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(buttons);
        previousButton = RunPage.button(buttons, Messages.Run_Previous, "run.previous", navigation::previous);
        Label spacer = new Label(buttons, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
        skipButton = RunPage.button(buttons, Messages.Run_Skip, "run.skip", navigation::askSkip);
        RunPage.button(buttons, Messages.Run_Pause, "run.pause", navigation::pauseSession);
        anotherCaseButton = RunPage.button(buttons, Messages.Run_AnotherCase, "run.anotherCase",
                navigation::anotherCase);
        GridDataFactory.swtDefaults().applyTo(anotherCaseButton);
        nextButton = RunPage.button(buttons, Messages.Run_Next, "run.next", navigation::next);
        closeButton = RunPage.button(buttons, Messages.Run_Close, "run.close", navigation::closeSession);
    }

    Composite control() {
        return page;
    }

    /** Shows the run's current step; a step gone to gets its entries built anew. */
    void render() {
        SessionRun current = run.get();
        Step step = current.step();
        sessionLabel.setText(RunTexts.session(current.session()));
        stepLabel.setText(RunTexts.step(current));
        promptLabel.setText(Protocols.text(step.getPrompt()));
        instructionLabel.setText(RunTexts.forFacilitator(step));
        if (renderedSession != current.session() || renderedStep != current.session().getCurrentStep()) {
            captures.rebuild(step);
            focusPending = true;
            renderedSession = current.session();
            renderedStep = current.session().getCurrentStep();
        }
        captures.refresh();
        timerBar.show();
        previousButton.setEnabled(current.canGoPrevious());
        skipButton.setEnabled(current.canSkip());
        nextButton.setEnabled(current.canGoNext());
        // At the end of a case's round, where the method takes several cases, another can begin.
        boolean another = current.canTakeAnotherCase();
        anotherCaseButton.setVisible(another);
        ((GridData) anotherCaseButton.getLayoutData()).exclude = !another;
        anotherCaseButton.getParent().layout();
        page.getShell().setDefaultButton(current.canGoNext() ? null : closeButton);
        fitCaptures();
    }

    /** Once the new widgets are styled and shown: the scroll area fitted, the keyboard in the first entry. */
    void afterStyling(boolean shown) {
        fitCaptures();
        if (focusPending && shown) {
            focusPending = false;
            captures.focusFirst();
        }
    }

    void toggleTimer() {
        timerBar.toggle();
    }

    /** Redraws the countdown (after the session paused). */
    void showTimer() {
        timerBar.show();
    }

    /** Puts the keyboard in the first entry field of the step (Ctrl+I): type, Enter, next. */
    void focusEntry() {
        captures.focusFirst();
    }

    private void fitCaptures() {
        Composite area = captures.area();
        if (area.isDisposed()) {
            return;
        }
        ScrolledComposite scroller = (ScrolledComposite) area.getParent();
        int width = scroller.getClientArea().width;
        scroller.setMinSize(area.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Replaces the personal data in the warned entry by a code per person and placeholders. */
    void replacePersonalData() {
        privacy.replace();
        showReplace(false);
        say("");
    }

    private void showReplace(boolean visible) {
        if (replaceButton.isDisposed()) {
            return;
        }
        replaceButton.setVisible(visible);
        ((GridData) replaceButton.getLayoutData()).exclude = !visible;
        page.layout(true, true);
    }

    @Override
    public SessionRun run() {
        return run.get();
    }

    @Override
    public boolean attempt(Runnable change) {
        try {
            change.run();
            say("");
            showReplace(false);
            return true;
        } catch (InputRejectedException | StoreException e) {
            say(e.getMessage());
            return false;
        }
    }

    @Override
    public void say(String text) {
        if (!page.isDisposed()) {
            message.error(text);
            page.layout(true, true);
        }
    }

    @Override
    public void timerShown() {
        navigation.timerShown();
    }

    /** See {@link PrivacyCheck}: a warning, and "Vervangen" to replace what was found. */
    @Override
    public boolean privacyChecked(Text entry) {
        String found = privacy.check(entry);
        showReplace(found != null);
        if (found != null) {
            say(NLS.bind(Messages.Run_PersonalData, found));
        }
        return found == null;
    }
}
