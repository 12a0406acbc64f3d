package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.RunCommands;

/** Ctrl+B: blank the group's view, or show it again, without stopping the session. */
public class PrivacyScreenHandler extends RunPartHandler {

    @Override
    protected void act(RunCommands run) {
        run.togglePrivacyScreen();
    }
}
