package nl.leerkring.ui.handlers;

import nl.leerkring.ui.actions.MyActionsPart;

/** Ctrl+Shift+A: the owner's own actions. */
public class MyActionsHandler extends ShowPartHandler {

    public MyActionsHandler() {
        super(MyActionsPart.ID);
    }
}
