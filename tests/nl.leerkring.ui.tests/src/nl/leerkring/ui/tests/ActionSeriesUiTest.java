package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.SessionService;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Step;
import nl.leerkring.ui.actions.MyActionsPart;
import nl.leerkring.ui.actions.SeriesPart;
import nl.leerkring.ui.dialogs.NewSessionDialog;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * Three consecutive actieleren sessions of one group, run through the UI: actions are made, the
 * next session begins with their review and cannot go on before each has an answer, actions are
 * completed with what was learned or adjusted with a follow-on, and the series, the owner's view and
 * the .ics export agree with the database.
 */
class ActionSeriesUiTest {

    private static final String GROUP = "Wijkteam Reeks";
    private static final String VISIT = "Huisbezoek plannen met de wijkagent";
    private static final String SCHOOL = "Intern begeleider van de school spreken";
    private static final String PARENTS = "Oudergesprek voorbereiden";
    private static final String MAP = "Sociale kaart delen met het team";
    private static final String FOLLOW_ON = "Moeder steunen bij haar gesprek met school";

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();
    private PartsWindow window;
    private Shell shell;

    @TempDir
    Path folder;

    @Test
    void threeSessionsFollowTheirActionsUp() throws Exception {
        window = new PartsWindow(own.context(), display, nl.leerkring.ui.parts.SessionsPart.class, SessionRunPart.class,
                MyActionsPart.class, SeriesPart.class);
        shell = window.shell;

        // Session 1: no review yet; two actions.
        begin("Reeks 1");
        assertEquals("Stap 1 van 5 \u2014 Casus en ontwikkelingsvraag", ui.text(shell, "run.step"));
        toActionStep();
        addAction(VISIT, "Noor");
        addAction(SCHOOL, "Sem");
        finish();

        // Between sessions Sem starts on his action in his own view.
        MyActionsPart mine = window.get(MyActionsPart.class);
        mine.refreshOwners();
        ui.until(() -> !mine.reading(), 10, "Mijn acties read");
        ui.choose(ui.find(shell, "actions.me", Combo.class), "Sem");
        ui.until(() -> !mine.reading(), 10, "Mijn acties read");
        ui.selectRow(shell, "actions.table", ui.column(shell, "actions.table", 1).indexOf(SCHOOL));
        ui.choose(ui.find(shell, "actions.newStatus", Combo.class), "In uitvoering");
        ui.click(ui.find(shell, "actions.apply", Button.class));
        ui.until(() -> !mine.reading(), 10, "Mijn acties read");

        // Session 2 begins with the review of both; it cannot be passed before each has an answer.
        begin("Reeks 2", "Deze bijeenkomst begint met een terugblik op 2 open acties van de groep.");
        assertEquals("Stap 1 van 6 \u2014 Terugblik op de acties van vorige keer", ui.text(shell, "run.step"));
        assertEquals(List.of(VISIT, SCHOOL), ui.column(shell, "review.table", 0));
        ui.click(ui.find(shell, "run.next", Button.class));
        assertTrue(ui.text(shell, "run.message").startsWith("Nog niet besproken"), ui.text(shell, "run.message"));
        answerDone(VISIT, "De wijkagent ging mee; het gezin deed open", "Samen aanbellen opent deuren");
        select(SCHOOL);
        ui.click(ui.find(shell, "review.nextSession", Button.class));
        ui.click(ui.find(shell, "review.continue", Button.class));
        assertEquals(List.of("Afgerond", "Doorgeschoven"), ui.column(shell, "review.table", 5));
        ui.click(ui.find(shell, "run.next", Button.class));
        assertEquals("", ui.text(shell, "run.message"));
        assertEquals("Stap 2 van 6 \u2014 Casus en ontwikkelingsvraag", ui.text(shell, "run.step"));
        toActionStep();
        addAction(PARENTS, "Lotte");
        finish();

        // Session 3 lists exactly what is still open: the carried-over one and the new one.
        begin("Reeks 3");
        assertEquals(List.of(SCHOOL, PARENTS), ui.column(shell, "review.table", 0));
        answerDone(SCHOOL, "Zorgen over verzuim gedeeld", "Eerder de school betrekken");
        select(PARENTS);
        ui.type(ui.find(shell, "review.outcome", Text.class), "Moeder wil eerst zelf met school praten");
        ui.type(ui.find(shell, "review.followOn", Text.class), FOLLOW_ON);
        // What it brought, coded as the study did (E4): knowledge taken to another meeting.
        Text value = ui.find(shell, "review.value.search", Text.class);
        ui.type(value, "VAW.4");
        ui.pressEnter(value);
        ui.click(ui.find(shell, "review.adjust", Button.class));
        assertEquals(List.of("Afgerond", "Bijgesteld"), ui.column(shell, "review.table", 5));
        assertEquals(List.of("", "Kennis meenemen naar andere overleggen W+"), ui.column(shell, "review.table", 6));
        assertEquals("", ui.text(shell, "review.value.chosen"), "ready for the next answer");
        ui.click(ui.find(shell, "run.next", Button.class));
        assertEquals("", ui.text(shell, "run.message"));
        toActionStep();
        addAction(MAP, "Noor");
        finish();

        // The database has every answer.
        Map<String, Action> stored = own.context().get(ActionStore.class).actionsOfGroup(GROUP).stream()
                .collect(Collectors.toMap(r -> r.action().getText(), ActionRecord::action));
        assertEquals(ActionStatus.CLOSED, stored.get(VISIT).getStatus());
        assertEquals("Samen aanbellen opent deuren", stored.get(VISIT).getLearning());
        assertEquals(ActionStatus.CLOSED, stored.get(SCHOOL).getStatus());
        assertEquals(1, stored.get(SCHOOL).getCarryOverCount());
        assertEquals(ActionStatus.ADJUSTED, stored.get(PARENTS).getStatus());
        assertEquals(stored.get(PARENTS).getId(), stored.get(FOLLOW_ON).getFollowsActionId());
        assertEquals("Lotte", stored.get(FOLLOW_ON).getOwner());
        assertEquals(ActionStatus.OPEN, stored.get(MAP).getStatus());

        // The series shows per session what was made, completed and learned.
        SeriesPart series = window.get(SeriesPart.class);
        series.refresh();
        ui.until(() -> !series.isReading(), 30, "the groups read off the UI thread");
        ui.choose(ui.find(shell, "series.group", Combo.class), GROUP);
        ui.until(() -> !series.isReading(), 30, "the series read off the UI thread");
        List<String> lines = series.lines();
        int second = indexStarting(lines, "Reeks 2");
        int third = indexStarting(lines, "Reeks 3");
        assertTrue(lines.get(second).endsWith("1 acties gemaakt, 1 afgerond, 3 van 3 aanwezig"), lines.get(second));
        assertTrue(lines.subList(second, third).contains("Geleerd: Samen aanbellen opent deuren"), lines.toString());
        assertTrue(lines.subList(third, lines.size()).contains("Geleerd: Eerder de school betrekken"), lines.toString());
        assertEquals("Geen acties die meer dan twee keer zijn doorgeschoven.", ui.text(shell, "series.carriedOften"));

        // The group's actions as a spreadsheet: a header and a row per action made in the series.
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("reeks", ".csv");
        assertTrue(series.exportSpreadsheet(csv));
        long made = lines.stream().filter(line -> line.startsWith("Gemaakt: ")).count();
        assertTrue(made > 0, lines.toString());
        assertEquals(made + 1, java.nio.file.Files.readAllLines(csv).size());
        assertTrue(ui.text(shell, "series.message").startsWith(made + " acties staan in "), ui.text(shell, "series.message"));
        java.nio.file.Files.delete(csv);

        // The group report's charts beside the series; a screen reader hears their numbers.
        String charts = series.chartsDescription();
        assertTrue(charts.startsWith("Acties per maand, naar hun status nu. "), charts);
        assertTrue(charts.contains("Afgerond per maand. ") && charts.contains("Tijd per stap"), charts);
        // Three times actieleren: the lead sees which learning preferences the group's diet leaves out.
        assertTrue(charts.contains("Leervoorkeuren die de sessies dienden (Ruijters). "), charts);
        String unserved = ui.text(shell, "series.preferences");
        assertTrue(unserved.startsWith("Leervoorkeuren zonder sessie in deze periode: Kunst afkijken, Kennis verwerven, Oefenen."),
                unserved);

        // Groepsverslag… previews the group's report and saves it as a PDF.
        Path pdf = folder.resolve("groepsverslag.pdf");
        ui.withDialog(nl.leerkring.ui.dialogs.ReportDialog.class, () -> ui.click(ui.find(shell, "series.report", Button.class)),
                dialog -> {
                    Text preview = ui.find(dialog.getShell(), "report.preview", Text.class);
                    assertTrue(preview.getText().startsWith("# Groepsverslag " + GROUP), preview.getText());
                    assertTrue(preview.getText().contains("Samen aanbellen opent deuren"), "what the group learned");
                    assertTrue(dialog.save(pdf));
                    ui.click(ui.find(dialog.getShell(), "report.close", Button.class));
                });
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));

        // Noor's view and calendar agree with the database.
        mine.refreshOwners();
        ui.until(() -> !mine.reading(), 10, "Mijn acties read");
        ui.choose(ui.find(shell, "actions.me", Combo.class), "Noor");
        ui.until(() -> !mine.reading(), 10, "Mijn acties read");
        assertEquals(List.of(MAP), ui.column(shell, "actions.table", 1), "open ones only");
        ui.choose(ui.find(shell, "actions.status", Combo.class), "Alles");
        assertEquals(List.of("Open", "Afgerond"), ui.column(shell, "actions.table", 0));
        Path ics = folder.resolve("noor.ics");
        assertTrue(mine.export(ics));
        String calendar = Files.readString(ics);
        assertEquals(1, calendar.split("BEGIN:VTODO", -1).length - 1);
        assertTrue(calendar.contains("UID:" + stored.get(MAP).getId() + "@leerkring.nl"));
        assertTrue(calendar.contains("SUMMARY:" + MAP));
        window.close();
    }

    private void begin(String title) {
        begin(title, null);
    }

    /** A new session of the group; {@code review} is what the dialog says about the review, when checked. */
    private void begin(String title, String review) {
        ui.withDialog(NewSessionDialog.class, () -> ui.click(ui.find(shell, "sessions.new", Button.class)), dialog -> {
            Shell d = dialog.getShell();
            Combo protocol = ui.find(d, "newSession.protocol", Combo.class);
            protocol.select(protocol.indexOf("Actieleren"));
            protocol.notifyListeners(SWT.Selection, new Event());
            ui.find(d, "newSession.group", Combo.class).setText(GROUP);
            ui.type(ui.find(d, "newSession.title", Text.class), title);
            ui.type(ui.find(d, "newSession.participants", Text.class), "Noor (inbrenger)\nSem\nLotte");
            ui.find(d, "newSession.group", Combo.class).notifyListeners(SWT.FocusOut, new Event());
            if (review != null) {
                assertEquals(review, ui.text(d, "newSession.review"));
            }
            ui.press(d, "Beginnen");
        });
        assertEquals(title, window.run.session().getTitle());
    }

    /** Fills the steps before the one where actions are agreed, through their entry fields. */
    private void toActionStep() {
        SessionService service = own.context().get(SessionService.class);
        while (true) {
            Step step = service.currentStep(window.run.session());
            if (step.getCaptures().stream().anyMatch(c -> c.getKind().isAction())) {
                return;
            }
            for (Capture capture : step.getCaptures()) {
                Facilitator.fill(ui, shell, window.run, capture, "Noor");
            }
            ui.click(ui.find(shell, "run.next", Button.class));
            assertEquals("", ui.text(shell, "run.message"));
        }
    }

    private void addAction(String description, String owner) {
        ui.type(ui.find(shell, "capture.actie.text", Text.class), description);
        ui.find(shell, "capture.actie.owner", Combo.class).setText(owner);
        Button nextSession = ui.find(shell, "capture.actie.nextSession", Button.class);
        if (!nextSession.getSelection()) {
            ui.click(nextSession);
        }
        ui.click(ui.find(shell, "capture.actie.add", Button.class));
        assertEquals("", ui.text(shell, "run.message"));
    }

    private void finish() {
        while (ui.find(shell, "run.next", Button.class).isEnabled()) {
            ui.click(ui.find(shell, "run.next", Button.class));
        }
        ui.withDialog(MessageDialog.class, () -> ui.click(ui.find(shell, "run.close", Button.class)),
                dialog -> ui.press(dialog.getShell(), "Sessie afronden"));
    }

    private void select(String action) {
        ui.selectRow(shell, "review.table", ui.column(shell, "review.table", 0).indexOf(action));
    }

    private void answerDone(String action, String outcome, String learning) {
        select(action);
        // Personal data is pointed out first; nothing is recorded until the text is looked at.
        ui.type(ui.find(shell, "review.outcome", Text.class), "Gebeld met moeder op 06-12345678");
        ui.click(ui.find(shell, "review.done", Button.class));
        assertTrue(ui.text(shell, "run.message").contains("telefoonnummer"), ui.text(shell, "run.message"));
        assertEquals("", ui.column(shell, "review.table", 5).get(ui.column(shell, "review.table", 0).indexOf(action)));
        ui.type(ui.find(shell, "review.outcome", Text.class), outcome);
        ui.type(ui.find(shell, "review.learning", Text.class), learning);
        ui.click(ui.find(shell, "review.done", Button.class));
        assertEquals("", ui.text(shell, "run.message"));
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " in " + lines);
    }
}
