package nl.leerkring.ui;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import nl.leerkring.core.StoreException;

/**
 * Reads from the store in a background job and shows the result on the UI thread, so a window
 * stays responsive while the database opens or a list is read. The newest read wins: a result that
 * a later read has overtaken is dropped, and so is one for a control that has gone.
 *
 * @param <T> what is read
 */
public final class BackgroundRead<T> {

    private final Control owner;
    private final String name;
    private final AtomicInteger latest = new AtomicInteger();
    /** Reads asked for whose result has not reached the UI thread yet. */
    private final AtomicInteger pending = new AtomicInteger();

    /** @param name the job's name, for the platform's list of running jobs (never case text) */
    public BackgroundRead(Control owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /** Whether a read has been asked for and its result has not been shown yet. */
    public boolean busy() {
        return pending.get() > 0;
    }

    /**
     * Reads off the UI thread, then hands the value to {@code show}, or the store's trouble (a
     * message for the user) to {@code failed}, on the UI thread.
     */
    public void run(Supplier<T> read, Consumer<T> show, Consumer<StoreException> failed) {
        int mine = latest.incrementAndGet();
        pending.incrementAndGet();
        Display display = owner.getDisplay();
        Job job = Job.createSystem(name, monitor -> {
            Runnable result = () -> {
                // A fault that is no StoreException is a bug: the job reports it to the platform log.
            };
            try {
                T value = read.get();
                result = () -> show.accept(value);
            } catch (StoreException e) {
                result = () -> failed.accept(e);
            } finally {
                deliver(display, mine, result);
            }
        });
        job.schedule();
    }

    private void deliver(Display display, int mine, Runnable result) {
        try {
            display.asyncExec(() -> {
                pending.decrementAndGet();
                if (mine == latest.get() && !owner.isDisposed()) {
                    result.run();
                }
            });
        } catch (SWTException closing) {
            // The display is gone: the application is closing, nothing to show.
        }
    }
}
