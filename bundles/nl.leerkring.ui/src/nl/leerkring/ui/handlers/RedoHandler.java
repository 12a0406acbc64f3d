package nl.leerkring.ui.handlers;

import nl.leerkring.ui.Undoable;

/** Ctrl+Y: redo the last undone change. */
public class RedoHandler extends UndoRedoHandler {

    @Override
    protected boolean can(Undoable target) {
        return target.canRedo();
    }

    @Override
    protected void act(Undoable target) {
        target.redo();
    }
}
