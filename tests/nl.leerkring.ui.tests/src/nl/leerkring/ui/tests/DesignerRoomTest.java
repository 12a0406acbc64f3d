package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.junit.jupiter.api.Test;

import nl.leerkring.ui.design.DesignerRoomAddon;

/** In Ontwerpen the session list steps aside; any other tab of the session area brings it back. */
class DesignerRoomTest {

    @Test
    void theSessionListStepsAsideWhileDesigning() {
        MPartStack sessions = stack(DesignerRoomAddon.SESSIONS_STACK);
        MPart list = part("nl.leerkring.ui.part.sessions", sessions);
        MPartStack area = stack("nl.leerkring.ui.stack.run");
        MPart run = part("nl.leerkring.ui.part.run", area);
        MPart designer = part(DesignerRoomAddon.DESIGNER, area);

        DesignerRoomAddon.arrange(designer, sessions);
        assertFalse(sessions.isVisible(), "the designer gets the whole width");
        DesignerRoomAddon.arrange(list, sessions);
        assertFalse(sessions.isVisible(), "a part of the list's own stack changes nothing");
        DesignerRoomAddon.arrange(run, sessions);
        assertTrue(sessions.isVisible(), "back in the session area, the list is back");
    }

    private static MPartStack stack(String id) {
        MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
        stack.setElementId(id);
        return stack;
    }

    private static MPart part(String id, MPartStack stack) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setElementId(id);
        stack.getChildren().add(part);
        return part;
    }
}
