package nl.leerkring.store.tests;

import static nl.leerkring.store.tests.StoreContract.T0;
import static nl.leerkring.store.tests.StoreContract.item;
import static nl.leerkring.store.tests.StoreContract.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.AccessRefusedException;
import nl.leerkring.core.StoreAccess.State;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/** The database on this computer encrypted at rest, looked at the way an intruder with the disk would. */
class EncryptionTest {

    /** Case text that must never be readable in a file. */
    private static final String MARKER = "Gezin-Vertrouwelijk-4711-Zorgmelding";
    private static final char[] PASSPHRASE = "lange wachtwoordzin".toCharArray();

    @TempDir
    Path data;

    private StoreLocation location() {
        return StoreLocation.embedded(data);
    }

    private void recordMarker(JdbcStore store) {
        store.createSession(session("s-1", "Casus", T0));
        store.addItem("s-1", item("i-1", "casus", MARKER, "Anna"), 0, T0.plusSeconds(1));
    }

    @Test
    void aNewDatabaseIsEncryptedAndNoFileHoldsCaseTextReadably() throws IOException {
        try (JdbcStore store = new JdbcStore(location(), new String(PASSPHRASE))) {
            recordMarker(store);
        }
        assertEquals(List.of(), filesHolding(data, MARKER), "case text readable on disk");
        // Everything Derby wrote is its owner's alone.
        try (Stream<Path> files = Files.walk(location().databaseDirectory())) {
            for (Path file : files.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                assertTrue(permissions.stream().noneMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")),
                        file + " " + permissions);
            }
        }
    }

    @Test
    void theSameGrepFindsTheTextInAnUnencryptedDatabase() throws IOException {
        try (JdbcStore store = new JdbcStore(location())) {
            recordMarker(store);
        }
        assertFalse(filesHolding(data, MARKER).isEmpty(), "the check itself finds plain text");
    }

    @Test
    void aWrongPassphraseIsRefusedAndTheRightOneOpens() {
        try (JdbcStore store = new JdbcStore(location(), new String(PASSPHRASE))) {
            recordMarker(store);
        }
        try (JdbcStore application = new JdbcStore(location(), null)) {
            assertEquals(State.LOCKED, application.state());
            assertThrows(AccessRefusedException.class, application::listSessions);
            AccessRefusedException wrong = assertThrows(AccessRefusedException.class,
                    () -> application.unlock("verkeerde zin".toCharArray()));
            assertTrue(wrong.getMessage().startsWith("Deze wachtwoordzin opent de gegevens niet"), wrong.getMessage());
            assertEquals(State.LOCKED, application.state());
            application.unlock(PASSPHRASE);
            assertEquals(State.OPEN, application.state());
            assertEquals(MARKER, application.loadSession("s-1").orElseThrow().getItems().get(0).getText());
        }
    }

    @Test
    void anUnencryptedDatabaseIsEncryptedInPlaceAndNoPlainCopyRemains() throws IOException {
        try (JdbcStore old = new JdbcStore(location())) {
            recordMarker(old);
        }
        try (JdbcStore application = new JdbcStore(location(), null)) {
            assertEquals(State.UNENCRYPTED, application.state());
            application.unlock(PASSPHRASE);
            assertEquals(MARKER, application.loadSession("s-1").orElseThrow().getItems().get(0).getText());
        }
        assertEquals(List.of(), filesHolding(data, MARKER), "after encrypting, also in backups/");
        try (JdbcStore reopened = new JdbcStore(location(), null)) {
            assertEquals(State.LOCKED, reopened.state());
            reopened.unlock(PASSPHRASE);
            assertEquals(1, reopened.listSessions().size());
        }
    }

    @Test
    void theApplicationMakesNoUnencryptedDatabaseAndKeepsAnOldOneOnlyWhenAsked() {
        try (JdbcStore application = new JdbcStore(location(), null)) {
            assertEquals(State.NEW, application.state());
            assertThrows(AccessRefusedException.class, application::listSessions);
        }
        try (JdbcStore old = new JdbcStore(location())) {
            recordMarker(old);
        }
        try (JdbcStore application = new JdbcStore(location(), null)) {
            application.openUnencrypted();
            assertEquals(1, application.listSessions().size());
        }
    }

    @Test
    void thePassphraseCanBeChanged() {
        char[] next = "een nieuwe zin".toCharArray();
        try (JdbcStore store = new JdbcStore(location(), new String(PASSPHRASE))) {
            recordMarker(store);
            assertThrows(AccessRefusedException.class, () -> store.changePassphrase("fout".toCharArray(), next));
            store.changePassphrase(PASSPHRASE, next);
        }
        try (JdbcStore application = new JdbcStore(location(), null)) {
            assertThrows(AccessRefusedException.class, () -> application.unlock(PASSPHRASE));
            application.unlock(next);
            assertEquals(1, application.listSessions().size());
        }
    }

    /** The files below the folder whose bytes contain the text (as UTF-8, as Derby writes it). */
    static List<Path> filesHolding(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> contains(read(file), needle)).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
