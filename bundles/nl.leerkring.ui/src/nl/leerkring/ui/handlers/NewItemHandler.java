package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.SessionRunPart;

/** Ctrl+I: to the entry field of the step, to record the next item. */
public class NewItemHandler extends RunPartHandler {

    @Override
    protected boolean enabled(SessionRunPart run) {
        return run.session() != null;
    }

    @Override
    protected void act(SessionRunPart run) {
        run.focusEntry();
    }
}
