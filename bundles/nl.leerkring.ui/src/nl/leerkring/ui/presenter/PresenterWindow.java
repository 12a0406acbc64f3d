package nl.leerkring.ui.presenter;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;

import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The group's view for the projector: the step, its question, the countdown and what the group has
 * said in this step, in type scaled to the screen, without the facilitator's instruction. With a
 * second screen it opens full screen there (the projector); with one screen it opens as a window the
 * facilitator can drag to a mirrored or extended projector, so the laptop stays usable. Escape or F5
 * in it closes it. The run part sends it what the group sees whenever that changes.
 */
public final class PresenterWindow {

    /** What the group sees at one moment; the run part sends a new one when something in it changed. */
    public record Frame(String sessionTitle, String stepTitle, String prompt, String timer, List<String> items,
            boolean privacyScreen) {
    }

    private static final String FONT = "nl.leerkring.presenter.font";

    private final Shell shell;
    private final Label session;
    private final Label step;
    private final Label timer;
    private final Label prompt;
    private final Label items;
    private final Font large;
    private final Font medium;
    private final Font small;

    public PresenterWindow(Display display, Frame first) {
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(Messages.Presenter_Title);
        Widgets.css(shell, "presenter");
        Monitor projector = display.getMonitors()[display.getMonitors().length - 1];
        boolean second = display.getMonitors().length > 1;
        Rectangle screen = projector.getClientArea();
        Rectangle area = second ? screen
                : new Rectangle(screen.x + screen.width / 6, screen.y + screen.height / 6, screen.width * 2 / 3,
                        screen.height * 2 / 3);
        shell.setBounds(area);
        // Type scaled to the screen: the step title about a twelfth of its height.
        int unit = Math.max(12, area.height / 24);
        FontData base = display.getSystemFont().getFontData()[0];
        large = new Font(display, base.getName(), unit * 2 * 72 / display.getDPI().y, SWT.BOLD);
        medium = new Font(display, base.getName(), unit * 3 / 2 * 72 / display.getDPI().y, SWT.NORMAL);
        small = new Font(display, base.getName(), unit * 72 / display.getDPI().y, SWT.NORMAL);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(unit, unit).spacing(unit, unit / 2).applyTo(shell);
        session = label("presenter.session", small, 2);
        step = label("presenter.step", large, 1);
        timer = label("presenter.timer", large, 1);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(timer);
        prompt = label("presenter.prompt", medium, 2);
        items = label("presenter.items", small, 2);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(items);
        Listener closeKeys = this::closeOnKey;
        display.addFilter(SWT.KeyDown, closeKeys);
        shell.addListener(SWT.Dispose, e -> {
            display.removeFilter(SWT.KeyDown, closeKeys);
            large.dispose();
            medium.dispose();
            small.dispose();
        });
        shell.setFullScreen(second);
        shell.open();
        show(first);
        // The CSS engine styles the new labels after this event: their scaled fonts are put back then.
        display.asyncExec(() -> show(first));
    }

    /** Escape or F5 pressed in this window closes it; the facilitator's window is not touched. */
    private void closeOnKey(Event event) {
        if (shell.isDisposed() || (event.keyCode != SWT.ESC && event.keyCode != SWT.F5)
                || !(event.widget instanceof Control control) || control.isDisposed() || control.getShell() != shell) {
            return;
        }
        event.doit = false;
        close();
    }

    private Label label(String id, Font font, int span) {
        Label label = Widgets.css(Widgets.id(new Label(shell, SWT.WRAP), id), "presenterText");
        label.setData(FONT, font);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(label);
        return label;
    }

    /** Shows what the group sees now; the run part calls it on each change (no polling). */
    public void show(Frame frame) {
        if (shell.isDisposed()) {
            return;
        }
        // The CSS engine styles fonts by family after widgets appear; the scaled sizes are put back here.
        boolean changed = false;
        for (Label label : new Label[] { session, step, timer, prompt, items }) {
            if (label.getFont() != label.getData(FONT)) {
                label.setFont((Font) label.getData(FONT));
                changed = true;
            }
        }
        boolean hidden = frame.privacyScreen();
        changed |= show(session, hidden ? "" : frame.sessionTitle());
        changed |= show(step, hidden ? Messages.Run_PrivacyScreen : frame.stepTitle());
        changed |= show(timer, hidden ? "" : frame.timer());
        changed |= show(prompt, hidden ? "" : frame.prompt());
        changed |= show(items, hidden ? "" : frame.items().stream().map(text -> "\u2022 " + text)
                .collect(Collectors.joining("\n")));
        if (changed) {
            shell.layout(true, true);
        }
    }

    /** Sets the text if it differs; only then does the window need a new layout. */
    private static boolean show(Label label, String text) {
        if (text.equals(label.getText())) {
            return false;
        }
        label.setText(text);
        return true;
    }

    public Shell shell() {
        return shell;
    }

    public boolean isOpen() {
        return !shell.isDisposed();
    }

    public void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
