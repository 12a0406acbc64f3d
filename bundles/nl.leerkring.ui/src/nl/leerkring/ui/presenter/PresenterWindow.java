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
 * in it closes it. It follows the run part.
 */
public final class PresenterWindow {

    /** What the group sees; the run part provides it. */
    public interface GroupView {
        String sessionTitle();

        String stepTitle();

        String prompt();

        String timer();

        List<String> items();

        boolean isPrivacyScreen();
    }

    private static final int REFRESH_MILLIS = 500;
    private static final String FONT = "nl.leerkring.presenter.font";

    private final GroupView view;
    private final Shell shell;
    private final Label session;
    private final Label step;
    private final Label timer;
    private final Label prompt;
    private final Label items;
    private final Font large;
    private final Font medium;
    private final Font small;

    public PresenterWindow(Display display, GroupView view) {
        this.view = view;
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
        refresh();
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

    /** Redraws from the run part, and again in a moment while the window is open. */
    private void refresh() {
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
        boolean hidden = view.isPrivacyScreen();
        changed |= show(session, hidden ? "" : view.sessionTitle());
        changed |= show(step, hidden ? Messages.Run_PrivacyScreen : view.stepTitle());
        changed |= show(timer, hidden ? "" : view.timer());
        changed |= show(prompt, hidden ? "" : view.prompt());
        changed |= show(items, hidden ? "" : view.items().stream().map(text -> "\u2022 " + text)
                .collect(Collectors.joining("\n")));
        if (changed) {
            shell.layout(true, true);
        }
        shell.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
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
