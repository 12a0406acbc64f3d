package nl.leerkring.ui.run;

import nl.leerkring.core.run.SessionRun;

/**
 * What the step, timer and view commands (Alt+→, Ctrl+T, F5 …) ask of the session on screen. The
 * run part puts itself in its window's context under this type, and the session's run under
 * {@link SessionRun}, so the handlers find both by injection wherever the focus is.
 */
public interface RunCommands {

    /** The run on screen, or null while no session is chosen. */
    SessionRun run();

    boolean canGoNext();

    boolean canGoPrevious();

    void next();

    void previous();

    void toggleTimer();

    void focusEntry();

    void togglePrivacyScreen();

    void togglePresenter();
}
