package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import nl.leerkring.ui.parts.SessionRunPart;

/** F5: open the group's view for the projector, or close it. */
public class PresenterHandler {

    @Execute
    public void execute(EPartService parts) {
        SessionRunPart run = RunPartHandler.find(parts);
        if (run != null) {
            run.togglePresenter();
        }
    }
}
