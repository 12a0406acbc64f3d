package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;
import nl.leerkring.ui.dialogs.NewSessionDialog;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * A facilitator plans a session for a group, then runs a whole protocol with the keyboard-facing
 * widgets: the timer running in every timed step, items in every step, undo and redo, an optional
 * step skipped with a reason, a pause and an application restart halfway, and the close.
 */
class FacilitatorRunUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();
    private PartsWindow window;
    private Shell shell;
    private SessionRunPart run;

    private void open() {
        window = new PartsWindow(own.context(), display);
        shell = window.shell;
        run = window.run;
        ui.flush();
    }

    private void close() {
        window.close();
        ui.flush();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Intervisie (algemeen)", "Waarderend organiseren (de vijf V\u2019s)" })
    void aFacilitatorRunsAWholeProtocol(String method) {
        open();
        String title = "Doorloop " + method;
        // A group of its own per method: a group's next session would begin with the review of its actions.
        String group = method.startsWith("Intervisie") ? "Wijkteam Oost" : "Wijkteam Zuid";
        ui.withDialog(NewSessionDialog.class, () -> ui.click(ui.find(shell, "sessions.new", Button.class)), dialog -> {
            Shell d = dialog.getShell();
            Combo protocol = ui.find(d, "newSession.protocol", Combo.class);
            protocol.select(protocol.indexOf(method));
            protocol.notifyListeners(SWT.Selection, new Event());
            ui.type(ui.find(d, "newSession.title", Text.class), title);
            ui.find(d, "newSession.group", Combo.class).setText(group);
            // Roles as each method names them.
            ui.type(ui.find(d, "newSession.participants", Text.class), method.startsWith("Intervisie")
                    ? "Anna (inbrenger)\nBram\nChris" : "Anna (partner)\nBram (partner)\nChris");
            ui.press(d, "Plannen");
        });
        window.listed();
        assertTrue(ui.column(shell, "sessions.table", 2).contains("Gepland"), "planned first");
        Table sessions = ui.find(shell, "sessions.table", Table.class);
        sessions.select(ui.column(shell, "sessions.table", 1).indexOf(title));
        sessions.notifyListeners(SWT.Selection, new Event());
        ui.flush();
        Session session = run.session();
        assertNotNull(session);
        SessionService service = own.context().get(SessionService.class);
        int steps = service.steps(session).size();
        boolean undone = false;
        boolean restarted = false;
        boolean skipped = false;
        for (int i = 0; i < steps; i++) {
            Step step = service.currentStep(session);
            if (ui.find(shell, "run.timer.toggle", Button.class).isVisible()) {
                ui.click(ui.find(shell, "run.timer.toggle", Button.class));
            }
            if (step.isSkippable() && i < steps - 1) {
                ui.withDialog(InputDialog.class, () -> ui.click(ui.find(shell, "run.skip", Button.class)), dialog -> {
                    ui.type(ui.firstText(dialog.getShell()), "De groep had al genoeg beeld");
                    ui.press(dialog.getShell(), "OK");
                });
                skipped = true;
                continue;
            }
            for (Capture capture : step.getCaptures()) {
                Facilitator.fill(ui, shell, run, capture, "Anna");
            }
            if (!undone && !step.getCaptures().isEmpty()) {
                // The last thing recorded is undone, then redone.
                String table = "capture." + step.getCaptures().get(step.getCaptures().size() - 1).getKind().getId() + ".table";
                int before = ui.column(shell, table, 0).size();
                run.undo();
                assertEquals(before - 1, ui.column(shell, table, 0).size());
                run.redo();
                assertEquals(before, ui.column(shell, table, 0).size());
                undone = true;
            }
            if (!restarted && i == steps / 2) {
                ui.click(ui.find(shell, "run.pause", Button.class));
                int at = session.getCurrentStep();
                close();
                open();
                session = run.session();
                assertEquals(at, session.getCurrentStep(), "resumed at the same step after a restart");
                restarted = true;
            }
            if (i < steps - 1) {
                ui.click(ui.find(shell, "run.next", Button.class));
                assertEquals("", ui.text(shell, "run.message"), () -> "step " + step.getId() + ": "
                        + ui.text(shell, "run.message"));
            }
        }
        ui.withDialog(MessageDialog.class, () -> ui.click(ui.find(shell, "run.close", Button.class)),
                dialog -> ui.press(dialog.getShell(), "Sessie afronden"));
        Session stored = own.context().get(SessionStore.class).loadSession(session.getId()).orElseThrow();
        assertEquals(SessionStatus.DONE, stored.getStatus());
        assertEquals(group, stored.getGroup());
        assertTrue(stored.getItems().size() >= steps / 2, "items recorded: " + stored.getItems().size());
        assertTrue(!stored.getStepTimes().isEmpty(), "step times recorded");
        assertEquals(skipped, stored.getStepTimes().stream().anyMatch(t -> t.getSkipReason() != null));
        close();
    }
}
