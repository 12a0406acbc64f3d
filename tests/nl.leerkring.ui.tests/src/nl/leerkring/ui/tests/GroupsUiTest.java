package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Session;
import nl.leerkring.ui.groups.GroupDialog;
import nl.leerkring.ui.groups.GroupsPart;
import nl.leerkring.ui.groups.HandOverDialog;

/**
 * Groepen with the real store: a group made by its first session lists its members; a member is
 * added and one renamed everywhere; one leaves, and their open action is marked and handed over.
 */
class GroupsUiTest {

    private static final String GROUP = "Groepentest " + UUID.randomUUID().toString().substring(0, 6);

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @Test
    void membersAreAddedRenamedAndLeaveAndTheirActionIsHandedOver() {
        SessionService sessions = own.context().get(SessionService.class);
        Session session = sessions.start(own.context().get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow(),
                "Eerste van de groep", LocalDate.now(), GROUP, List.of("Anna", "Bram"));
        Action action = LeerkringFactory.eINSTANCE.createAction();
        action.setId(UUID.randomUUID().toString());
        action.setKindId("actie");
        action.setStepId("stap-actie");
        action.setText("Netwerkberaad plannen");
        action.setOwner("Bram");
        action.setStatus(ActionStatus.OPEN);
        action.setCreatedAt(Instant.now());
        own.context().get(SessionStore.class).addItem(session.getId(), action, 0, Instant.now());

        PartsWindow window = new PartsWindow(own.context(), display, GroupsPart.class);
        try {
            ui.flush();
            List<String> names = ui.column(window.shell, "groups.list", 0);
            ui.selectRow(window.shell, "groups.list", names.indexOf(GROUP));
            assertEquals(List.of("Anna", "Bram"), ui.column(window.shell, "groups.members", 0));

            ui.withDialog(InputDialog.class, () -> ui.click(ui.find(window.shell, "groups.add", Button.class)), dialog -> {
                ui.type(ui.firstText(dialog.getShell()), "Carla");
                ui.press(dialog.getShell(), "OK");
            });
            assertEquals(List.of("Anna", "Bram", "Carla"), ui.column(window.shell, "groups.members", 0));

            ui.withDialog(GroupDialog.class, () -> ui.click(ui.find(window.shell, "groups.edit", Button.class)), dialog -> {
                ui.choose(ui.find(dialog.getShell(), "group.kind", Combo.class), "intervisiegroep");
                ui.type(ui.find(dialog.getShell(), "group.organisation", Text.class), "Jeugdbescherming Regio");
                ui.spin(ui.find(dialog.getShell(), "group.term", org.eclipse.swt.widgets.Spinner.class), 18);
                ui.click(ui.find(dialog.getShell(), "group.ok", Button.class));
            });
            assertEquals(GROUP + " \u2014 3 leden (intervisiegroep, Jeugdbescherming Regio)", ui.text(window.shell, "groups.title"));
            assertEquals(18, own.context().get(nl.leerkring.core.Retention.class).months(GROUP).getAsInt(),
                    "the group keeps its case texts 18 months");

            ui.selectRow(window.shell, "groups.members", 1);
            ui.withDialog(InputDialog.class, () -> ui.click(ui.find(window.shell, "groups.rename", Button.class)), dialog -> {
                ui.type(ui.firstText(dialog.getShell()), "Bram de Vries");
                ui.press(dialog.getShell(), "OK");
            });
            assertEquals("Bram de Vries", sessions.open(session.getId()).getParticipants().get(1).getName(),
                    "the new name reaches the session");

            ui.selectRow(window.shell, "groups.members", 1);
            ui.answerNextMessage();
            ui.click(ui.find(window.shell, "groups.leave", Button.class));
            assertTrue(!ui.column(window.shell, "groups.members", 3).get(1).isEmpty(), "Bram left today");
            GroupsPart part = window.get(GroupsPart.class);
            ui.until(() -> !part.reading(), 10, "the group's actions read");
            assertEquals(List.of("Bram de Vries (vertrokken)"), ui.column(window.shell, "groups.actions", 1));

            ui.selectRow(window.shell, "groups.actions", 0);
            ui.withDialog(HandOverDialog.class, () -> ui.click(ui.find(window.shell, "groups.handover", Button.class)),
                    dialog -> {
                        Combo to = ui.find(dialog.getShell(), "handover.to", Combo.class);
                        assertEquals(List.of("Anna", "Carla"), List.of(to.getItems()), "who is still in the group");
                        ui.click(ui.find(dialog.getShell(), "handover.ok", Button.class));
                        assertTrue(dialog.getErrorMessage().startsWith("Kies aan wie"), dialog.getErrorMessage());
                        ui.choose(to, "Carla");
                        ui.type(ui.find(dialog.getShell(), "handover.reason", Text.class), "Bram werkt nu in Zuid");
                        ui.click(ui.find(dialog.getShell(), "handover.ok", Button.class));
                    });
            ui.until(() -> !part.reading(), 10, "the group's actions read");
            assertEquals(List.of("Carla"), ui.column(window.shell, "groups.actions", 1));
            Action handed = (Action) sessions.open(session.getId()).getItems().get(0);
            assertEquals("Carla", handed.getOwner());
            assertTrue(handed.getHistory().get(handed.getHistory().size() - 1).getReason()
                    .endsWith("aan Carla: Bram werkt nu in Zuid"));
            assertEquals(1, own.context().get(ActionService.class).ownedBy("Carla").stream()
                    .filter(r -> GROUP.equals(r.group())).count(), "Mijn acties of Carla lists it");
        } finally {
            window.close();
        }
    }
}
