package nl.leerkring.ui.run;

import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.run.SessionRun;

/** What the run page's sections ask of the part that holds them. */
interface RunPage {

    /** The run on screen; null while no session is chosen. */
    SessionRun run();

    /** Tries a change; a refusal or a store failure is said on the page and false returned. */
    boolean attempt(Runnable change);

    /** Says something on the page's message line (empty to clear it). */
    void say(String message);

    /** Whether the entry may be recorded as typed; if not, the page warns and offers to replace. */
    boolean privacyChecked(Text entry);

    /** The countdown was shown anew: the group's view shows it too. */
    void timerShown();
}
