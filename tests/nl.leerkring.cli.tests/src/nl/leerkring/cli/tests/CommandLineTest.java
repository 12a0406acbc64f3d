package nl.leerkring.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.leerkring.cli.Commands;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.core.StoreAccess;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/** The admin's commands as they run from ./leerkring, on real databases and real files. */
class CommandLineTest {

    /** What a command printed and returned. */
    record Result(int code, String out, String err) {
    }

    @TempDir
    Path temp;

    static Result run(String... words) {
        return run(prompt -> null, words);
    }

    /** Runs a command whose user answers a password prompt as {@code prompt} does. */
    static Result run(Function<String, String> prompt, String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CommandLineTest::builtIn, Clock.systemDefaultZone(), prompt)
                .run(Arrays.asList(words));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static ProtocolSource builtIn() {
        ServiceTracker<ProtocolSource, ProtocolSource> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(CommandLineTest.class).getBundleContext(), ProtocolSource.class, null);
        tracker.open();
        try {
            return tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void demoFillsAnEmptyFolderWithEveryKindOfDataAndRefusesOneWithData() {
        Path data = temp.resolve("demo");
        Result demo = run("demo", "--data", data.toString());
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("voorbeeldsessies"), demo.out());

        try (JdbcStore locked = new JdbcStore(StoreLocation.embedded(data), null)) {
            assertEquals(StoreAccess.State.LOCKED, locked.state(), "the demo data is encrypted");
        }
        try (JdbcStore store = unlocked(data)) {
            List<SessionSummary> sessions = store.listSessions();
            assertTrue(sessions.size() >= 8, "sessions: " + sessions.size());
            assertTrue(sessions.stream().map(SessionSummary::group).distinct().count() >= 3);
            assertTrue(sessions.stream().map(SessionSummary::protocolId).distinct().count() >= 4);
            List<ActionRecord> actions = sessions.stream().map(SessionSummary::group).distinct()
                    .flatMap(g -> store.actionsOfGroup(g).stream()).toList();
            Set<ActionStatus> statuses = actions.stream().map(r -> r.action().getStatus())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionStatus.class)));
            // Every status an action can reach (a proposal becomes open the moment it has an owner).
            assertEquals(EnumSet.complementOf(EnumSet.of(ActionStatus.PROPOSED)), statuses);
            assertTrue(actions.stream().anyMatch(r -> r.action().getLearning() != null), "learnings");
            assertTrue(actions.stream().flatMap(r -> r.action().getHistory().stream()).anyMatch(c -> c.getSessionId() != null),
                    "review answers");
            assertTrue(actions.stream().anyMatch(r -> !r.action().getNotes().isEmpty()), "progress notes");
        }

        Result again = run("demo", "--data", data.toString());
        assertEquals(1, again.code());
        assertOneLine(again.err());
        assertTrue(again.err().contains("al gegevens"), again.err());
    }

    @Test
    void theExportHasTheDocumentedShapeAndOnlyItsOwnerMayReadIt() throws Exception {
        Path data = temp.resolve("data");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        Path file = temp.resolve("export.json");
        Result export = run("export", "--data", data.toString(), "--to", file.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));

        JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        JsonArray sessions = root.getAsJsonArray("sessions");
        assertTrue(sessions.size() >= 8);
        assertTrue(export.out().contains(sessions.size() + " sessies"), export.out());
        int actions = 0;
        java.util.Set<String> valued = new java.util.TreeSet<>();
        for (JsonElement element : sessions) {
            JsonObject session = element.getAsJsonObject();
            for (String field : List.of("id", "title", "group", "date", "protocol", "items", "actions", "valueRound",
                    "caseRounds", "trajectory", "meeting")) {
                assertTrue(session.has(field), field);
            }
            for (JsonElement item : session.getAsJsonArray("items")) {
                for (String field : List.of("text", "kind", "step")) {
                    assertTrue(item.getAsJsonObject().has(field), field);
                }
            }
            for (JsonElement action : session.getAsJsonArray("actions")) {
                for (String field : List.of("description", "owner", "dueDate", "status", "history", "codes", "subgroup")) {
                    assertTrue(action.getAsJsonObject().has(field), field);
                }
                action.getAsJsonObject().getAsJsonArray("codes").forEach(code -> valued.add(
                        code.getAsJsonObject().get("code").getAsString() + " " + code.getAsJsonObject().get("valence").getAsString()));
                actions++;
            }
        }
        assertTrue(actions > 10, "actions: " + actions);
        assertEquals(java.util.Set.of("VAW.1 POSITIVE"), valued, "what the demo's reviews coded on the actions done");
        assertEquals(3, root.getAsJsonArray("groups").size());
    }

    @Test
    void badInputGetsAOneLineReasonAndChangesNothing() {
        Path empty = temp.resolve("leeg");
        List<Result> refused = List.of(
                run("opruimen"),
                run("export", "--data", empty.toString()),
                run("export", "--data", empty.toString(), "--to", temp.resolve("x.json").toString()),
                run("export", "--data"),
                run("export", "--data", "a", "--db", "postgresql://h/x", "--to", "x.json"),
                run("demo", "--data", empty.toString(), "overbodig"),
                run("db", "init"),
                run("db", "init", "postgresql://h/x?user=anna&password=geheim"),
                run("db", "init", "mysql://h/x"),
                run("db", "init", "postgresql://127.0.0.1:1/leerkring?user=anna"),
                run("db", "move", "--data", empty.toString(), "--to", "postgresql://127.0.0.1:1/x"),
                run("db", "verplaats"));
        for (Result result : refused) {
            assertTrue(result.code() == 1 || result.code() == 2, result.toString());
            assertOneLine(result.err());
            assertFalse(result.err().contains("geheim"), result.err());
        }
        assertTrue(refused.get(9).err().contains("niet bereikbaar"), refused.get(9).err());
        assertFalse(Files.exists(empty), "a refused command leaves no folder behind");
    }

    @Test
    void everyCommandExplainsItself() {
        for (String[] words : new String[][] { { "--help" }, { "demo", "--help" }, { "export", "--help" },
                { "db", "init", "--help" }, { "db", "move", "--help" } }) {
            Result help = run(words);
            assertEquals(0, help.code(), String.join(" ", words));
            assertTrue(help.out().contains("./leerkring"), help.out());
        }
    }

    /** The data folder's store, opened with the passphrase the tests give in LEERKRING_PASSPHRASE. */
    /** The demo data in a new folder {@code data} under {@code temp}. */
    static Path demo(Path temp) {
        Path data = temp.resolve("data");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        return data;
    }

    static JdbcStore unlocked(Path data) {
        return new JdbcStore(StoreLocation.embedded(data), new String(JdbcStore.passphraseFromEnvironment()));
    }

    @Test
    void noFileOfTheDemoDataHoldsItsCaseTextReadably() throws Exception {
        Path data = temp.resolve("versleuteld");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        byte[] needle = "Netwerkberaad met school en oma organiseren".getBytes(StandardCharsets.UTF_8);
        try (var files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(new String(needle, StandardCharsets.ISO_8859_1)), file.toString());
            }
        }
        try (JdbcStore store = unlocked(data)) {
            assertTrue(store.listSessions().size() >= 8, "the text is there, encrypted");
        }
    }

    /** The window's "try it": made-up sample data, unencrypted, that open without a passphrase. */
    @Test
    void plainDemoDataOpenWithoutAPassphrase() {
        Path data = temp.resolve("voorbeeld");
        Result made = run("demo", "--data", data.toString(), "--plain");
        assertEquals(0, made.code(), made.err());
        try (JdbcStore store = new JdbcStore(StoreLocation.embedded(data))) {
            assertEquals(nl.leerkring.core.StoreAccess.State.UNENCRYPTED, store.state());
            store.openUnencrypted();
            assertEquals(8, store.listSessions().size());
        }
    }

    /** A reason for the user: one line, no stack trace, no SQL state, no engine internals. */
    static void assertOneLine(String err) {
        String line = err.strip();
        assertFalse(line.isEmpty(), "a reason is given");
        assertFalse(line.contains("\n"), "one line: " + err);
        for (String internal : List.of("Exception", "SQL", "\tat ", "org.", "derby")) {
            assertFalse(line.contains(internal), internal + " in: " + line);
        }
    }
}
