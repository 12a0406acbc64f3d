package nl.leerkring.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real key presses: posted to the X server (Xvfb) through SWT's {@link Display#post}, so they reach
 * the focused widget by GTK's own way, mnemonics and traversal included, as a user's keys do.
 */
final class Keyboard {

    private static final int WAIT_SECONDS = 10;

    private final Display display;
    private final UiDriver ui;

    Keyboard(Display display, UiDriver ui) {
        this.display = display;
        this.ui = ui;
    }

    /** Types the text; capitals with Shift, as a person would. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shifted = Character.isUpperCase(c);
            if (shifted) {
                post(SWT.KeyDown, SWT.SHIFT, '\0');
            }
            post(SWT.KeyDown, 0, Character.toLowerCase(c));
            post(SWT.KeyUp, 0, Character.toLowerCase(c));
            if (shifted) {
                post(SWT.KeyUp, SWT.SHIFT, '\0');
            }
        }
    }

    /** A key without a character: SWT.CR, SWT.TAB, SWT.ESC, an arrow. */
    void press(int keyCode) {
        post(SWT.KeyDown, keyCode, '\0');
        post(SWT.KeyUp, keyCode, '\0');
    }

    /** Alt and a letter: the mnemonic underlined in a label or a button. */
    void alt(char letter) {
        post(SWT.KeyDown, SWT.ALT, '\0');
        post(SWT.KeyDown, 0, letter);
        post(SWT.KeyUp, 0, letter);
        post(SWT.KeyUp, SWT.ALT, '\0');
    }

    /**
     * Gives the window the keyboard, as a window manager does for a window that opens or one that
     * gets it back when a dialog closes; Xvfb in the tests runs without one.
     */
    void activate(org.eclipse.swt.widgets.Shell shell) {
        shell.forceActive();
        ui.until(() -> display.getActiveShell() == shell, WAIT_SECONDS, "the window " + shell.getText() + " active");
    }

    /** Waits until the keyboard is in this control, as where the next keys will go. */
    void awaitFocus(Control control, String what) {
        try {
            ui.until(() -> display.getFocusControl() == control, WAIT_SECONDS, "the keyboard in " + what);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it is in " + display.getFocusControl() + " of "
                    + display.getActiveShell(), e);
        }
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            throw new AssertionError("the key could not be posted to the display");
        }
    }
}
