package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import nl.leerkring.ui.run.RunCommands;

/**
 * A command that acts on the session on screen: the step, timer and view commands all do. The run
 * part is found in the window's context, whichever part has the focus.
 */
public abstract class RunPartHandler {

    @CanExecute
    public boolean canExecute(@Optional RunCommands run) {
        return run != null && enabled(run);
    }

    @Execute
    public void execute(@Optional RunCommands run) {
        if (run != null && enabled(run)) {
            act(run);
        }
    }

    /** Whether the command applies now; by default whenever the run part is there. */
    protected boolean enabled(RunCommands run) {
        return true;
    }

    protected abstract void act(RunCommands run);
}
