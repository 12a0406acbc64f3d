package nl.leerkring.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.StringJoiner;

import org.eclipse.osgi.util.NLS;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.leerkring.calendar.internal.Messages;
import nl.leerkring.core.ExportFiles;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;

/**
 * An action owner's open actions as an iCalendar file (RFC 5545), one VTODO per action, written
 * with ical4j. The UID is the action's own id, so importing a later export updates the to-dos
 * instead of adding them again; SEQUENCE counts the status changes so calendars take the newer one.
 */
public final class ActionCalendar {

    public static final String PRODUCT_ID = "-//Leerkring//Acties//NL";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private ActionCalendar() {
    }

    /** The to-do's UID: stable across exports because it is the action's id. */
    public static String uid(Action action) {
        return action.getId() + "@leerkring.nl";
    }

    /**
     * The open actions (closed, adjusted and cancelled ones are left out) as iCalendar text.
     *
     * @param stamp when the export is made (DTSTAMP)
     */
    public static String toIcs(List<ActionRecord> records, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (ActionRecord record : records) {
            if (ActionLifecycle.isOpen(record.action().getStatus())) {
                calendar.add(todo(record, stamp));
            }
        }
        StringWriter text = new StringWriter();
        try {
            // Our to-dos are valid by construction; validating again would only cost time.
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** Writes the export to a file in UTF-8 (see {@link ExportFiles}). */
    public static void write(List<ActionRecord> records, Instant stamp, Path file) throws IOException {
        ExportFiles.write(file, toIcs(records, stamp));
    }

    private static VToDo todo(ActionRecord record, Instant stamp) {
        Action action = record.action();
        VToDo todo = new VToDo(false);
        todo.add(new Uid(uid(action)));
        todo.add(new DtStamp(stamp));
        todo.add(new Summary(action.getText()));
        if (action.getDueDate() != null) {
            todo.add(new Due<>(action.getDueDate()));
        }
        todo.add(new Description(description(record)));
        todo.add(status(action.getStatus()));
        todo.add(new Sequence(action.getHistory().size()));
        if (!action.getHistory().isEmpty()) {
            todo.add(new LastModified(action.getHistory().get(action.getHistory().size() - 1).getAt()));
        }
        return todo;
    }

    private static String description(ActionRecord record) {
        StringJoiner text = new StringJoiner("\n");
        if (record.group() != null) {
            text.add(NLS.bind(Messages.Calendar_Group, record.group()));
        }
        text.add(NLS.bind(Messages.Calendar_Session, record.sessionTitle(),
                record.sessionDate() == null ? "" : DATE.format(record.sessionDate())));
        text.add(NLS.bind(Messages.Calendar_Status, ActionLifecycle.label(record.action().getStatus())));
        if (record.action().getDueDate() == null) {
            text.add(Messages.Calendar_NextSession);
        }
        return text.toString();
    }

    private static Status status(ActionStatus status) {
        return switch (status) {
        case IN_PROGRESS -> ImmutableStatus.VTODO_IN_PROCESS;
        case DONE -> ImmutableStatus.VTODO_COMPLETED;
        default -> ImmutableStatus.VTODO_NEEDS_ACTION;
        };
    }
}
