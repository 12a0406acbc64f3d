package nl.leerkring.store.tests;

import java.nio.file.Path;
import java.time.Instant;

import nl.leerkring.model.Item;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/**
 * The other side of {@link CrashTest}: a separate JVM that writes items through the real store and
 * says "ACK n" after each write returned (was committed), until it is killed. The passphrase comes
 * from LEERKRING_PASSPHRASE, as for every script.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        try (JdbcStore store = new JdbcStore(StoreLocation.embedded(data), new String(JdbcStore.passphraseFromEnvironment()))) {
            if (store.loadSession(CrashTest.SESSION).isEmpty()) {
                store.createSession(StoreContract.session(CrashTest.SESSION, "Tot de stroom uitvalt", Instant.now()));
            }
            int position = store.loadSession(CrashTest.SESSION).orElseThrow().getItems().size();
            for (int n = first; n < first + 100_000; n++) {
                Item item = StoreContract.item("i-" + n, "idee", "Idee " + n, "Anna");
                store.addItem(CrashTest.SESSION, item, position++, Instant.now());
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }
}
