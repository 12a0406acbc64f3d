package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import nl.leerkring.ui.Undoable;

/**
 * Undo or redo in the active part when it keeps a history (the protocol editor puts itself in its
 * part's context), otherwise in the session that is running (the run part is in the window's
 * context): the facilitator may have clicked the session list in between.
 */
public abstract class UndoRedoHandler {

    @CanExecute
    public boolean canExecute(@Optional Undoable target) {
        return target != null && can(target);
    }

    @Execute
    public void execute(@Optional Undoable target) {
        if (target != null && can(target)) {
            act(target);
        }
    }

    protected abstract boolean can(Undoable target);

    protected abstract void act(Undoable target);
}
