package nl.leerkring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.leerkring.core.Core;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.demo.DemoData;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.store.JdbcStore;

/**
 * {@code ./leerkring bench [--sessions N] [--tries N] [--no-startup] [--no-archive]}: prints, in one
 * run on this machine, the figures issue 16 asks for, each with its goal: startup against a bare SWT
 * window, and the reads and writes at the scale of a ten-year archive it makes through the real
 * store. Everything it makes is in a temporary folder, removed at the end.
 */
public class BenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> words = args == null ? List.of() : Arrays.asList(args);
        context.applicationRunning();
        Archive.Size ten = Archive.Size.TEN_YEARS;
        int sessions;
        int tries;
        try {
            sessions = number(words, "--sessions", ten.sessions());
            tries = number(words, "--tries", 5);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Archive.Size size = new Archive.Size(sessions, ten.groups(), ten.members(), ten.actionsPerSession(),
                ten.itemsPerKind());
        Report report = new Report(System.out);
        report.heading(String.format("Leerkring bench \u2014 %s, Java %s, %d processors, max heap %d MB", LocalDate.now(),
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        ProtocolSource builtIn = builtInProtocols();
        Path work = Files.createTempDirectory("leerkring-bench");
        try {
            if (!words.contains("--no-startup")) {
                report.heading("Startup (a small data folder: the example's)");
                Path example = work.resolve("example");
                makeExample(example, builtIn);
                new Startup(Path.of(ProcessHandle.current().info().command().orElse("java")),
                        Path.of(System.getProperty("leerkring.plugins", "plugins"))).measure(report, example, tries);
            }
            if (!words.contains("--no-archive")) {
                // --keep DIR: the archive is made there once; later runs measure a copy of it, since
                // measuring writes to it (sessions started, items added).
                int keep = words.indexOf("--keep");
                Path kept = keep >= 0 && keep + 1 < words.size() ? Path.of(words.get(keep + 1)) : null;
                boolean made = kept != null && Files.isDirectory(kept.resolve("database"));
                Path archive = work.resolve("archive");
                report.heading(String.format("A ten-year archive, made through the real store (%d sessions)%s",
                        size.sessions(), made ? ", a copy of the one kept in " + kept : ""));
                new ArchiveBench(report, builtIn).run(kept == null ? archive : kept, archive, size, !made);
            }
        } catch (RuntimeException e) {
            // Said where the figures are, rather than only in a log nobody opens.
            System.err.println("The bench stopped: " + e);
            e.printStackTrace();
            return 1;
        } finally {
            delete(work);
        }
        report.heading(report.missed() == 0 ? "All goals met." : report.missed() + " goal(s) missed.");
        return IApplication.EXIT_OK;
    }

    /** The whole number after an option; says what to type when it is missing, not a number, or below 1. */
    private static int number(List<String> words, String option, int otherwise) {
        int at = words.indexOf(option);
        if (at < 0) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(at + 1 < words.size() ? words.get(at + 1) : "");
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " wants a whole number of at least 1, for example " + option + " "
                + otherwise + ".");
    }

    /** The example's data (as ./leerkring demo --plain makes it), for Leerkring to start on. */
    private static void makeExample(Path folder, ProtocolSource builtIn) {
        MovableClock clock = new MovableClock(Instant.now().minusSeconds(70L * 24 * 3600), ZoneId.systemDefault());
        try (JdbcStore store = JdbcStore.embedded(folder)) {
            new DemoData(Core.on(store, builtIn, clock), clock).fill();
        }
    }

    private static ProtocolSource builtInProtocols() throws InterruptedException {
        ServiceTracker<ProtocolSource, ProtocolSource> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(BenchApplication.class).getBundleContext(), ProtocolSource.class, null);
        tracker.open();
        ProtocolSource source = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        if (source == null) {
            throw new IllegalStateException("the built-in methods did not come");
        }
        return source;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public void stop() {
        // It runs to its end; nothing to stop.
    }
}
