package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Ctrl+S: saves the active part when it has unsaved changes (the protocol designer's draft). */
public class SaveHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        MPart active = parts.getActivePart();
        return active != null && active.isDirty();
    }

    @Execute
    public void execute(EPartService parts) {
        MPart active = parts.getActivePart();
        if (active != null && active.isDirty()) {
            parts.savePart(active, false);
        }
    }
}
