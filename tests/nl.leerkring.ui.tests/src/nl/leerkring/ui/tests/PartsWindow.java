package nl.leerkring.ui.tests;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.run.SessionRunPart;
import nl.leerkring.ui.parts.SessionsPart;

/**
 * Parts side by side as Application.e4xmi lays them out (by default the sessions part and the run
 * part), made by e4 injection from the real services and sharing the active session as
 * ActiveSessionAddon does.
 */
final class PartsWindow {

    final Shell shell;
    final SessionsPart sessions;
    final SessionRunPart run;
    private final IEclipseContext window;
    private final java.util.Map<Class<?>, Object> parts = new java.util.HashMap<>();

    PartsWindow(IEclipseContext services, Display display) {
        this(services, display, SessionsPart.class, SessionRunPart.class);
    }

    PartsWindow(IEclipseContext services, Display display, Class<?>... types) {
        this(services, display, new org.eclipse.swt.graphics.Point(1500, 950), null, types);
    }

    /**
     * The parts side by side in a window of the given size, divided by the weights as the
     * application model's part stacks are (28 to 72 for the session list and the session area).
     */
    PartsWindow(IEclipseContext services, Display display, org.eclipse.swt.graphics.Point size, int[] weights,
            Class<?>... types) {
        window = services.createChild("window");
        window.set(ActiveSession.class, new ActiveSession());
        shell = new Shell(display);
        shell.setText("Leerkring");
        shell.setLayout(new FillLayout());
        shell.setSize(size);
        Composite holder = weights == null ? shell : new org.eclipse.swt.custom.SashForm(shell, SWT.HORIZONTAL);
        for (Class<?> type : types) {
            parts.put(type, part(type, holder));
        }
        if (holder instanceof org.eclipse.swt.custom.SashForm sash) {
            sash.setWeights(weights);
        }
        sessions = get(SessionsPart.class);
        run = get(SessionRunPart.class);
        shell.open();
        shell.layout(true, true);
        listed();
    }

    /**
     * Waits, handling events, until the session list has shown what it read in the background (as a
     * user waits for it); at once when the window has no session list.
     */
    void listed() {
        if (sessions == null) {
            return;
        }
        new UiDriver(shell.getDisplay()).until(() -> !sessions.reading(), 30, "the session list read");
    }

    /** The session the window's parts show. */
    ActiveSession active() {
        return window.get(ActiveSession.class);
    }

    /** The part of this type, or null when the window has none. */
    <T> T get(Class<T> type) {
        return type.cast(parts.get(type));
    }

    private <T> T part(Class<T> type, Composite holder) {
        IEclipseContext context = window.createChild(type.getSimpleName());
        context.set(Composite.class, new Composite(holder, SWT.NONE));
        return ContextInjectionFactory.make(type, context);
    }

    /** As the application closing: the parts are disposed (and save what they hold), then the window. */
    void close() {
        window.dispose();
        shell.dispose();
    }
}
