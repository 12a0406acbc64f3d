package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.SessionRunPart;

/** Ctrl+T: start or pause the countdown of the current step. */
public class ToggleTimerHandler extends RunPartHandler {

    @Override
    protected boolean enabled(SessionRunPart run) {
        return run.session() != null;
    }

    @Override
    protected void act(SessionRunPart run) {
        run.toggleTimer();
    }
}
