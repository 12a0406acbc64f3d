package nl.leerkring.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

/**
 * Reads what grows with the archive off the UI thread and shows it on the UI thread, if the view is
 * still there. A refusal or a store failure is said in the view; any other fault is the program's
 * and is thrown on the UI thread, where the workbench reports it.
 */
public final class Background {

    private Background() {
    }

    public static <T> void load(Control view, Supplier<T> read, Consumer<T> show, Consumer<String> refused) {
        CompletableFuture.supplyAsync(read).whenComplete((value, failure) -> {
            try {
                view.getDisplay().asyncExec(() -> {
                    if (view.isDisposed()) {
                        return;
                    }
                    if (failure == null) {
                        show.accept(value);
                    } else {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        if (cause instanceof RuntimeException e) {
                            refused.accept(MessageLine.reason(e));
                        } else {
                            throw new IllegalStateException(cause);
                        }
                    }
                });
            } catch (SWTException closing) {
                // The display is gone: the application is closing, nothing to show.
            }
        });
    }
}
