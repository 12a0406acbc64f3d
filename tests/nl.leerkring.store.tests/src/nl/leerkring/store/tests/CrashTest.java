package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.leerkring.model.Item;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/**
 * An honest crash test: another JVM writes through the real store to the encrypted database (its
 * passphrase in LEERKRING_PASSPHRASE, which the child inherits) and is
 * killed (SIGKILL) at a random moment, twenty times; after each kill the database opens and holds
 * every write the killed JVM had acknowledged. It counts, it does not time.
 */
class CrashTest {

    static final String SESSION = "s-crash";
    private static final int KILLS = 20;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int next = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            int wanted = 1 + random.nextInt(60);
            Path errors = data.resolve("writer-" + kill + ".err");
            Process writer = new ProcessBuilder(javaCommand(next)).redirectError(errors.toFile()).start();
            List<Integer> acknowledged = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && acknowledged.size() < wanted; line = out.readLine()) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(Integer.parseInt(line.substring(4)));
                    }
                }
                writer.destroyForcibly();
                assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer died");
            }
            assertEquals(wanted, acknowledged.size(), "kill " + kill + " (seed " + seed + "): the writer wrote "
                    + java.nio.file.Files.readString(errors));
            try (JdbcStore store = new JdbcStore(StoreLocation.embedded(data), new String(JdbcStore.passphraseFromEnvironment()))) {
                Set<String> stored = new HashSet<>();
                for (Item item : store.loadSession(SESSION).orElseThrow().getItems()) {
                    stored.add(item.getId());
                }
                for (int n : acknowledged) {
                    assertTrue(stored.contains("i-" + n), "kill " + kill + " (seed " + seed + "): item " + n + " lost");
                }
                next = acknowledged.get(acknowledged.size() - 1) + 1000;
            }
        }
    }

    /** java with the bundles the store needs as a plain class path, running {@link CrashWriter}. */
    private List<String> javaCommand(int first) throws IOException {
        Set<String> path = new java.util.LinkedHashSet<>();
        for (Bundle bundle : FrameworkUtil.getBundle(CrashTest.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (name.startsWith("nl.leerkring.") || name.equals("derby") || name.startsWith("org.apache.derby")
                    || name.startsWith("org.eclipse.emf.") || name.equals("org.eclipse.osgi")
                    || name.equals("org.eclipse.equinox.common")) {
                path.add(file(bundle));
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, path));
        command.add("-Dderby.stream.error.file=" + data.resolve("derby.log"));
        command.add("-Dleerkring.known=" + System.getProperty("leerkring.known"));
        command.add(CrashWriter.class.getName());
        command.add(data.toString());
        command.add(Integer.toString(first));
        return command;
    }

    /** Where the bundle is: its jar, or (for a bundle of this build) its classes folder. */
    private static String file(Bundle bundle) {
        if (bundle.getBundleId() == 0) {
            // The framework itself (for NLS): where its classes were loaded from.
            try {
                return Path.of(org.eclipse.osgi.util.NLS.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        // Locations look like initial@reference:file:../../../.m2/…jar, relative to the install area.
        String location = bundle.getLocation().replaceFirst("^initial@", "").replaceFirst("^reference:", "")
                .replaceFirst("^file:", "");
        Path file = Path.of(location);
        if (!file.isAbsolute()) {
            file = Path.of(URI.create(System.getProperty("osgi.install.area"))).resolve(file).normalize();
        }
        Path classes = file.resolve("target").resolve("classes");
        return (java.nio.file.Files.isDirectory(classes) ? classes : file).toString();
    }
}
