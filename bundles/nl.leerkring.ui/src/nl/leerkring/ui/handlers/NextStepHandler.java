package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.SessionRunPart;

/** Alt+Right: the next step of the running session. */
public class NextStepHandler extends RunPartHandler {

    @Override
    protected boolean enabled(SessionRunPart run) {
        return run.canGoNext();
    }

    @Override
    protected void act(SessionRunPart run) {
        run.next();
    }
}
