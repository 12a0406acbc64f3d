package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import nl.leerkring.ui.parts.SessionsPart;

/** Ctrl+N: start a new session from the sessions part. */
public class NewSessionHandler {

    /** The sessions part's id in Application.e4xmi. */
    static final String SESSIONS_PART = "nl.leerkring.ui.part.sessions";

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.findPart(SESSIONS_PART);
        if (part != null) {
            // The designer may have put the session list aside.
            if (part.getParent() != null) {
                part.getParent().setVisible(true);
            }
            parts.showPart(part, EPartService.PartState.VISIBLE);
            if (part.getObject() instanceof SessionsPart sessions) {
                sessions.newSession();
            }
        }
    }
}
