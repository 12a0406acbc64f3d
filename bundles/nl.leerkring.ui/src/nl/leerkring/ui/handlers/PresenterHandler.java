package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.RunCommands;

/** F5: open the group's view for the projector, or close it. */
public class PresenterHandler extends RunPartHandler {

    @Override
    protected void act(RunCommands run) {
        run.togglePresenter();
    }
}
