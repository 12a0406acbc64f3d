package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * A round of the incident method: every participant's approach is recorded as theirs, in turn; and
 * the privacy screen in between.
 */
class RoundsUiTest {

    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @Test
    void inARoundItemsBelongToWhoseTurnItIs() {
        Display display = Display.getDefault();
        UiDriver ui = new UiDriver(display);
        IEclipseContext context = own.context().createChild("round");
        SessionService sessions = context.get(SessionService.class);
        Session session = sessions.start(context.get(ProtocolLibrary.class).find("incidentmethode", 1).orElseThrow(),
                "Intervisie West", LocalDate.now(), List.of("Anna", "Bram"));
        sessions.addItem(session, "incident", "Vader (P.) weigerde het huisbezoek.", "Anna");
        sessions.next(session);
        sessions.addItem(session, "open-vraag", "Wat zei hij precies?", "Bram");
        sessions.next(session);
        ActiveSession active = new ActiveSession();
        active.set(session);
        context.set(ActiveSession.class, active);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        context.set(org.eclipse.swt.widgets.Composite.class, shell);
        SessionRunPart run = ContextInjectionFactory.make(SessionRunPart.class, context);
        shell.open();
        ui.flush();
        try {
            // The group's view opens in a window of its own and shows what the run part shows.
            run.togglePresenter();
            ui.flush();
            Shell presenter = run.presenter().shell();
            assertEquals(ui.text(shell, "run.step"), ui.text(presenter, "presenter.step"));
            assertEquals(ui.text(shell, "run.prompt"), ui.text(presenter, "presenter.prompt"));

            // The privacy screen covers the group's view and gives it back unchanged.
            run.togglePrivacyScreen();
            ui.flush();
            assertTrue(ui.find(shell, "run.privacy", org.eclipse.swt.widgets.Label.class).isVisible());
            assertFalse(ui.find(shell, "run.step", org.eclipse.swt.widgets.Label.class).isVisible());
            run.togglePrivacyScreen();
            ui.flush();
            assertTrue(ui.find(shell, "run.step", org.eclipse.swt.widgets.Label.class).isVisible());
            run.togglePresenter();
            assertEquals(null, run.presenter());

            Combo turn = ui.find(shell, "run.turn", Combo.class);
            assertEquals("Anna", turn.getText());
            Text entry = ui.find(shell, "capture.aanpak.text", Text.class);
            ui.type(entry, "Opnieuw bellen en uitleggen waarom");
            ui.pressEnter(entry);
            ui.click(ui.find(shell, "run.turn.next", Button.class));
            assertEquals("Bram", turn.getText());
            ui.type(entry, "Samen met de wijkagent gaan");
            ui.pressEnter(entry);
            assertEquals(List.of("Anna", "Bram"), ui.column(shell, "capture.aanpak.table", 1));

            // Undo, redo and edit go through the command stack and the store.
            run.undo();
            assertEquals(List.of("Opnieuw bellen en uitleggen waarom"), ui.column(shell, "capture.aanpak.table", 0));
            run.redo();
            assertEquals(2, ui.column(shell, "capture.aanpak.table", 0).size());
            Item bram = session.getItems().get(session.getItems().size() - 1);
            run.edit(bram, "Samen met de wijkagent op huisbezoek gaan");
            assertEquals("Samen met de wijkagent op huisbezoek gaan", ui.column(shell, "capture.aanpak.table", 0).get(1));
            run.undo();
            assertEquals("Samen met de wijkagent gaan", ui.column(shell, "capture.aanpak.table", 0).get(1));
            ui.click(ui.find(shell, "run.next", Button.class));
            assertEquals("stap-werkelijk", sessions.currentStep(session).getId());
            assertEquals(List.of("Anna", "Bram"), sessions.open(session.getId()).getItems().stream()
                    .filter(i -> i.getKindId().equals("aanpak")).map(Item::getAuthor).toList());
        } finally {
            context.dispose();
            shell.dispose();
        }
    }
}
