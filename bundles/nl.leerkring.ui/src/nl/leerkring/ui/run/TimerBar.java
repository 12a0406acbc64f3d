package nl.leerkring.ui.run;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.leerkring.core.StoreException;
import nl.leerkring.core.run.SessionRun;
import nl.leerkring.core.timer.StepTimer;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The step's countdown in the step line: the time left, coloured in the last minute and past the
 * end, Start/Pauze, +1 min, reset and the optional beep. While it runs it redraws twice a second
 * and lets the run keep the step's time.
 */
final class TimerBar {

    /** How often a running countdown is redrawn; twice a second keeps the seconds exact. */
    private static final int TICK_MILLIS = 500;

    private final RunPage page;
    private final Label label;
    private final Button toggle;
    private final Button plus;
    private final Button reset;
    /** A beep when the timebox runs out; off by default, a quiet room may prefer the colour alone. */
    private final Button sound;
    private boolean ticking;

    TimerBar(Composite stepLine, RunPage page) {
        this.page = page;
        label = Widgets.css(Widgets.id(new Label(stepLine, SWT.NONE), "run.timer"), "timer");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).hint(120, SWT.DEFAULT).applyTo(label);
        toggle = RunPage.button(stepLine, Messages.Run_TimerStart, "run.timer.toggle", this::toggle);
        plus = RunPage.button(stepLine, Messages.Run_TimerPlus, "run.timer.plus",
                () -> act(SessionRun::addMinute));
        reset = RunPage.button(stepLine, Messages.Run_TimerReset, "run.timer.reset",
                () -> act(SessionRun::resetTimer));
        sound = Widgets.id(new Button(stepLine, SWT.CHECK), "run.timer.sound");
        sound.setText(Messages.Run_TimerSound);
    }

    /** Starts or pauses the countdown (Ctrl+T). */
    void toggle() {
        act(SessionRun::toggleTimer);
    }

    private void act(java.util.function.Consumer<SessionRun> change) {
        SessionRun run = page.run();
        if (run != null && page.attempt(() -> change.accept(run))) {
            show();
        }
    }

    /** Shows the countdown as it stands, and keeps it ticking while it runs. */
    void show() {
        SessionRun run = page.run();
        if (run == null || label.isDisposed()) {
            return;
        }
        boolean timed = run.isTimed();
        for (Control control : new Control[] { label, toggle, plus, reset, sound }) {
            control.setVisible(timed);
        }
        if (!timed) {
            return;
        }
        StepTimer timer = run.timer();
        label.setText(timer.display());
        String look = timer.isOverrun() ? "timerOver" : timer.isNearEnd() ? "timerNear" : "timer";
        boolean running = timer.state() == StepTimer.State.RUNNING;
        if (!look.equals(label.getData(Widgets.CSS_CLASS))) {
            if (running && "timerOver".equals(look) && sound.getSelection()) {
                label.getDisplay().beep();
            }
            Widgets.css(label, look);
            label.reskin(SWT.NONE);
        }
        String toggleText = running ? Messages.Run_TimerPause : Messages.Run_TimerStart;
        if (!toggleText.equals(toggle.getText())) {
            toggle.setText(toggleText);
            toggle.getParent().layout(true);
        }
        keep(run);
        page.timerShown();
        if (running && !ticking) {
            ticking = true;
            label.getDisplay().timerExec(TICK_MILLIS, () -> {
                ticking = false;
                show();
            });
        }
    }

    /** The step's time kept every quarter minute; only a failure is said, what is typed stays. */
    private void keep(SessionRun run) {
        try {
            run.tick();
        } catch (StoreException e) {
            page.say(e.getMessage());
        }
    }
}
