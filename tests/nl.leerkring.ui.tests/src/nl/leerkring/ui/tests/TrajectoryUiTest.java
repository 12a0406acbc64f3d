package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.ui.actions.SeriesPart;
import nl.leerkring.ui.dialogs.NewSessionDialog;
import nl.leerkring.ui.parts.SessionsPart;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * A lead plans an actieleertraject (E5) from the new-session dialog: the dialog says all its
 * meetings will be planned, the session list holds them, and Reeks says where the group is.
 */
class TrajectoryUiTest {

    private static final String GROUP = "Wijkteam De Vaart";

    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @Test
    void aTrajectoryIsPlannedAtOnceAndReeksSaysWhereTheGroupIs() {
        Display display = Display.getDefault();
        UiDriver ui = new UiDriver(display);
        PartsWindow window = new PartsWindow(own.context(), display, SessionsPart.class, SessionRunPart.class,
                SeriesPart.class);
        Shell shell = window.shell;
        try {
            ui.withDialog(NewSessionDialog.class, () -> ui.click(ui.find(shell, "sessions.new", Button.class)), dialog -> {
                Shell d = dialog.getShell();
                ui.type(ui.find(d, "newSession.search", Text.class), "actieleertraject");
                assertEquals("Actieleertraject (systematisch signaleren)", ui.find(d, "newSession.protocol", Combo.class)
                        .getText());
                assertTrue(ui.text(d, "newSession.trajectory").startsWith("Dit is een traject van 5 bijeenkomsten."),
                        ui.text(d, "newSession.trajectory"));
                ui.find(d, "newSession.group", Combo.class).setText(GROUP);
                ui.find(d, "newSession.group", Combo.class).notifyListeners(SWT.FocusOut, new Event());
                ui.find(d, "newSession.title", Text.class).setText("Systematisch signaleren");
                ui.type(ui.find(d, "newSession.participants", Text.class), "Fenna (begeleider)\nIlse\nJoost");
                ui.press(d, "Plannen");
            });
            List<SessionSummary> planned = own.context().get(SessionService.class).sessionsOfGroup(GROUP);
            assertEquals(5, planned.size());
            assertTrue(planned.stream().allMatch(s -> s.status() == SessionStatus.PLANNED));

            SeriesPart series = window.get(SeriesPart.class);
            series.refresh();
            ui.until(() -> !series.isReading(), 30, "the groups read off the UI thread");
            ui.choose(ui.find(shell, "series.group", Combo.class), GROUP);
            ui.until(() -> !series.isReading(), 30, "the series read off the UI thread");
            String line = ui.text(shell, "series.trajectory");
            assertTrue(line.startsWith("Traject \u2018Actieleertraject (systematisch signaleren)\u2019: 0 van de 5"
                    + " bijeenkomsten gehouden. Volgende: Systematisch signaleren \u2013 1. Leerbijeenkomst 1"), line);
        } finally {
            window.close();
        }
    }
}
