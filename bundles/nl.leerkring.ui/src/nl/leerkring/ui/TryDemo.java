package nl.leerkring.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * "Probeer met voorbeeldgegevens": Leerkring a second time, in a window of its own, on a separate
 * folder of made-up sample data (the data of {@code ./leerkring demo}), marked as an example in its
 * title bar. The user's own data folder is not touched. The sample data are made once, by the
 * command line of the same installation, unencrypted: nothing in them is real.
 */
public final class TryDemo {

    /** Set on the sample window, so it opens its unencrypted data without asking and says it is an example. */
    public static final String DEMO_PROPERTY = "leerkring.demo";

    private TryDemo() {
    }

    /** Whether this window shows the sample data. */
    public static boolean isDemo() {
        return Boolean.getBoolean(DEMO_PROPERTY);
    }

    /** The sample folder beside the user's data folder: {@code ~/.leerkring} gets {@code ~/.leerkring-voorbeeld}. */
    public static Path folder(Path data) {
        return data.resolveSibling(data.getFileName() + "-voorbeeld");
    }

    /** The commands that make the sample data and open them; empty when this Leerkring was not started by its launcher. */
    public record Commands(List<String> make, List<String> open) {
    }

    /**
     * The commands for the sample folder, from how this Leerkring was started.
     *
     * @param java      this JVM's program
     * @param arguments this JVM's arguments, as {@code ./leerkring} gave them
     */
    public static Optional<Commands> commands(String java, List<String> arguments, Path demo) {
        int jar = arguments.indexOf("-jar");
        if (java == null || jar < 0 || jar + 1 >= arguments.size()) {
            return Optional.empty();
        }
        String launcher = arguments.get(jar + 1);
        String language = arguments.stream().filter(a -> a.startsWith("-Duser.language=")).findFirst()
                .orElse("-Duser.language=nl");
        String dataProperty = "-Dleerkring.data=" + demo;
        String derbyLog = "-Dderby.stream.error.file=" + demo.resolve("derby.log");
        List<String> make = List.of(java, dataProperty, derbyLog, language, "-jar", launcher, "-application",
                "nl.leerkring.cli.app", "-data", "@none", "-nl", language.substring(language.indexOf('=') + 1), "demo",
                "--data", demo.toString(), "--plain");
        List<String> open = new ArrayList<>();
        open.add(java);
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (i == jar) {
                open.add("-D" + DEMO_PROPERTY + "=true");
            }
            if (argument.startsWith("-Dleerkring.data=")) {
                open.add(dataProperty);
            } else if (argument.startsWith("-Dderby.stream.error.file=")) {
                open.add(derbyLog);
            } else if (argument.startsWith("-Dleerkring.db=") || argument.startsWith("-D" + DEMO_PROPERTY + "=")) {
                // The sample window works on its own folder, never on a team database.
                continue;
            } else if (i > jar && argument.equals("-data") && i + 1 < arguments.size()) {
                open.add(argument);
                open.add(demo.resolve("workbench").toString());
                i++;
            } else {
                open.add(argument);
            }
        }
        if (open.stream().noneMatch(a -> a.startsWith("-Dleerkring.data="))) {
            open.add(1, dataProperty);
        }
        return Optional.of(new Commands(make, open));
    }

    /**
     * Makes the sample data when the folder has none, then opens them in a new window. Runs the
     * command line and waits for it: call it off the UI thread.
     *
     * @return false when the sample could not be made or opened
     */
    public static boolean run(Commands commands, Path demo) {
        try {
            if (!Files.isDirectory(demo.resolve("database"))) {
                Process make = new ProcessBuilder(commands.make()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!make.waitFor(5, TimeUnit.MINUTES) || make.exitValue() != 0) {
                    make.destroy();
                    return false;
                }
            }
            new ProcessBuilder(commands.open()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
