package nl.leerkring.ui.design;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Gives the designer the room it needs: while the lead works in Ontwerpen, the session list steps
 * aside, and it comes back with any other tab. The designer's outline, form and diagram then share
 * the window's whole width instead of three quarters of it.
 */
public class DesignerRoomAddon {

    /** The designer part's id in Application.e4xmi. */
    public static final String DESIGNER = "nl.leerkring.ui.part.editor";
    /** The session list's stack in Application.e4xmi. */
    public static final String SESSIONS_STACK = "nl.leerkring.ui.stack.sessions";

    @Inject
    @Optional
    void activated(@UIEventTopic(UIEvents.UILifeCycle.ACTIVATE) Event event, EModelService models, MApplication application) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part) {
            arrange(part, models.find(SESSIONS_STACK, application));
        }
    }

    /** Shows or hides the session list for the part that became active. */
    public static void arrange(MPart active, MUIElement sessions) {
        if (sessions == null || active.getParent() == sessions) {
            return;
        }
        boolean designing = DESIGNER.equals(active.getElementId());
        if (sessions.isVisible() == designing) {
            sessions.setVisible(!designing);
        }
    }
}
