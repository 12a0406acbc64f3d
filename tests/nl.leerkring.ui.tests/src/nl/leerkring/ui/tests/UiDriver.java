package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.ui.Widgets;

/**
 * Drives real SWT widgets the way a user would: finds them by their test id, types, presses
 * Enter and clicks by sending the same events the toolkit sends. There is no SWTBot on Maven Central.
 */
final class UiDriver {

    private static final int DIALOG_TIMEOUT_MILLIS = 10_000;

    private final Display display;

    UiDriver(Display display) {
        this.display = display;
    }

    <C extends Control> C find(Composite root, String id, Class<C> type) {
        return search(root, id, type).orElseThrow(() -> new AssertionError("no widget " + id));
    }

    /** The first text field in the window, for dialogs whose widgets carry no id (JFace's own). */
    Text firstText(Composite root) {
        for (Control child : root.getChildren()) {
            if (child instanceof Text text) {
                return text;
            }
            if (child instanceof Composite composite) {
                Text found = firstText(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    boolean exists(Composite root, String id) {
        return search(root, id, Control.class).isPresent();
    }

    private static <C extends Control> Optional<C> search(Control control, String id, Class<C> type) {
        if (!control.isDisposed() && id.equals(control.getData(Widgets.ID)) && type.isInstance(control)) {
            return Optional.of(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<C> found = search(child, id, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    void click(Button button) {
        assertTrue(button.isEnabled(), () -> "button is disabled: " + button.getText());
        if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        flush();
    }

    /** Enter in a text field: the traverse event SWT sends before the key itself. */
    void pressEnter(Text text) {
        Event event = new Event();
        event.detail = SWT.TRAVERSE_RETURN;
        event.doit = true;
        text.notifyListeners(SWT.Traverse, event);
        flush();
    }

    /** Picks an entry of a drop-down list as the user would, by its text. */
    void choose(Combo combo, String item) {
        int index = combo.indexOf(item);
        assertTrue(index >= 0, () -> "no \u2018" + item + "\u2019 in " + java.util.Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /** Selects a row of a table as a click would. */
    void selectRow(Composite root, String tableId, int row) {
        Table table = find(root, tableId, Table.class);
        table.select(row);
        table.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    String text(Composite root, String id) {
        return find(root, id, Label.class).getText();
    }

    List<String> column(Composite root, String tableId, int column) {
        Table table = find(root, tableId, Table.class);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            values.add(table.getItem(i).getText(column));
        }
        return values;
    }

    /** The visible fields and wordless buttons under {@code root} that a screen reader could not name. */
    static List<String> unnamed(Composite root) {
        List<String> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            if (nl.leerkring.ui.Accessibility.needsName(child) && nl.leerkring.ui.Accessibility.nameOf(child) == null) {
                found.add(child.getClass().getSimpleName() + " " + child.getData(nl.leerkring.ui.Widgets.ID));
            }
            if (child instanceof Composite nested && !(child instanceof Table) && !(child instanceof org.eclipse.swt.widgets.Tree)) {
                found.addAll(unnamed(nested));
            }
        }
        return found;
    }

    /** Sets a number field as the arrows or typing would. */
    void spin(org.eclipse.swt.widgets.Spinner spinner, int value) {
        spinner.setSelection(value);
        spinner.notifyListeners(SWT.Selection, new Event());
        spinner.notifyListeners(SWT.Modify, new Event());
        flush();
    }

    /** Handles events until the condition holds; fails after {@code seconds} without it. */
    void until(java.util.function.BooleanSupplier condition, int seconds, String what) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("waited " + seconds + " s for: " + what);
            }
            if (!display.readAndDispatch()) {
                // Woken soon in any case: the condition may change without an event (a store written).
                display.timerExec(50, () -> {
                });
                display.sleep();
            }
        }
    }

    void flush() {
        while (display.readAndDispatch()) {
            // handle what the last action queued
        }
    }

    /**
     * Runs {@code trigger}, which opens a modal window of the given type, and lets {@code user}
     * work in that window while it is open. Fails if the window does not appear.
     */
    <W extends Window> void withDialog(Class<W> type, Runnable trigger, Consumer<W> user) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        boolean[] seen = { false };
        long deadline = System.currentTimeMillis() + DIALOG_TIMEOUT_MILLIS;
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (type.isInstance(shell.getData()) && shell.isVisible()) {
                        seen[0] = true;
                        W window = type.cast(shell.getData());
                        try {
                            user.accept(window);
                        } catch (Throwable t) {
                            failure.set(t);
                            window.close();
                        }
                        closedOrFail(window, failure);
                        return;
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(50, this);
                }
            }
        };
        display.timerExec(50, poll);
        trigger.run();
        // The window may open only once a read in the background has come back.
        while (!seen[0] && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        flush();
        if (failure.get() != null) {
            fail("in " + type.getSimpleName() + ": " + failure.get(), failure.get());
        }
        assertEquals(true, seen[0], type.getSimpleName() + " did not open");
    }

    /**
     * A modal window the user is done with must close, or the test would wait for ever: still open
     * once the events are handled, it is closed and the test fails with what the window says.
     */
    private void closedOrFail(Window window, AtomicReference<Throwable> failure) {
        display.asyncExec(() -> {
            Shell shell = window.getShell();
            if (shell != null && !shell.isDisposed()) {
                String said = window instanceof org.eclipse.jface.dialogs.TitleAreaDialog titled
                        ? titled.getErrorMessage() : shell.getText();
                window.close();
                failure.compareAndSet(null, new AssertionError(window.getClass().getSimpleName() + " is still open: " + said));
            }
        });
    }

    /** Presses the default button (OK, Yes) of the next message box as soon as it shows. */
    void answerNextMessage() {
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell open : display.getShells()) {
                    if (open.getData() instanceof org.eclipse.jface.dialogs.MessageDialog && open.isVisible()) {
                        click(open.getDefaultButton());
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        });
    }

    /** Presses the dialog button with this label. */
    void press(Shell shell, String label) {
        Button button = buttons(shell).stream().filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label));
        click(button);
    }

    private static List<Button> buttons(Composite root) {
        List<Button> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (child instanceof Button button) {
                found.add(button);
            } else if (child instanceof Composite composite) {
                found.addAll(buttons(composite));
            }
        }
        return found;
    }
}
