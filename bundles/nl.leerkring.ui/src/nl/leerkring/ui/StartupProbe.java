package nl.leerkring.ui;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;
import nl.leerkring.ui.parts.SessionsPart;

/**
 * For {@code ./leerkring bench} only (system property {@value #PROPERTY}): says on standard output
 * when the window is up and when the session list is filled, then closes Leerkring. Without the
 * property it does nothing.
 */
public class StartupProbe {

    public static final String PROPERTY = "leerkring.startupProbe";
    /** What each line starts with; the bench reads it. */
    public static final String READY = "LEERKRING-READY";

    private boolean window;
    private boolean listed;

    /** There from startup's end on (not yet when addons are made). */
    private IWorkbench workbench;

    @Inject
    private UISynchronize ui;

    @Inject
    @Optional
    void windowUp(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, IWorkbench started) {
        if (Boolean.getBoolean(PROPERTY) && !window) {
            workbench = started;
            window = true;
            say("window");
        }
    }

    @Inject
    @Optional
    void listFilled(@UIEventTopic(SessionsPart.LISTED) Integer count) {
        if (Boolean.getBoolean(PROPERTY) && !listed) {
            listed = true;
            say("list " + count);
        }
    }

    private void say(String what) {
        System.out.println(READY + " " + what);
        System.out.flush();
        if (window && listed) {
            IWorkbench closing = workbench;
            ui.asyncExec(closing::close);
        }
    }
}
