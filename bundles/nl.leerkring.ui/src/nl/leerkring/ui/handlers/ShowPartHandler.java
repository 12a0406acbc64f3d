package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** A command that brings one part to the front. */
public abstract class ShowPartHandler {

    private final String partId;

    protected ShowPartHandler(String partId) {
        this.partId = partId;
    }

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(partId, PartState.ACTIVATE);
    }
}
