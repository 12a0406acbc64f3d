package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.SessionRunPart;

/** Alt+Left: back to the previous step of the running session. */
public class PreviousStepHandler extends RunPartHandler {

    @Override
    protected boolean enabled(SessionRunPart run) {
        return run.canGoPrevious();
    }

    @Override
    protected void act(SessionRunPart run) {
        run.previous();
    }
}
