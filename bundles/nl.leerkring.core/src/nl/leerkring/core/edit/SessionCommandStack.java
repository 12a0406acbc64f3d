package nl.leerkring.core.edit;

import org.eclipse.emf.common.command.BasicCommandStack;

/**
 * Undo and redo of what the facilitator records. Unlike EMF's basic stack it does not swallow a
 * failed command: a refusal ({@link nl.leerkring.core.InputRejectedException}) or a store failure
 * reaches the caller, who shows it. A refused new command leaves the history as it was; a failed
 * undo or redo clears it, since the stack no longer matches what is stored.
 */
public class SessionCommandStack extends BasicCommandStack {

    private boolean replaying;

    @Override
    public void undo() {
        replay(super::undo);
    }

    @Override
    public void redo() {
        replay(super::redo);
    }

    private void replay(Runnable step) {
        replaying = true;
        try {
            step.run();
        } finally {
            replaying = false;
        }
    }

    @Override
    protected void handleError(Exception exception) {
        if (replaying) {
            flush();
        }
        if (exception instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(exception);
    }
}
