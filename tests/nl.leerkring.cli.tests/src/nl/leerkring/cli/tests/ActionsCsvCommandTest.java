package nl.leerkring.cli.tests;

import static nl.leerkring.cli.tests.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.cli.tests.CommandLineTest.Result;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.store.JdbcStore;

/**
 * The actions as a spreadsheet, read back with the CSV library: as many rows as the store has
 * actions, each with what the store says, also for a text with a semicolon, quotes and a new line;
 * with the byte order mark and the semicolons a Dutch Excel expects.
 */
class ActionsCsvCommandTest {

    private static final String TRICKY = "Bel \"de school\"; daarna:\nvraag naar het verzuim";

    @TempDir
    Path temp;

    @Test
    void theSpreadsheetReadsBackAsTheActionsInTheStore() throws IOException {
        Path data = temp.resolve("data");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        List<ActionRecord> stored;
        try (JdbcStore store = CommandLineTest.unlocked(data)) {
            String sessionId = store.listSessions().stream()
                    .filter(s -> "Wijkteam Noord".equals(s.group())).findFirst().orElseThrow().id();
            Action tricky = LeerkringFactory.eINSTANCE.createAction();
            tricky.setId(UUID.randomUUID().toString());
            tricky.setKindId("actie");
            tricky.setStepId("stap-actie");
            tricky.setText(TRICKY);
            tricky.setOwner("Anna");
            tricky.setStatus(ActionStatus.OPEN);
            tricky.setCreatedAt(Instant.now());
            store.addItem(sessionId, tricky, 0, Instant.now());
            stored = store.actionsOfGroup("Wijkteam Noord");
        }

        Path file = temp.resolve("acties.csv");
        Result result = run("actions", "--data", data.toString(), "--group", "Wijkteam Noord", "--format", "csv",
                "--to", file.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(stored.size() + " acties geschreven naar " + file + ".", result.out().strip());

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte order mark, so Excel reads UTF-8");
        List<CSVRecord> rows;
        try (Reader in = new StringReader(text.substring(1))) {
            rows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords();
        }
        assertEquals(stored.size(), rows.size(), "one row per action");
        assertEquals(List.of("Groep", "Bijeenkomst", "Afgesproken op", "Actie", "Eigenaar", "Uiterlijk", "Status",
                "Keer doorgeschoven", "Wat het opleverde", "Wat ervan is geleerd"), rows.get(0).getParser().getHeaderNames());
        for (ActionRecord record : stored) {
            Action action = record.action();
            CSVRecord row = rows.stream().filter(r -> r.get("Actie").equals(action.getText())).findFirst().orElseThrow(
                    () -> new AssertionError("no row for " + action.getText()));
            assertEquals(record.group(), row.get("Groep"));
            assertEquals(record.sessionTitle(), row.get("Bijeenkomst"));
            assertEquals(String.valueOf(record.sessionDate()), row.get("Afgesproken op"));
            assertEquals(action.getOwner(), row.get("Eigenaar"));
            assertEquals(action.getDueDate() == null ? "volgende bijeenkomst" : action.getDueDate().toString(),
                    row.get("Uiterlijk"));
            assertEquals(ActionLifecycle.label(action.getStatus()), row.get("Status"));
            assertEquals(String.valueOf(action.getCarryOverCount()), row.get("Keer doorgeschoven"));
            assertEquals(action.getOutcome() == null ? "" : action.getOutcome(), row.get("Wat het opleverde"));
            assertEquals(action.getLearning() == null ? "" : action.getLearning(), row.get("Wat ervan is geleerd"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("Actie").equals(TRICKY)), "semicolon, quotes and new line survive");
        assertTrue(Locale.getDefault().getLanguage().equals("nl"), "the tests run with a Dutch interface");
    }

    @Test
    void everyOwnersActionsOrOneOwnersAndOnlyCsv() throws IOException {
        Path data = temp.resolve("data");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        Path all = temp.resolve("alle.csv");
        assertEquals(0, run("actions", "--data", data.toString(), "--to", all.toString()).code());
        int owners;
        int total;
        try (JdbcStore store = CommandLineTest.unlocked(data)) {
            owners = store.actionsOwnedBy("Fatima").size();
            total = store.actionOwners().stream().mapToInt(o -> store.actionsOwnedBy(o).size()).sum();
        }
        assertEquals(total + 1, Files.readString(all).lines().count(), "a header and every action");
        Path fatima = temp.resolve("fatima.csv");
        assertEquals(0, run("actions", "--data", data.toString(), "--owner", "Fatima", "--to", fatima.toString()).code());
        assertEquals(owners + 1, Files.readString(fatima).lines().count());
        Result pdf = run("actions", "--data", data.toString(), "--format", "pdf", "--to", fatima.toString());
        assertEquals(2, pdf.code());
        assertEquals("pdf is geen vorm voor acties; kies --format csv.", pdf.err().strip());
    }
}
