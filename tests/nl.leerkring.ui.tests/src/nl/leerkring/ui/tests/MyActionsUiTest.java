package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.ui.actions.ActionReminderAddon;
import nl.leerkring.ui.actions.MyActionsPart;
import nl.leerkring.ui.actions.ReminderPopup;

/**
 * An action owner in "Mijn acties" with the real widgets and the real database: picks themselves,
 * sees the overdue action first, filters by group and status, starts an action with a progress
 * note, completes one with its outcome, exports to a calendar, and is reminded at the next start.
 */
class MyActionsUiTest {

    private static final String OWNER = "Fatima";

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @TempDir
    Path folder;

    /** Two groups' sessions with three of Fatima's actions: one past its date, one due today, one "next session". */
    private void record() {
        SessionService sessions = own.context().get(SessionService.class);
        Protocol actieleren = own.context().get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow();
        LocalDate today = LocalDate.now();
        Session noord = sessions.start(actieleren, "Noord april", today.minusDays(20), "Team Fatima Noord", List.of(OWNER, "Gijs"));
        Session zuid = sessions.start(actieleren, "Zuid mei", today.minusDays(6), "Team Fatima Zuid", List.of(OWNER, "Hanna"));
        // An action agreed weeks ago, due three days ago: the service refuses past dates, so it goes in as stored then.
        Action late = LeerkringFactory.eINSTANCE.createAction();
        late.setId(UUID.randomUUID().toString());
        late.setKindId("actie");
        late.setStepId("stap-actie-eigenaar");
        late.setText("Moeder terugbellen over de school");
        late.setOwner(OWNER);
        late.setDueDate(today.minusDays(3));
        late.setStatus(ActionStatus.OPEN);
        late.setCreatedAt(Instant.now());
        own.context().get(SessionStore.class).addItem(noord.getId(), late, 0, Instant.now());
        // Both sessions stand at the step where actions are agreed (what came before is not this test's subject).
        for (Session session : List.of(noord, zuid)) {
            int step = sessions.steps(session).stream().map(s -> s.getId()).toList().indexOf("stap-actie-eigenaar");
            own.context().get(SessionStore.class).saveProgress(session.getId(), step, session.getStatus(), Instant.now());
            session.setCurrentStep(step);
        }
        sessions.addAction(noord, "actie", "Casus voorbereiden voor intervisie", OWNER, today);
        sessions.addAction(zuid, "actie", "Sociale kaart bijwerken", OWNER, null);
    }

