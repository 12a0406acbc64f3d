package nl.leerkring.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.DateInput;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.ui.internal.Messages;

/**
 * A date field that reads what is typed in the user's language ("14-12", "14 dec", "morgen", see
 * {@link DateInput}) and says at the field when it is no date, instead of GTK's date field, which
 * accepts typed nonsense silently. The button beside it opens a calendar for the mouse.
 */
public final class DateField {

    private final Composite row;
    private final Text text;
    private final Button pick;
    private final ControlDecoration problem;
    private final Clock clock;

    /** @param id the text field's id (for the UI tests) */
    public DateField(Composite parent, String id, Clock clock) {
        this.clock = clock;
        row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).extendedMargins(0, 8, 0, 0).applyTo(row);
        text = Widgets.id(new Text(row, SWT.BORDER | SWT.SINGLE), id);
        GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(text);
        text.setMessage(Messages.Date_Hint);
        pick = Widgets.id(new Button(row, SWT.ARROW | SWT.DOWN), id + ".calendar");
        pick.setToolTipText(Messages.Date_Calendar);
        Accessibility.name(pick, () -> Messages.Date_Calendar);
        problem = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
        problem.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        problem.hide();
        text.addListener(SWT.Modify, e -> check());
        // Once read, the date is shown in full, so the user sees which day was understood.
        text.addListener(SWT.FocusOut, e -> value().ifPresent(this::set));
        pick.addListener(SWT.Selection, e -> openCalendar());
    }

    /** Runs {@code action} when Enter is pressed in the field, as a form's default button would. */
    public void onEnter(Runnable action) {
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                action.run();
            }
        });
    }

    public Control control() {
        return row;
    }

    public void set(LocalDate date) {
        String shown = DateInput.format(date, Locale.getDefault());
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    /** The date typed, or empty when the field holds no date. */
    public Optional<LocalDate> value() {
        return DateInput.parse(text.getText(), Locale.getDefault(), LocalDate.now(clock));
    }

    /**
     * The date typed.
     *
     * @throws InputRejectedException saying what to type, when the field holds no date
     */
    public LocalDate date() {
        return value().orElseThrow(() -> {
            text.setFocus();
            return new InputRejectedException(NLS.bind(Messages.Date_Invalid, text.getText().strip()));
        });
    }

    public void setEnabled(boolean enabled) {
        text.setEnabled(enabled);
        pick.setEnabled(enabled);
        check();
    }

    public boolean isEnabled() {
        return text.isEnabled();
    }

    private void check() {
        if (text.isEnabled() && value().isEmpty()) {
            problem.setDescriptionText(NLS.bind(Messages.Date_Invalid, text.getText().strip()));
            problem.show();
        } else {
            problem.hide();
        }
    }

    /** A month to click a day in, under the field; Escape or clicking elsewhere closes it. */
    private void openCalendar() {
        Shell popup = new Shell(text.getShell(), SWT.ON_TOP | SWT.TOOL);
        popup.setLayout(new FillLayout());
        DateTime calendar = Widgets.id(new DateTime(popup, SWT.CALENDAR), text.getData(Widgets.ID) + ".month");
        LocalDate shown = value().orElse(LocalDate.now(clock));
        calendar.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
        // A click shows the day in the field; a double click or Enter also closes the month.
        calendar.addListener(SWT.Selection, e -> set(LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay())));
        calendar.addListener(SWT.DefaultSelection, e -> {
            set(LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay()));
            popup.dispose();
            text.setFocus();
        });
        // Escape, or a click anywhere else, closes the month (also where no window manager says so).
        Listener outside = e -> {
            boolean escape = e.type == SWT.KeyDown && e.keyCode == SWT.ESC;
            boolean elsewhere = e.type == SWT.MouseDown && !(e.widget instanceof Control c && !c.isDisposed()
                    && c.getShell() == popup);
            if (!popup.isDisposed() && (escape || elsewhere)) {
                if (escape) {
                    e.doit = false;
                    e.type = SWT.None;
                }
                popup.dispose();
                if (!text.isDisposed()) {
                    text.setFocus();
                }
            }
        };
        Display display = popup.getDisplay();
        display.addFilter(SWT.KeyDown, outside);
        display.addFilter(SWT.MouseDown, outside);
        popup.addListener(SWT.Dispose, e -> {
            display.removeFilter(SWT.KeyDown, outside);
            display.removeFilter(SWT.MouseDown, outside);
        });
        popup.pack();
        // Under the field, or above it when the screen ends first.
        Point at = text.toDisplay(0, text.getSize().y);
        Rectangle screen = text.getMonitor().getClientArea();
        if (at.y + popup.getSize().y > screen.y + screen.height) {
            at = text.toDisplay(0, -popup.getSize().y);
        }
        popup.setLocation(at);
        popup.open();
        calendar.setFocus();
    }
}
