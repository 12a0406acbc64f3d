package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.SessionRunPart;

/** Ctrl+B: blank the group's view, or show it again, without stopping the session. */
public class PrivacyScreenHandler extends RunPartHandler {

    @Override
    protected void act(SessionRunPart run) {
        run.togglePrivacyScreen();
    }
}
