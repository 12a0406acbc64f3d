package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import nl.leerkring.ui.Undoable;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * Undo or redo in the active part when it keeps a history (the protocol editor does), otherwise in
 * the session that is running: the facilitator may have clicked the session list in between.
 */
public abstract class UndoRedoHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        Undoable target = target(parts);
        return target != null && can(target);
    }

    @Execute
    public void execute(EPartService parts) {
        Undoable target = target(parts);
        if (target != null && can(target)) {
            act(target);
        }
    }

    protected abstract boolean can(Undoable target);

    protected abstract void act(Undoable target);

    private static Undoable target(EPartService parts) {
        MPart active = parts.getActivePart();
        if (active != null && active.getObject() instanceof Undoable undoable) {
            return undoable;
        }
        MPart run = parts.findPart(SessionRunPart.ID);
        return run != null && run.getObject() instanceof Undoable undoable ? undoable : null;
    }
}
