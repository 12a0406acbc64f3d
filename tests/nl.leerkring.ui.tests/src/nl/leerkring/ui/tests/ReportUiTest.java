package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.model.Session;
import nl.leerkring.ui.dialogs.ReportDialog;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * A closed session offers its verslag: the preview leaves the case out by default, shows it when
 * asked, and the report is saved as a PDF; its actions can go to a spreadsheet from the same place.
 */
class ReportUiTest {

    private static final String CASE = "Sanne (9) logeert sinds de zomer bij haar oma";

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @TempDir
    Path folder;

    @Test
    void theClosedSessionsReportIsPreviewedAndSavedAsPdf() throws Exception {
        SessionService sessions = own.context().get(SessionService.class);
        Session session = sessions.start(own.context().get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow(),
                "Verslagtest", LocalDate.now(), "Verslaggroep", List.of("Anna", "Bram"));
        sessions.addItem(session, "casus", CASE, "Anna");
        sessions.close(session);

        PartsWindow window = new PartsWindow(own.context(), display, SessionRunPart.class);
        try {
            window.active().set(sessions.open(session.getId()));
            ui.flush();
            Path pdf = folder.resolve("verslag.pdf");
            ui.withDialog(ReportDialog.class, () -> ui.click(ui.find(window.shell, "run.report", Button.class)), dialog -> {
                Text preview = ui.find(dialog.getShell(), "report.preview", Text.class);
                assertTrue(preview.getText().startsWith("# Verslagtest"), preview.getText());
                assertFalse(preview.getText().contains(CASE), "left out by default for a PDF");
                assertTrue(preview.getText().contains("[casus weggelaten]"), preview.getText());

                Button redact = ui.find(dialog.getShell(), "report.redact", Button.class);
                ui.click(redact);
                assertTrue(preview.getText().contains(CASE), "shown when asked for");

                assertTrue(dialog.save(pdf));
                assertEquals("Het verslag staat in " + pdf + ".", dialog.getMessage());
                ui.choose(ui.find(dialog.getShell(), "report.format", org.eclipse.swt.widgets.Combo.class),
                        "Acties als spreadsheet (.csv)");
                assertTrue(preview.getText().startsWith("Groep;Bijeenkomst;"), preview.getText());
                ui.click(ui.find(dialog.getShell(), "report.close", Button.class));
            });
            assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        } finally {
            window.close();
        }
    }
}
