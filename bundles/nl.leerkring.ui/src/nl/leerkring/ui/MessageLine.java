package nl.leerkring.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.StoreConflictException;
import nl.leerkring.core.StoreException;

/**
 * A part's line for what happened: a refusal or failure in the "error" look, a confirmation (such as
 * where a file went) in the "notice" look. {@link #run} makes a change and reports a refusal here.
 */
public final class MessageLine {

    private final Label label;

    public MessageLine(Composite parent, String id) {
        label = Widgets.css(Widgets.id(new Label(parent, SWT.WRAP), id), "error");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }

    /** Runs a change; a refusal or a store failure is shown, and nothing changed. Clears the line on success. */
    public boolean run(Runnable change) {
        return run(change, () -> {
        });
    }

    /**
     * Runs a change like {@link #run(Runnable)}. When it is refused because the record was changed
     * elsewhere first (another window, another client of the team database), {@code reread} reads it
     * again so the latest state shows beside the message.
     */
    public boolean run(Runnable change, Runnable reread) {
        try {
            change.run();
            error("");
            return true;
        } catch (StoreConflictException e) {
            reread.run();
            error(e.getMessage());
            return false;
        } catch (InputRejectedException | StoreException e) {
            error(e.getMessage());
            return false;
        }
    }

    /** What to say of a refusal or a store failure; anything else is a fault of the program and goes on up. */
    public static String reason(RuntimeException e) {
        if (e instanceof InputRejectedException || e instanceof StoreException) {
            return e.getMessage();
        }
        throw e;
    }

    public void error(String text) {
        show(text, "error");
    }

    public void notice(String text) {
        show(text, "notice");
    }

    /** A quiet line: what the view is busy with, or what to do first in an empty one. */
    public void hint(String text) {
        show(text, "hint");
    }

    public String text() {
        return label.getText();
    }

    private void show(String text, String look) {
        if (label.isDisposed()) {
            return;
        }
        label.setText(text);
        if (!look.equals(label.getData(Widgets.CSS_CLASS))) {
            Widgets.css(label, look);
            label.reskin(SWT.NONE);
        }
        label.getParent().layout(true, true);
    }
}
