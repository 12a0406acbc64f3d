package nl.leerkring.ui.tests;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.model.Capture;
import nl.leerkring.ui.run.SessionRunPart;

/** What a facilitator types into the run part, shared by the UI tests that run whole sessions. */
final class Facilitator {

    private Facilitator() {
    }

    /**
     * Records what the capture needs (at least one), taking turns where the step goes round the group;
     * actions go to {@code owner}, due at the next session.
     */
    static void fill(UiDriver ui, Shell shell, SessionRunPart run, Capture capture, String owner) {
        String id = "capture." + capture.getKind().getId();
        boolean turns = ui.exists(shell, "run.turn");
        int rounds = capture.isPerParticipant() && turns ? run.session().getParticipants().size() : 1;
        int each = Math.max(1, capture.getMin());
        for (int r = 0; r < rounds; r++) {
            for (int n = 0; n < each; n++) {
                Text text = ui.find(shell, id + ".text", Text.class);
                ui.type(text, capture.getKind().getName().getNl() + " " + (r + 1) + "." + (n + 1));
                if (capture.getKind().isAction()) {
                    ui.find(shell, id + ".owner", Combo.class).setText(owner);
                    Button nextSession = ui.find(shell, id + ".nextSession", Button.class);
                    if (!nextSession.getSelection()) {
                        ui.click(nextSession);
                    }
                    ui.click(ui.find(shell, id + ".add", Button.class));
                } else {
                    ui.pressEnter(text);
                }
            }
            if (turns && rounds > 1) {
                ui.click(ui.find(shell, "run.turn.next", Button.class));
            }
        }
    }
}
