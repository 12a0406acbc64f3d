package nl.leerkring.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.annotation.PostConstruct;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * Puts the one {@link ActiveSession} into the application context before any part is created, and
 * brings the run part to the front whenever a session is chosen, also from another tab of its stack.
 */
public class ActiveSessionAddon {

    @PostConstruct
    void init(MApplication application) {
        ActiveSession active = new ActiveSession();
        application.getContext().set(ActiveSession.class, active);
        active.addListener(session -> {
            if (session != null && !application.getChildren().isEmpty()) {
                EPartService parts = application.getChildren().get(0).getContext().get(EPartService.class);
                if (parts != null) {
                    parts.showPart(SessionRunPart.ID, PartState.VISIBLE);
                }
            }
        });
    }
}
