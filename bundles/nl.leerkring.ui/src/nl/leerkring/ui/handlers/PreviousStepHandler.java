package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.RunCommands;

/** Alt+Left: back to the previous step of the running session. */
public class PreviousStepHandler extends RunPartHandler {

    @Override
    protected boolean enabled(RunCommands run) {
        return run.canGoPrevious();
    }

    @Override
    protected void act(RunCommands run) {
        run.previous();
    }
}
