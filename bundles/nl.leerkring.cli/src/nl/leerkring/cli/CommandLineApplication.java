package nl.leerkring.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.leerkring.core.ProtocolSource;

/**
 * The command line as an Eclipse application without a window: {@code ./leerkring demo|export|db …}
 * starts it in the same installation as the e4 application. Its exit code is the command's.
 */
public class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> words = args == null ? List.of() : Arrays.asList(args);
        context.applicationRunning();
        return new Commands(System.out, System.err, CommandLineApplication::builtInProtocols, Clock.systemDefaultZone(),
                CommandLineApplication::askPassword).run(words);
    }

    /** The built-in methods, from their Declarative Services component; null if it does not come. */
    private static ProtocolSource builtInProtocols() {
        ServiceTracker<ProtocolSource, ProtocolSource> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(CommandLineApplication.class).getBundleContext(), ProtocolSource.class, null);
        tracker.open();
        try {
            return tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Asks on the terminal without echo; null when there is no terminal to ask on. */
    private static String askPassword(String prompt) {
        java.io.Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("%s", prompt);
        return typed == null || typed.length == 0 ? null : new String(typed);
    }

    @Override
    public void stop() {
        // Every command finishes on its own; nothing runs in the background.
    }
}
