package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * The group's view (F5) on a laptop with one screen: a window the facilitator can move to the
 * projector, not a cover over the whole screen; at the last step it shows what the group agreed; and
 * Escape or F5 pressed in it closes it.
 */
class GroupViewUiTest {

    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    private static final String AGREED = "Netwerkberaad met school en oma plannen";

    @Test
    void theGroupViewIsAWindowThatShowsTheAgreedActionsAndClosesWithEscapeOrF5() {
        Display display = Display.getDefault();
        UiDriver ui = new UiDriver(display);
        IEclipseContext context = own.context().createChild("groupView");
        SessionService sessions = context.get(SessionService.class);
        Protocol actieleren = context.get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow();
        Session session = sessions.start(actieleren, "Groepsbeeld", LocalDate.now(), List.of("Anna", "Bram"));
        // Through the steps as a facilitator records them: what each asks for; one action agreed.
        Step actionStep = null;
        while (true) {
            Step step = sessions.currentStep(session);
            for (Capture capture : step.getCaptures()) {
                if (capture.getKind().isAction()) {
                    sessions.addAction(session, capture.getKind().getId(), AGREED, "Bram", LocalDate.now().plusDays(7));
                    actionStep = step;
                    continue;
                }
                int needed = capture.isPerParticipant() ? capture.getMin() * 2 : capture.getMin();
                for (int n = 0; n < needed; n++) {
                    sessions.addItem(session, capture.getKind().getId(), "Vastgelegd " + (n + 1), n % 2 == 0 ? "Anna" : "Bram");
                }
            }
            if (!sessions.hasNext(session)) {
                break;
            }
            sessions.next(session);
        }
        assertNotNull(actionStep, "actieleren agrees on actions");
        assertFalse(actionStep.getId().equals(sessions.currentStep(session).getId()), "the last step is another one");

        PartsWindow window = new PartsWindow(context, display, SessionRunPart.class);
        window.active().set(session);
        SessionRunPart run = window.run;
        Shell shell = window.shell;
        ui.flush();
        try {
            run.togglePresenter();
            ui.flush();
            Shell presenter = run.presenter().shell();
            Rectangle screen = display.getPrimaryMonitor().getClientArea();
            assertEquals(1, display.getMonitors().length, "Xvfb has one screen");
            assertFalse(presenter.getFullScreen(), "one screen: a window, not a cover");
            assertTrue(presenter.getSize().x < screen.width && presenter.getSize().y < screen.height, presenter.getBounds().toString());
            assertEquals(Protocols.text(Protocols.steps(actieleren).get(Protocols.steps(actieleren).size() - 1).getTitle()),
                    ui.text(presenter, "presenter.step").replaceFirst("^Stap \\d+ van \\d+ \u2014 ", ""));
            assertTrue(ui.text(presenter, "presenter.items").contains("Bram: " + AGREED), ui.text(presenter, "presenter.items"));

            // The run part sends each change: the group sees a corrected action at once, without waiting for a poll.
            nl.leerkring.model.Item agreed = session.getItems().stream()
                    .filter(i -> i instanceof nl.leerkring.model.Action && AGREED.equals(i.getText())).findFirst().orElseThrow();
            run.edit(agreed, AGREED + " (met moeder)");
            assertTrue(ui.text(presenter, "presenter.items").contains("Bram: " + AGREED + " (met moeder)"),
                    ui.text(presenter, "presenter.items"));
            run.togglePrivacyScreen();
            assertEquals("", ui.text(presenter, "presenter.items"), "the privacy screen covers the group's view too");
            run.togglePrivacyScreen();

            press(presenter, SWT.ESC);
            ui.flush();
            assertNull(run.presenter(), "Escape closes the group's view");
            assertFalse(shell.isDisposed(), "and nothing else");

            run.togglePresenter();
            ui.flush();
            assertNotNull(run.presenter());
            press(run.presenter().shell(), SWT.F5);
            ui.flush();
            assertNull(run.presenter(), "F5 closes it as it opened it");
        } finally {
            window.close();
            context.dispose();
        }
    }

    /** A key pressed while the group's view has the keyboard. */
    private static void press(Shell window, int key) {
        Event event = new Event();
        event.keyCode = key;
        event.doit = true;
        window.notifyListeners(SWT.KeyDown, event);
    }
}
