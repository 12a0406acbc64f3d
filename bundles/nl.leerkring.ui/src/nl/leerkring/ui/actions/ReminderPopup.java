package nl.leerkring.ui.actions;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * A small note in the lower right corner of the window that goes away by itself: it tells, it does
 * not ask, and it never takes the keyboard from the facilitator.
 */
public final class ReminderPopup {

    /** How long the note stays. */
    public static final int SHOW_MILLIS = 15_000;

    private final Shell shell;

    /**
     * @param onOpen what the link does (open "Mijn acties"); the note closes after it
     */
    public ReminderPopup(Shell parent, String text, Runnable onOpen) {
        shell = new Shell(parent, SWT.TOOL | SWT.ON_TOP | SWT.NO_FOCUS | SWT.BORDER);
        Widgets.css(Widgets.id(shell, "reminder"), "reminder");
        GridLayoutFactory.swtDefaults().margins(14, 10).numColumns(2).applyTo(shell);
        Label label = Widgets.css(Widgets.id(new Label(shell, SWT.WRAP), "reminder.text"), "reminder");
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(label);
        Button close = Widgets.id(new Button(shell, SWT.PUSH | SWT.FLAT), "reminder.close");
        close.setText("\u2715");
        close.setToolTipText(Messages.Reminder_Close);
        close.addListener(SWT.Selection, e -> close());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(close);
        Link open = Widgets.css(Widgets.id(new Link(shell, SWT.NONE), "reminder.open"), "reminder");
        open.setText("<a>" + Messages.Reminder_Open + "</a>");
        open.addListener(SWT.Selection, e -> {
            onOpen.run();
            // Not from inside the link's own event: the shell goes once the event is done.
            shell.getDisplay().asyncExec(this::close);
        });
        shell.pack();
        Rectangle area = parent.getBounds();
        Point size = shell.getSize();
        shell.setLocation(area.x + area.width - size.x - 24, area.y + area.height - size.y - 24);
        shell.setVisible(true);
        shell.getDisplay().timerExec(SHOW_MILLIS, this::close);
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