    @Test
    void anOwnerFiltersUpdatesAndCompletesTheirActions() throws Exception {
        record();
        PartsWindow window = new PartsWindow(own.context(), display, MyActionsPart.class);
        Shell shell = window.shell;
        MyActionsPart part = window.get(MyActionsPart.class);
        ui.until(() -> !part.reading(), 10, "Mijn acties read");

        ui.choose(ui.find(shell, "actions.me", Combo.class), OWNER);
        ui.until(() -> !part.reading(), 10, "Mijn acties read");
        List<String> texts = ui.column(shell, "actions.table", 1);
        assertEquals(3, texts.size(), texts.toString());
        assertEquals("Moeder terugbellen over de school", texts.get(0), "overdue first");
        assertTrue(ui.column(shell, "actions.table", 4).get(0).contains("te laat"));
        assertEquals("volgende bijeenkomst", ui.column(shell, "actions.table", 4).get(2), "'next session' last");
        assertTrue(ui.text(shell, "actions.summary").contains("1 te laat"), ui.text(shell, "actions.summary"));

        // Filter by group, then back to all.
        ui.choose(ui.find(shell, "actions.groupFilter", Combo.class), "Team Fatima Zuid");
        assertEquals(List.of("Sociale kaart bijwerken"), ui.column(shell, "actions.table", 1));
        ui.choose(ui.find(shell, "actions.groupFilter", Combo.class), "Alle groepen");

        // Start the overdue one, with a progress note.
        ui.selectRow(shell, "actions.table", 0);
        ui.choose(ui.find(shell, "actions.newStatus", Combo.class), "In uitvoering");
        ui.click(ui.find(shell, "actions.apply", Button.class));
        ui.until(() -> !part.reading(), 10, "Mijn acties read");
        assertEquals("", ui.text(shell, "actions.message"));
        ui.type(ui.find(shell, "actions.note", Text.class), "School gebeld; moeder belt terug");
        ui.click(ui.find(shell, "actions.addNote", Button.class));
        ui.until(() -> !part.reading(), 10, "Mijn acties read");
        ActionRecord started = stored("Moeder terugbellen over de school");
        assertEquals(ActionStatus.IN_PROGRESS, started.action().getStatus());
        assertEquals("School gebeld; moeder belt terug", started.action().getNotes().get(0).getText());
        assertEquals(OWNER, started.action().getHistory().get(0).getBy());

        // Completing needs an outcome: refused with a clear message, then done.
        ui.choose(ui.find(shell, "actions.newStatus", Combo.class), "Uitgevoerd");
        ui.click(ui.find(shell, "actions.apply", Button.class));
        assertTrue(ui.text(shell, "actions.message").contains("opgeleverd"), ui.text(shell, "actions.message"));
        assertEquals(ActionStatus.IN_PROGRESS, stored("Moeder terugbellen over de school").action().getStatus());
        ui.type(ui.find(shell, "actions.outcome", Text.class), "Moeder komt naar het gesprek op school");
        ui.type(ui.find(shell, "actions.learning", Text.class), "Eerst de school bellen scheelt een ronde");
        ui.click(ui.find(shell, "actions.apply", Button.class));
        ui.until(() -> !part.reading(), 10, "Mijn acties read");
        Action done = stored("Moeder terugbellen over de school").action();
        assertEquals(ActionStatus.DONE, done.getStatus());
        assertEquals("Moeder komt naar het gesprek op school", done.getOutcome());
        assertEquals("Eerst de school bellen scheelt een ronde", done.getLearning());

        // Only done ones, by the status filter.
        ui.choose(ui.find(shell, "actions.status", Combo.class), "Uitgevoerd");
        assertEquals(List.of("Moeder terugbellen over de school"), ui.column(shell, "actions.table", 1));
        ui.choose(ui.find(shell, "actions.status", Combo.class), "Openstaand");

        // The calendar export holds exactly the open actions of the database, by their ids.
        Path ics = folder.resolve("fatima.ics");
        assertTrue(part.export(ics));
        String calendar = Files.readString(ics);
        List<ActionRecord> open = own.context().get(ActionService.class).ownedBy(OWNER);
        assertEquals(open.size(), calendar.split("BEGIN:VTODO", -1).length - 1);
        for (ActionRecord record : open) {
            assertTrue(calendar.contains("UID:" + record.action().getId() + "@leerkring.nl"), record.action().getText());
        }
        assertTrue(ui.text(shell, "actions.message").contains(ics.toString()));
        window.close();

        // The next start remembers who the user is, and reminds them without a modal dialog.
        window = new PartsWindow(own.context(), display, MyActionsPart.class);
        MyActionsPart again = window.get(MyActionsPart.class);
        ui.until(() -> !again.reading(), 10, "Mijn acties read");
        assertEquals(OWNER, again.owner());
        ActionReminderAddon addon = ContextInjectionFactory.make(ActionReminderAddon.class, own.context());
        boolean[] opened = { false };
        ReminderPopup popup = addon.remind(window.shell, OWNER, () -> opened[0] = true);
        ui.flush();
        assertTrue(popup.isOpen());
        assertEquals(0, popup.shell().getStyle() & (SWT.APPLICATION_MODAL | SWT.SYSTEM_MODAL | SWT.PRIMARY_MODAL));
        String note = ui.text(popup.shell(), "reminder.text");
        assertEquals(OWNER + ", een paar van je acties vragen aandacht: 1 deze week af te ronden.", note);
        Link link = ui.find(popup.shell(), "reminder.open", Link.class);
        link.notifyListeners(SWT.Selection, new Event());
        ui.flush();
        assertTrue(opened[0]);
        assertFalse(popup.isOpen());
        assertNull(addon.remind(window.shell, "Niemand", () -> { }), "nothing to tell, no note");
        window.close();
    }

    private ActionRecord stored(String text) {
        return own.context().get(ActionStore.class).actionsOwnedBy(OWNER).stream()
                .filter(r -> r.action().getText().equals(text)).findFirst().orElseThrow();
    }
}
