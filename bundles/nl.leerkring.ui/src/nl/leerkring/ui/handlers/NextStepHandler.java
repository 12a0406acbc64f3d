package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.RunCommands;

/** Alt+Right: the next step of the running session. */
public class NextStepHandler extends RunPartHandler {

    @Override
    protected boolean enabled(RunCommands run) {
        return run.canGoNext();
    }

    @Override
    protected void act(RunCommands run) {
        run.next();
    }
}
