package nl.leerkring.ui.run;

import nl.leerkring.core.run.SessionRun;

/**
 * What the step, timer and view commands (Alt+→, Ctrl+T, F5 …) ask of the session on screen. The
 * run part puts itself in its window's context under this type, so the handlers find it by
 * injection wherever the focus is, and the session's {@link SessionRun} through {@link #run()}.
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
