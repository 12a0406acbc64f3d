package nl.leerkring.ui.handlers;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import nl.leerkring.ui.parts.SessionRunPart;

/** The run part, if it is created; step commands act on it. */
final class RunPartHandler {

    private RunPartHandler() {
    }

    static SessionRunPart find(EPartService parts) {
        MPart part = parts.findPart(SessionRunPart.ID);
        return part != null && part.getObject() instanceof SessionRunPart run ? run : null;
    }
}
