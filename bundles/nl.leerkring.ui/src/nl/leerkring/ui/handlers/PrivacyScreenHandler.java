package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import nl.leerkring.ui.parts.SessionRunPart;

/** Ctrl+B: blank the group's view, or show it again, without stopping the session. */
public class PrivacyScreenHandler {

    @Execute
    public void execute(EPartService parts) {
        SessionRunPart run = RunPartHandler.find(parts);
        if (run != null) {
            run.togglePrivacyScreen();
        }
    }
}
