package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.SessionStore;
import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.ui.dialogs.NewSessionDialog;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * A facilitator runs an actieleren session through all five steps with the real parts, real SWT
 * widgets (under Xvfb) and the real services on a Derby database of its own; then the
 * window is closed and opened again, and the session is back at the step where it stopped.
 */
class SessionRunUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    private PartsWindow window;
    private Shell shell;
    private SessionRunPart runPart;

    private void openWindow() {
        window = new PartsWindow(own.context(), display);
        shell = window.shell;
        runPart = window.run;
        ui.flush();
    }

    private void closeWindow() {
        window.close();
        ui.flush();
    }

    @BeforeEach
    void start() {
        openWindow();
    }

    @AfterEach
    void stop() {
        if (!shell.isDisposed()) {
            closeWindow();
        }
    }

    @Test
    void aFacilitatorRunsActieLerenThroughAllStepsAndFindsItBackAfterARestart() throws SQLException {
        ui.withDialog(NewSessionDialog.class, () -> ui.click(ui.find(shell, "sessions.new", Button.class)), dialog -> {
            Shell dialogShell = dialog.getShell();
            Combo protocol = ui.find(dialogShell, "newSession.protocol", Combo.class);
            assertTrue(protocol.getItemCount() >= 20, "the whole library is offered");
            ui.type(ui.find(dialogShell, "newSession.search", Text.class), "bordsessie");
            assertEquals(1, protocol.getItemCount(), "the search narrows the list");
            assertEquals("Bordsessie (LeerKRACHT)", protocol.getText());
            ui.type(ui.find(dialogShell, "newSession.search", Text.class), "actieleren");
            assertEquals("Actieleren", protocol.getText(), "the exact name wins over the family");
            ui.type(ui.find(dialogShell, "newSession.search", Text.class), "");
            int all = protocol.getItemCount();
            Combo preference = ui.find(dialogShell, "newSession.preference", Combo.class);
            preference.select(preference.indexOf("Kunst afkijken"));
            preference.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertTrue(protocol.getItemCount() > 0 && protocol.getItemCount() < all, protocol.getItemCount() + " of " + all);
            assertTrue(ui.text(dialogShell, "newSession.description").contains("Kunst afkijken"),
                    "the method chosen says which preferences it serves");
            preference.select(0);
            preference.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals(all, protocol.getItemCount());
            protocol.select(protocol.indexOf("Actieleren"));
            protocol.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("Actieleren", protocol.getText());
            ui.type(ui.find(dialogShell, "newSession.title", Text.class), "Wijkteam Noord \u2013 UI-test");
            ui.type(ui.find(dialogShell, "newSession.participants", Text.class), "Anna\nBram\n\nChris");
            ui.press(dialogShell, "Beginnen");
        });
        Session session = runPart.session();
        assertNotNull(session, "the new session is on screen");
        assertEquals("Stap 1 van 5 \u2014 Casus en ontwikkelingsvraag", ui.text(shell, "run.step"));
        assertEquals("Wat is de situatie en wat wil jij hierin leren of ontwikkelen?", ui.text(shell, "run.prompt"));
        assertTrue(ui.text(shell, "run.instruction").startsWith("Een deelnemer brengt een praktijkvraagstuk"));

        assertFalse(button("run.skip").isEnabled(), "actieleren's steps may not be skipped");

        // Step 1: moving on too early says what is missing; then the case (with Enter) and the question.
        ui.click(button("run.next"));
        assertEquals("Leg in deze stap eerst vast: \u2018Casus\u2019 (nog 1), \u2018Ontwikkelingsvraag\u2019 (nog 1).",
                ui.text(shell, "run.message"));
        Text caseText = ui.find(shell, "capture.casus.text", Text.class);
        ui.type(caseText, "Moeder Fatima El Amrani (tel. 06-12345678) vraagt hulp bij de schoolgang van haar zoon.");
        ui.pressEnter(caseText);
        assertEquals("Let op: dit lijkt persoonsgegevens te bevatten (een naam, een telefoonnummer). Vervang ze door"
                + " een code, of druk nogmaals op Enter om het toch zo vast te leggen.", ui.text(shell, "run.message"));
        assertEquals(0, ui.column(shell, "capture.casus.table", 0).size(), "nothing recorded yet");
        ui.click(button("run.replace"));
        assertEquals("Moeder [persoon A] (tel. [telefoon]) vraagt hulp bij de schoolgang van haar zoon.", caseText.getText());
        ui.type(caseText, "Moeder (M.) van drie kinderen vraagt hulp bij de schoolgang van haar zoon.");
        ui.pressEnter(caseText);
        assertEquals("", caseText.getText(), "Enter adds the case and clears the field");
        ui.type(ui.find(shell, "capture.ontwikkelingsvraag.text", Text.class), "Hoe blijf ik naast het gezin staan?");
        ui.click(button("capture.ontwikkelingsvraag.add"));
        assertEquals(List.of("Hoe blijf ik naast het gezin staan?"),
                ui.column(shell, "capture.ontwikkelingsvraag.table", 0));
        assertEquals("", ui.text(shell, "run.message"));
        ui.click(button("run.next"));

        // Step 2: open questions, with the step's 15 minutes counting down.
        assertEquals("Stap 2 van 5 \u2014 Open vragen", ui.text(shell, "run.step"));
        assertEquals("15:00", ui.text(shell, "run.timer"));
        ui.click(button("run.timer.toggle"));
        assertEquals("Pauze", button("run.timer.toggle").getText());
        ui.click(button("run.timer.plus"));
        assertTrue(ui.text(shell, "run.timer").startsWith("15:") || ui.text(shell, "run.timer").equals("16:00"),
                ui.text(shell, "run.timer"));
        ui.click(button("run.timer.toggle"));
        assertEquals("Start", button("run.timer.toggle").getText());
        ui.click(button("run.timer.reset"));
        assertEquals("16:00", ui.text(shell, "run.timer"), "reset to the (extended) timebox");
        addItem("open-vraag", "Wat zegt de zoon er zelf over?");
        addItem("open-vraag", "Wie in het netwerk helpt al mee?");
        assertEquals(2, ui.column(shell, "capture.open-vraag.table", 0).size());
        ui.click(button("run.next"));

        // Step 3: ideas; one added by mistake and removed again.
        assertEquals("Stap 3 van 5 \u2014 Richtingen, idee\u00ebn en tips", ui.text(shell, "run.step"));
        addItem("idee", "Verkeerd idee");
        ui.find(shell, "capture.idee.table", org.eclipse.swt.widgets.Table.class).select(0);
        ui.find(shell, "capture.idee.table", org.eclipse.swt.widgets.Table.class).notifyListeners(SWT.Selection,
                new org.eclipse.swt.widgets.Event());
        ui.click(button("capture.idee.remove"));
        addItem("idee", "Samen met school en moeder een gesprek voeren");
        assertEquals(List.of("Samen met school en moeder een gesprek voeren"), ui.column(shell, "capture.idee.table", 0));
        ui.click(button("run.next"));

        // Step 4: actions need an owner; one with a date, one for the next session.
        assertEquals("Stap 4 van 5 \u2014 De actie-eigenaar bepalen", ui.text(shell, "run.step"));
        Combo owner = ui.find(shell, "capture.actie.owner", Combo.class);
        assertEquals(List.of("Anna", "Bram", "Chris"), List.of(owner.getItems()));
        ui.type(ui.find(shell, "capture.actie.text", Text.class), "Gesprek met school plannen");
        ui.click(button("capture.actie.add"));
        assertEquals("Wie gaat dit doen? Een actie heeft een actie-eigenaar nodig.", ui.text(shell, "run.message"));
        assertEquals(0, ui.column(shell, "capture.actie.table", 0).size());
        // A due date typed as people type it; nonsense is said at once and nothing is added.
        LocalDate due = LocalDate.now().plusDays(10);
        Text dueField = ui.find(shell, "capture.actie.due", Text.class);
        owner.setText("Anna");
        ui.type(dueField, "31-02");
        ui.click(button("capture.actie.add"));
        assertEquals("\u201831-02\u2019 is geen datum: typ bijvoorbeeld 14-12, 14 dec of morgen.", ui.text(shell, "run.message"));
        assertEquals(0, ui.column(shell, "capture.actie.table", 0).size());
        ui.type(dueField, due.getDayOfMonth() + "-" + due.getMonthValue() + "-" + due.getYear());
        ui.click(button("capture.actie.add"));
        ui.type(ui.find(shell, "capture.actie.text", Text.class), "Terugkoppelen in het team");
        ui.find(shell, "capture.actie.owner", Combo.class).setText("Bram");
        ui.click(button("capture.actie.nextSession"));
        ui.click(button("capture.actie.add"));
        assertEquals(List.of("Anna", "Bram"), ui.column(shell, "capture.actie.table", 1));
        assertEquals("volgende bijeenkomst", ui.column(shell, "capture.actie.table", 2).get(1));
        ui.click(button("run.next"));

        // Step 5: taking action; the agreed actions are read aloud from the screen.
        assertEquals("Stap 5 van 5 \u2014 Actie ondernemen", ui.text(shell, "run.step"));
        assertEquals(List.of("Gesprek met school plannen", "Terugkoppelen in het team"),
                ui.column(shell, "run.actions", 0));
        assertFalse(button("run.next").isEnabled(), "the last step has no next");

        // Stop for today: the session is paused and the list says so.
        ui.click(button("run.pause"));
        assertEquals(SessionStatus.PAUSED, session.getStatus());
        window.listed();
        assertTrue(ui.column(shell, "sessions.table", 2).contains("Gepauzeerd"), ui.column(shell, "sessions.table", 2).toString());

        // Restart: a new window finds the unfinished session at the step where it stopped.
        closeWindow();
        openWindow();
        Session resumed = runPart.session();
        assertNotNull(resumed, "the unfinished session is reopened");
        assertEquals(session.getId(), resumed.getId());
        assertEquals("Stap 5 van 5 \u2014 Actie ondernemen", ui.text(shell, "run.step"));
        assertEquals(7, resumed.getItems().size());
        assertEquals(960, resumed.getStepTimes().stream().filter(t -> t.getStepId().equals("stap-vragen"))
                .findFirst().orElseThrow().getTimeboxSeconds(), "step 2's timebox with the added minute was kept");

        ui.withDialog(MessageDialog.class, () -> ui.click(button("run.close")),
                dialog -> ui.press(dialog.getShell(), "Sessie afronden"));
        assertEquals("Afgerond \u2014 Wijkteam Noord \u2013 UI-test", ui.text(shell, "run.done"));
        assertEquals(7, ui.column(shell, "run.summary", 0).size());

        assertStored(session.getId());
    }

    private void addItem(String kind, String text) {
        ui.type(ui.find(shell, "capture." + kind + ".text", Text.class), text);
        ui.click(button("capture." + kind + ".add"));
    }

    private Button button(String id) {
        return ui.find(shell, id, Button.class);
    }

    /** What the database holds, read back through the store service and with plain SQL. */
    private void assertStored(String sessionId) throws SQLException {
        Session stored = own.context().get(SessionStore.class).loadSession(sessionId).orElseThrow();
        assertEquals(SessionStatus.DONE, stored.getStatus());
        assertEquals(4, stored.getCurrentStep());
        assertEquals(List.of("casus", "ontwikkelingsvraag", "open-vraag", "open-vraag", "idee", "actie", "actie"),
                stored.getItems().stream().map(Item::getKindId).toList());
        List<Action> actions = stored.getItems().stream().filter(Action.class::isInstance).map(Action.class::cast)
                .toList();
        assertEquals("Anna", actions.get(0).getOwner());
        assertEquals(LocalDate.now().plusDays(10), actions.get(0).getDueDate());
        assertNull(actions.get(1).getDueDate());

        java.nio.file.Path database = own.store().location().databaseDirectory();
        try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + database, new Properties());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM lk_item i JOIN lk_action a ON a.item_id = i.id WHERE i.session_id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
    }
}
