package nl.leerkring.ui.actions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.osgi.util.NLS;
import nl.leerkring.ui.DateField;

import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.model.Action;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.StatusChange;
import nl.leerkring.ui.internal.Messages;

/** How actions read on screen, the same in the owner's view, the review and the series. */
public final class ActionTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private ActionTexts() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The due date, or "next session". */
    public static String due(Action action) {
        return action.getDueDate() == null ? Messages.Run_NextSession : DATE.format(action.getDueDate());
    }

    /** The due date, marked when it has passed. */
    public static String due(Action action, ActionLifecycle lifecycle) {
        return lifecycle.isOverdue(action) ? NLS.bind(Messages.Actions_Overdue, due(action)) : due(action);
    }

    public static String status(Action action) {
        return ActionLifecycle.label(action.getStatus());
    }

    /** One history line: "25-11-26 10:00 · Anna: Open → In uitvoering (reason)". */
    public static String change(StatusChange change) {
        String when = WHEN.format(change.getAt().atZone(ZoneId.systemDefault()));
        String what = change.getFrom() == change.getTo() ? ActionLifecycle.label(change.getTo())
                : ActionLifecycle.label(change.getFrom()) + " \u2192 " + ActionLifecycle.label(change.getTo());
        return when + " \u00b7 " + change.getBy() + ": " + what
                + (change.getReason() == null ? "" : " (" + change.getReason() + ")");
    }

    public static String note(ProgressNote note) {
        return WHEN.format(note.getAt().atZone(ZoneId.systemDefault())) + " \u00b7 " + note.getAuthor() + ": "
                + note.getText();
    }

    /** The date a date field shows; a disabled field (next session) gives null. */
    /**
     * The due date in the field, or null (next session) when the field is off.
     *
     * @throws nl.leerkring.core.InputRejectedException when the field holds no date
     */
    public static LocalDate read(DateField field) {
        return field.isEnabled() ? field.date() : null;
    }
}
