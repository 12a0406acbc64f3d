package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.ui.DateField;

/**
 * The date field reads a typed date in Dutch and shows it in full once read; nonsense is refused
 * with what to type; the calendar beside it picks a day and closes with Escape.
 */
class DateFieldUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);

    @Test
    void typedDatesAreReadAndNonsenseIsRefused() {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 30).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        DateField field = new DateField(shell, "test.date", clock);
        Text other = new Text(shell, SWT.BORDER);
        shell.setSize(500, 120);
        shell.open();
        try {
            Text text = ui.find(shell, "test.date", Text.class);
            ui.type(text, "14 dec");
            assertEquals(Optional.of(LocalDate.of(2026, 12, 14)), field.value());
            text.notifyListeners(SWT.FocusOut, new Event());
            assertEquals("14 dec 2026", text.getText(), "once read, shown in full");

            ui.type(text, "31-02");
            assertEquals(Optional.empty(), field.value());
            InputRejectedException refused = assertThrows(InputRejectedException.class, field::date);
            assertEquals("\u201831-02\u2019 is geen datum: typ bijvoorbeeld 14-12, 14 dec of morgen.", refused.getMessage());

            ui.type(text, "3-1-2027");
            ui.click(ui.find(shell, "test.date.calendar", Button.class));
            Shell month = calendar();
            DateTime days = ui.find(month, "test.date.month", DateTime.class);
            assertEquals(2027, days.getYear());
            assertEquals(0, days.getMonth());
            assertEquals(3, days.getDay(), "the calendar opens at the typed day");
            days.setDate(2027, 0, 20);
            days.notifyListeners(SWT.Selection, new Event());
            assertEquals(Optional.of(LocalDate.of(2027, 1, 20)), field.value(), "a click puts the day in the field");
            Event escape = new Event();
            escape.keyCode = SWT.ESC;
            days.notifyListeners(SWT.KeyDown, escape);
            ui.flush();
            assertTrue(month.isDisposed(), "Escape closes the calendar");
            assertFalse(shell.isDisposed());
            other.setFocus();
        } finally {
            shell.dispose();
        }
    }

    /** The calendar's window, open on top of the field. */
    private Shell calendar() {
        ui.flush();
        for (Shell open : display.getShells()) {
            if (!open.isDisposed() && open.isVisible() && ui.exists(open, "test.date.month")) {
                return open;
            }
        }
        throw new AssertionError("the calendar did not open");
    }
}
