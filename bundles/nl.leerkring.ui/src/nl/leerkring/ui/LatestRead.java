package nl.leerkring.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;

/**
 * A view's reads in the background ({@link Background}), of which only the latest asked for is
 * shown: an earlier read that comes in late never covers a newer one. The UI tests wait on
 * {@link #reading()}.
 */
public final class LatestRead {

    private final Control view;
    private int asked;
    private int done;

    public LatestRead(Control view) {
        this.view = view;
    }

    /** Reads off the UI thread; shows the value, or says why not, unless a later read was asked for meanwhile. */
    public <T> void read(Supplier<T> what, Consumer<T> show, Consumer<String> refused) {
        int ask = ++asked;
        Background.load(view, what, value -> {
            if (ask == asked) {
                done = ask;
                show.accept(value);
            }
        }, reason -> {
            if (ask == asked) {
                done = ask;
                refused.accept(reason);
            }
        });
    }

    /** Whether a read asked for has not been shown yet. */
    public boolean reading() {
        return done != asked;
    }
}
