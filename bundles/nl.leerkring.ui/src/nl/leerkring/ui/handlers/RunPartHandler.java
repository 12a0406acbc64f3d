package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import nl.leerkring.ui.run.SessionRunPart;

/** A command that acts on the run part: the step, timer and item commands all do. */
public abstract class RunPartHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        SessionRunPart run = find(parts);
        return run != null && enabled(run);
    }

    @Execute
    public void execute(EPartService parts) {
        SessionRunPart run = find(parts);
        if (run != null && enabled(run)) {
            act(run);
        }
    }

    /** Whether the command applies now; by default whenever the run part is there. */
    protected boolean enabled(SessionRunPart run) {
        return true;
    }

    protected abstract void act(SessionRunPart run);

    private static SessionRunPart find(EPartService parts) {
        MPart part = parts.findPart(SessionRunPart.ID);
        return part != null && part.getObject() instanceof SessionRunPart run ? run : null;
    }
}
