package nl.leerkring.calendar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VToDo;
import nl.leerkring.calendar.ActionCalendar;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionUpdate;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;

/** The .ics export, read back by ical4j's own parser: one to-do per open action, with UIDs that stay put. */
class ActionCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path folder;

    private final ActionLifecycle lifecycle = new ActionLifecycle(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));

    private static ActionRecord record(String id, String text, ActionStatus status, LocalDate due) {
        Action action = LeerkringFactory.eINSTANCE.createAction();
        action.setId(id);
        action.setText(text);
        action.setOwner("Anna");
        action.setStatus(status);
        action.setDueDate(due);
        return new ActionRecord(action, "s1", "Oost 1", "Wijkteam Oost", TODAY.minusDays(7));
    }

    private static Map<String, VToDo> parse(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertEquals(ActionCalendar.PRODUCT_ID, value(calendar.getRequiredProperty(Property.PRODID)));
        List<VToDo> todos = calendar.getComponents(Component.VTODO);
        return todos.stream().collect(Collectors.toMap(t -> value(t.getRequiredProperty(Property.UID)), Function.identity()));
    }

    private static String value(Property property) {
        return property.getValue();
    }

    /** Exports through a real file, as the owner's view does. */
    private byte[] export(List<ActionRecord> records, Instant stamp) throws Exception {
        Path file = folder.resolve("mijn-acties.ics");
        ActionCalendar.write(records, stamp, file);
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(file), listing.toList(), "no partial files left behind");
        }
        return Files.readAllBytes(file);
    }

    @Test
    void openActionsBecomeToDosThatReadBack() throws Exception {
        ActionRecord visit = record("a1", "Huisbezoek voorbereiden; met school, ouders en \u00e9\u00e9n tolk", ActionStatus.OPEN,
                TODAY.plusDays(7));
        ActionRecord consult = record("a2", "Gedragswetenschapper raadplegen", ActionStatus.IN_PROGRESS, null);
        ActionRecord dropped = record("a3", "Training volgen", ActionStatus.CANCELLED, TODAY);

        Map<String, VToDo> todos = parse(export(List.of(visit, consult, dropped), NOW));

        assertEquals(2, todos.size(), "the cancelled action is left out");
        VToDo first = todos.get("a1@leerkring.nl");
        assertEquals(visit.action().getText(), value(first.getRequiredProperty(Property.SUMMARY)));
        assertEquals("20261202", value(first.getRequiredProperty(Property.DUE)));
        assertEquals("NEEDS-ACTION", value(first.getRequiredProperty(Property.STATUS)));
        assertTrue(value(first.getRequiredProperty(Property.DESCRIPTION)).contains("Wijkteam Oost"));
        VToDo second = todos.get("a2@leerkring.nl");
        assertFalse(second.getProperty(Property.DUE).isPresent(), "due at the next session: no date");
        assertEquals("IN-PROCESS", value(second.getRequiredProperty(Property.STATUS)));
        assertTrue(value(second.getRequiredProperty(Property.DESCRIPTION)).contains("volgende bijeenkomst"));
    }

    @Test
    void aSecondExportUpdatesTheSameToDos() throws Exception {
        ActionRecord visit = record("a1", "Huisbezoek voorbereiden", ActionStatus.OPEN, TODAY.plusDays(7));
        ActionRecord training = record("a3", "Training volgen", ActionStatus.OPEN, TODAY.plusDays(3));
        Map<String, VToDo> before = parse(export(List.of(visit, training), NOW));

        lifecycle.apply(visit.action(), ActionStatus.IN_PROGRESS, ActionUpdate.by("Anna"));
        lifecycle.apply(training.action(), ActionStatus.NOT_CARRIED_OUT, ActionUpdate.by("Anna").reason(ActionReason.NO_TIME, null));
        lifecycle.apply(training.action(), ActionStatus.CARRIED_OVER, ActionUpdate.by("Anna").due(TODAY.plusDays(21)));
        Map<String, VToDo> after = parse(export(List.of(visit, training), NOW.plusSeconds(3600)));

        assertEquals(before.keySet(), after.keySet(), "the same UIDs: calendars update instead of duplicating");
        assertEquals("0", value(before.get("a1@leerkring.nl").getRequiredProperty(Property.SEQUENCE)));
        assertEquals("1", value(after.get("a1@leerkring.nl").getRequiredProperty(Property.SEQUENCE)));
        assertEquals("2", value(after.get("a3@leerkring.nl").getRequiredProperty(Property.SEQUENCE)));
        assertEquals("20261216", value(after.get("a3@leerkring.nl").getRequiredProperty(Property.DUE)));
    }
}
