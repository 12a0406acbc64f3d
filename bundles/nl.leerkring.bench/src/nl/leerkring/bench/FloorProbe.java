package nl.leerkring.bench;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * The life cycle of the bench's empty e4 window ({@code floor.e4xmi}), in place of Leerkring's: opens
 * no data, says on standard output when the window is up, as Leerkring's startup probe does, then
 * closes it.
 */
public class FloorProbe {

    @Inject
    @Optional
    void windowUp(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, IWorkbench workbench,
            UISynchronize ui) {
        System.out.println(Startup.READY + " window");
        System.out.flush();
        ui.asyncExec(workbench::close);
    }
}
