package nl.leerkring.ui.handlers;

import nl.leerkring.ui.run.RunCommands;

/** Ctrl+I: to the entry field of the step, to record the next item. */
public class NewItemHandler extends RunPartHandler {

    @Override
    protected boolean enabled(RunCommands run) {
        return run.run() != null;
    }

    @Override
    protected void act(RunCommands run) {
        run.focusEntry();
    }
}
