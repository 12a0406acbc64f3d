package nl.leerkring.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Startup measured as a user sees it, from the start of the process: an empty SWT window in a plain
 * Java process (the floor) against Leerkring's window and its filled session list, in turns.
 */
final class Startup {

    /** The line a started process says it is ready with (Leerkring's StartupProbe and BareShell). */
    static final String READY = "LEERKRING-READY";
    private static final long TIMEOUT_SECONDS = 60;
    /** Stands for the class-data archive in the options ./leerkring hands over. */
    private static final String ARCHIVE = "@archive";

    private final Path java;
    private final Path plugins;

    /** @param plugins the installation's plugins folder: the launcher, SWT and this bundle as jars */
    Startup(Path java, Path plugins) {
        this.java = java;
        this.plugins = plugins;
    }

    /** Seconds from starting a process to its "window" and "list" lines; NaN for one that did not come. */
    private record Times(double window, double list) {
    }

    /**
     * Starts the bare shell and Leerkring in turns. Leerkring's first start makes its class-data
     * archive (as a new build's first start does for a user) and is shown apart from the median.
     */
    void measure(Report report, Path data, int tries) throws IOException {
        List<Double> bare = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        List<Double> window = new ArrayList<>();
        List<Double> list = new ArrayList<>();
        List<String> command = leerkring(data);
        double first = launch(command).list();
        for (int n = 0; n < tries; n++) {
            bare.add(launch(bareShell()).window());
            empty.add(launch(emptyWindow(data)).window());
            Times leerkring = launch(command);
            window.add(leerkring.window());
            list.add(leerkring.list());
        }
        double floor = median(bare);
        double platform = median(empty);
        double shown = median(window);
        double filled = median(list);
        report.line("JVM options (as ./leerkring)       %s", String.join(" ", vmOptions(data)));
        report.line("first start of a build (archive)   %6.2f s   %5.1fx the bare shell", first, first / floor);
        report.line("bare SWT shell visible             %6.2f s   (median of %d)", floor, tries);
        report.line("empty e4 window, same installation %6.2f s   %5.1fx the bare shell (no parts, no data)", platform,
                platform / floor);
        report.line("Leerkring window visible           %6.2f s   %5.1fx the bare shell", shown, shown / floor);
        report.verdict(filled / floor <= 3.0, String.format(Locale.ROOT,
                "Leerkring session list filled      %6.2f s   %5.1fx the bare shell", filled, filled / floor),
                "<= 3.0x this turn, 2.0x in the end");
    }

    private List<String> bareShell() throws IOException {
        return List.of(java.toString(), "-cp", jar("org.eclipse.swt.gtk.linux.x86_64_") + File.pathSeparator
                + jar("nl.leerkring.bench_"), BareShell.class.getName());
    }

    /**
     * The platform's floor: the same installation, options and theme, with an application model of one
     * empty window and a life cycle that opens no data ({@code floor.e4xmi}, {@link FloorProbe}).
     */
    private List<String> emptyWindow(Path data) throws IOException {
        List<String> command = new ArrayList<>(leerkring(data));
        command.addAll(List.of("-applicationXMI", "nl.leerkring.bench/floor.e4xmi", "-lifeCycleURI",
                "bundleclass://nl.leerkring.bench/" + FloorProbe.class.getName()));
        return command;
    }

    /** As ./leerkring starts it, on the example's unencrypted data, with the probe that says when it is ready. */
    private List<String> leerkring(Path data) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(vmOptions(data));
        command.addAll(List.of("-Dleerkring.data=" + data, "-Dleerkring.demo=true",
                "-Dleerkring.startupProbe=true", "-Dosgi.locking=none", "-Dderby.stream.error.file=" + data.resolve("derby.log"),
                "-Duser.language=nl", "-jar", jar("org.eclipse.equinox.launcher_"), "-data", data.resolve("workbench").toString(),
                "-nl", "nl", "-clearPersistedState"));
        return command;
    }

    /**
     * The JVM options ./leerkring starts the window with (it hands them over in LEERKRING_VM_OPTIONS,
     * one per line), with the class-data archive beside the bench's data instead of the user's.
     */
    private static List<String> vmOptions(Path data) {
        String given = System.getenv().getOrDefault("LEERKRING_VM_OPTIONS", "");
        Path archive = data.resolveSibling("classes.jsa");
        return given.lines().map(String::strip).filter(option -> !option.isEmpty())
                .map(option -> option.replace(ARCHIVE, archive.toString())).toList();
    }

    private String jar(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(plugins)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jar"))
                    .findFirst().orElseThrow(() -> new IOException("no " + prefix + "*.jar in " + plugins)).toString();
        }
    }

    private static Times launch(List<String> command) throws IOException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double window = Double.NaN;
        double list = Double.NaN;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                double seconds = (System.nanoTime() - start) / 1e9;
                if (line.startsWith(READY + " window")) {
                    window = seconds;
                } else if (line.startsWith(READY + " list")) {
                    list = seconds;
                }
            }
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return new Times(window, Double.isNaN(list) ? window : list);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
