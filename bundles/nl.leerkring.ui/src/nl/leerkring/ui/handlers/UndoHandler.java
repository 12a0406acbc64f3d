package nl.leerkring.ui.handlers;

import nl.leerkring.ui.Undoable;

/** Ctrl+Z: undo the last change, in the store too. */
public class UndoHandler extends UndoRedoHandler {

    @Override
    protected boolean can(Undoable target) {
        return target.canUndo();
    }

    @Override
    protected void act(Undoable target) {
        target.undo();
    }
}
