package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import nl.leerkring.ui.parts.SessionRunPart;

/** Ctrl+T: start or pause the countdown of the current step. */
public class ToggleTimerHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        SessionRunPart run = RunPartHandler.find(parts);
        return run != null && run.session() != null;
    }

    @Execute
    public void execute(EPartService parts) {
        SessionRunPart run = RunPartHandler.find(parts);
        if (run != null) {
            run.toggleTimer();
        }
    }
}
