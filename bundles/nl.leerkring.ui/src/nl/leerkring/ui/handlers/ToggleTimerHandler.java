package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.RunCommands;

/** Ctrl+T: start or pause the countdown of the current step. */
public class ToggleTimerHandler extends RunPartHandler {

    @Override
    protected boolean enabled(RunCommands run) {
        return run.run() != null;
    }

    @Override
    protected void act(RunCommands run) {
        run.toggleTimer();
    }
}
