package nl.leerkring.ui;

/**
 * The session on screen is kept in the application context under {@link #KEY}, declared as a
 * modifiable variable in Application.e4xmi: the sessions part sets it, the run part and the
 * handlers follow it through injection.
 */
public final class ActiveSession {

    public static final String KEY = "nl.leerkring.ui.activeSession";

    private ActiveSession() {
    }
}
