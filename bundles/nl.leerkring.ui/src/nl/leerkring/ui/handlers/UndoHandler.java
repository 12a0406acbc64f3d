package nl.leerkring.ui.handlers;

import nl.leerkring.ui.parts.SessionRunPart;

/** Ctrl+Z: undo the last change to the items, in the store too. */
public class UndoHandler extends RunPartHandler {

    @Override
    protected boolean enabled(SessionRunPart run) {
        return run.canUndo();
    }

    @Override
    protected void act(SessionRunPart run) {
        run.undo();
    }
}
