package nl.leerkring.ui.run;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.run.SessionRun;
import nl.leerkring.ui.Widgets;

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

    /** A push button of the run page, in the page's type, doing {@code action} when pressed. */
    static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = Widgets.css(Widgets.id(new Button(parent, SWT.PUSH), id), "navigation");
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
