package nl.leerkring.bench;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The floor for startup: a plain Java process that shows an empty SWT window, and says so on
 * standard output once the window is on screen. Run on the class path, outside OSGi.
 */
public final class BareShell {

    private BareShell() {
    }

    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("Leerkring bench");
        shell.setSize(800, 600);
        shell.open();
        while (display.readAndDispatch()) {
            // until what opening queued is handled: the window is drawn
        }
        System.out.println(Startup.READY + " window");
        System.out.flush();
        shell.dispose();
        display.dispose();
    }
}
