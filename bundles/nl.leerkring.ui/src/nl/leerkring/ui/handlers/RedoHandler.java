package nl.leerkring.ui.handlers;

import nl.leerkring.ui.parts.SessionRunPart;

/** Ctrl+Y: redo what was undone. */
public class RedoHandler extends RunPartHandler {

    @Override
    protected boolean enabled(SessionRunPart run) {
        return run.canRedo();
    }

    @Override
    protected void act(SessionRunPart run) {
        run.redo();
    }
}
