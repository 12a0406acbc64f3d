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

    void measure(Report report, Path data, int tries) throws IOException {
        List<Double> bare = new ArrayList<>();
        List<Double> window = new ArrayList<>();
        List<Double> list = new ArrayList<>();
        for (int n = 0; n < tries; n++) {
            bare.add(launch(bareShell()).window());
            Times leerkring = launch(leerkring(data));
            window.add(leerkring.window());
            list.add(leerkring.list());
        }
        double floor = median(bare);
        double shown = median(window);
        double filled = median(list);
        report.line("bare SWT shell visible             %6.2f s   (median of %d)", floor, tries);
        report.line("Leerkring window visible           %6.2f s   %5.1fx the bare shell", shown, shown / floor);
        report.verdict(filled / floor <= 3.0, String.format(Locale.ROOT,
                "Leerkring session list filled      %6.2f s   %5.1fx the bare shell", filled, filled / floor),
                "<= 3.0x this turn, 2.0x in the end");
    }

    private List<String> bareShell() throws IOException {
        return List.of(java.toString(), "-cp", jar("org.eclipse.swt.gtk.linux.x86_64_") + File.pathSeparator
                + jar("nl.leerkring.bench_"), BareShell.class.getName());
    }

    /** As ./leerkring starts it, on the example's unencrypted data, with the probe that says when it is ready. */
    private List<String> leerkring(Path data) throws IOException {
        return List.of(java.toString(), "-Dleerkring.data=" + data, "-Dleerkring.demo=true",
                "-Dleerkring.startupProbe=true", "-Dosgi.locking=none", "-Dderby.stream.error.file=" + data.resolve("derby.log"),
                "-Duser.language=nl", "-jar", jar("org.eclipse.equinox.launcher_"), "-data", data.resolve("workbench").toString(),
                "-nl", "nl", "-clearPersistedState");
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
