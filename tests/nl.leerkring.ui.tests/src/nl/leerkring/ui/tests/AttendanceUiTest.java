package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.Attendance;
import nl.leerkring.model.Session;
import nl.leerkring.ui.dialogs.NewSessionDialog;
import nl.leerkring.ui.groups.GroupsPart;
import nl.leerkring.ui.parts.SessionsPart;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * A facilitator makes a group with three members in Groepen, then starts its first session: the
 * members are listed ticked, one is unticked as absent and a guest is named; the session records
 * who was there, who was not and who came as a guest.
 */
class AttendanceUiTest {

    private static final String GROUP = "Aanwezigheid " + UUID.randomUUID().toString().substring(0, 6);

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @Test
    void theSessionRecordsWhoWasPresentAbsentOrAGuest() {
        PartsWindow window = new PartsWindow(own.context(), display, GroupsPart.class, SessionsPart.class, SessionRunPart.class);
        try {
            ui.flush();
            Shell shell = window.shell;
            answer(InputDialog.class, "groups.new", shell, GROUP);
            for (String name : List.of("Anna", "Bram", "Carla")) {
                answer(InputDialog.class, "groups.add", shell, name);
            }
            assertEquals(List.of("Anna", "Bram", "Carla"), ui.column(shell, "groups.members", 0));

            ui.withDialog(NewSessionDialog.class, () -> ui.click(ui.find(shell, "sessions.new", Button.class)), dialog -> {
                Shell form = dialog.getShell();
                // The method is named: which one the dialog offers first depends on what was run before.
                ui.type(ui.find(form, "newSession.search", Text.class), "actieleren");
                Combo group = ui.find(form, "newSession.group", Combo.class);
                group.setText(GROUP);
                group.notifyListeners(SWT.FocusOut, new Event());
                ui.flush();
                Table members = ui.find(form, "newSession.members", Table.class);
                assertEquals(List.of("Anna", "Bram", "Carla"), List.of(members.getItems()).stream().map(TableItem::getText).toList());
                assertEquals(List.of(true, true, true), List.of(members.getItems()).stream().map(TableItem::getChecked).toList());

                members.getItem(2).setChecked(false);
                Event tick = new Event();
                tick.detail = SWT.CHECK;
                tick.item = members.getItem(2);
                members.notifyListeners(SWT.Selection, tick);
                Text participants = ui.find(form, "newSession.participants", Text.class);
                assertEquals("Anna\nBram", participants.getText(), "unticked: not among the participants");

                ui.type(participants, "Anna (inbrenger)\nBram\nDina");
                assertEquals("Te gast: Dina", ui.text(form, "newSession.guests"));
                ui.type(ui.find(form, "newSession.title", Text.class), "Eerste keer");
                ui.click(ui.find(form, "newSession.start", Button.class));
            });

            Session started = window.active().get();
            Attendance attendance = Attendance.of(started);
            assertEquals(List.of("Anna", "Bram"), attendance.present());
            assertEquals(List.of("Carla"), attendance.absent());
            assertEquals(Set.of("Dina"), attendance.guests());
            assertEquals("inbrenger", started.getParticipants().get(0).getRoleId());
        } finally {
            window.close();
        }
    }

    /** Presses the button, which asks for a name in an input dialog, and gives the name. */
    private void answer(Class<InputDialog> type, String buttonId, Shell shell, String name) {
        ui.withDialog(type, () -> ui.click(ui.find(shell, buttonId, Button.class)), dialog -> {
            ui.type(ui.firstText(dialog.getShell()), name);
            ui.press(dialog.getShell(), "OK");
        });
    }
}
