package nl.leerkring.ui;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.StoreChanges.Kind;

/**
 * Keeps a view current with what other clients of a team database change: a burst of changes
 * becomes one refresh on the UI thread, and the subscription ends with the view's control.
 */
public final class StoreFollower {

    private StoreFollower() {
    }

    public static void follow(StoreChanges changes, Control control, Set<Kind> kinds, Runnable refresh) {
        Display display = control.getDisplay();
        AtomicBoolean pending = new AtomicBoolean();
        Consumer<Kind> listener = kind -> {
            if (kinds.contains(kind) && pending.compareAndSet(false, true)) {
                try {
                    display.asyncExec(() -> {
                        pending.set(false);
                        if (!control.isDisposed()) {
                            refresh.run();
                        }
                    });
                } catch (SWTException closing) {
                    // The display is gone: the application is closing, nothing to show.
                }
            }
        };
        changes.addListener(listener);
        control.addDisposeListener(e -> changes.removeListener(listener));
    }
}
