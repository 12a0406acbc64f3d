package nl.leerkring.cli.tests;

import static nl.leerkring.cli.tests.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.cli.tests.CommandLineTest.Result;
import nl.leerkring.core.Core;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.store.JdbcStore;

/**
 * A closed demo session's verslag in Markdown: its title, who was there, the agreed actions, and one
 * heading per step of its method. Redacted, not one case text is left and names become initials.
 */
class ReportCommandTest {

    @TempDir
    Path temp;

    @Test
    void aSessionsReportHasAHeadingPerStepAndRedactedNoCaseText() throws IOException {
        Path data = temp.resolve("data");
        Noord noord = closedNoordSession(data);
        Session session = noord.session();
        Protocol protocol = noord.protocol();

        Path whole = temp.resolve("verslag.md");
        Result result = run("report", "--data", data.toString(), "--session", session.getId(), "--format", "md", "--to",
                whole.toString());
        assertEquals(0, result.code(), result.err());
        String md = Files.readString(whole);
        assertTrue(md.startsWith("# " + session.getTitle() + "\n"), md);
        List<String> stepHeadings = md.lines().filter(line -> line.startsWith("## Stap ")).toList();
        assertEquals(Protocols.steps(protocol).size(), stepHeadings.size(), "one heading per step: " + stepHeadings);
        for (int i = 0; i < stepHeadings.size(); i++) {
            assertTrue(stepHeadings.get(i).startsWith("## Stap " + (i + 1) + ": "
                    + Protocols.text(Protocols.steps(protocol).get(i).getTitle())), stepHeadings.get(i));
        }
        assertTrue(md.contains("## Afgesproken acties"), md);
        for (Item item : session.getItems()) {
            if (item instanceof Action action) {
                assertTrue(md.contains("| " + action.getText() + " | " + action.getOwner() + " |"), action.getText());
            }
        }
        // The review: the group's earlier actions with a change in this session, and only those.
        String reviewed = md.substring(md.indexOf("## Terugblik op eerdere acties"), md.indexOf("## Stap 1"));
        List<Action> earlier = noord.groupActions().stream()
                .filter(r -> !r.sessionId().equals(session.getId())).map(ActionRecord::action).toList();
        for (Action action : earlier) {
            boolean answered = action.getHistory().stream().anyMatch(c -> session.getId().equals(c.getSessionId()));
            assertEquals(answered, reviewed.contains("| " + action.getText() + " |"), action.getText());
        }
        assertTrue(earlier.stream().anyMatch(a -> reviewed.contains(a.getText())), reviewed);
        String someone = session.getParticipants().get(0).getName();
        assertTrue(md.contains("**Aanwezig:** ") && md.contains(someone), md);

        Path redacted = temp.resolve("verslag-extern.md");
        assertEquals(0, run("report", "--data", data.toString(), "--session", session.getTitle(), "--redact",
                "--initials", "--to", redacted.toString()).code());
        String outside = Files.readString(redacted);
        List<String> keptTexts = session.getItems().stream()
                .filter(i -> i instanceof Action || i.getKindId().equals("leerpunt")).map(Item::getText).toList();
        for (Item item : session.getItems()) {
            // An idea the group turned into an action stays, as the action.
            if (!keptTexts.contains(item.getText())) {
                assertFalse(outside.contains(item.getText()), "left out: " + item.getText());
            }
        }
        assertTrue(outside.contains("[casus weggelaten]"), outside);
        assertFalse(outside.contains(someone + ","), "names become initials");
        assertTrue(outside.contains(someone.charAt(0) + "."), outside);
    }

    /** The PDF, read back with OpenPDF's own text extractor, holds the title, the actions and every step. */
    @Test
    void thePdfHoldsTheTitleTheActionsAndTheSteps() throws Exception {
        Path data = temp.resolve("data");
        Noord noord = closedNoordSession(data);
        Session session = noord.session();
        Protocol protocol = noord.protocol();
        Path pdf = temp.resolve("verslag.pdf");
        Result result = run("report", "--data", data.toString(), "--session", session.getId(), "--format", "pdf", "--to",
                pdf.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append(' ');
        }
        reader.close();
        String text = flat(all.toString());
        assertTrue(text.contains(flat(session.getTitle())), text);
        for (Item item : session.getItems()) {
            if (item instanceof Action action) {
                assertTrue(text.contains(flat(action.getText())), "the action " + action.getText());
            }
        }
        for (var step : Protocols.steps(protocol)) {
            assertTrue(text.contains(flat(Protocols.text(step.getTitle()))), "the step " + Protocols.text(step.getTitle()));
        }
    }

    /** The session, its method, and every action of its group as the store holds them. */
    private record Noord(Session session, Protocol protocol, List<ActionRecord> groupActions) {
    }

    /** Demo data, and its most recent closed session of Wijkteam Noord with its method. */
    private static Noord closedNoordSession(Path data) {
        assertEquals(0, run("demo", "--data", data.toString()).code());
        try (JdbcStore store = CommandLineTest.unlocked(data)) {
            String id = store.listSessions().stream()
                    .filter(s -> s.status() == SessionStatus.DONE && "Wijkteam Noord".equals(s.group())).findFirst()
                    .orElseThrow().id();
            Session session = store.loadSession(id).orElseThrow();
            return new Noord(session, Core.on(store, CommandLineTest.builtIn(), Clock.systemDefaultZone()).library()
                    .find(session.getProtocolId(), session.getProtocolVersion()).orElseThrow(),
                    store.actionsOfGroup(session.getGroup()));
        }
    }

    /** Text as one line of single spaces: a PDF breaks lines where the page does. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The HTML report parses, holds one heading per step, and shows a typed tag as text, not markup. */
    @Test
    void theHtmlReportIsOneWellFormedFileWithoutScripts() throws Exception {
        Path data = temp.resolve("data");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        Session session;
        try (JdbcStore store = CommandLineTest.unlocked(data)) {
            String id = store.listSessions().stream().filter(s -> s.status() == SessionStatus.DONE).findFirst()
                    .orElseThrow().id();
            session = store.loadSession(id).orElseThrow();
            Item sneaky = nl.leerkring.model.LeerkringFactory.eINSTANCE.createItem();
            sneaky.setId(java.util.UUID.randomUUID().toString());
            sneaky.setKindId("leerpunt");
            sneaky.setStepId(session.getItems().get(0).getStepId());
            sneaky.setText("<script>alert('x')</script> & \"meer\"");
            sneaky.setCreatedAt(java.time.Instant.now());
            store.addItem(id, sneaky, session.getItems().size(), java.time.Instant.now());
        }
        Path html = temp.resolve("verslag.html");
        Result result = run("report", "--data", data.toString(), "--session", session.getId(), "--format", "html", "--to",
                html.toString());
        assertEquals(0, result.code(), result.err());
        String text = Files.readString(html);
        assertFalse(text.contains("<script"), "no scripts, also not from what was typed");
        assertFalse(text.contains("http://") || text.contains("https://"), "nothing loaded from the internet");
        assertTrue(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;meer&quot;"), text);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        var document = factory.newDocumentBuilder().parse(html.toFile());
        assertEquals("nl", document.getDocumentElement().getAttribute("lang"));
        assertEquals(session.getTitle(), document.getElementsByTagName("h1").item(0).getTextContent());
        long steps = 0;
        var headings = document.getElementsByTagName("h2");
        for (int i = 0; i < headings.getLength(); i++) {
            steps += headings.item(i).getTextContent().startsWith("Stap ") ? 1 : 0;
        }
        assertTrue(steps > 0, "a heading per step");
        assertEquals(1, document.getElementsByTagName("style").getLength(), "the styles inline");
    }

    @Test
    void anUnknownFormatOrSessionIsSaidPlainly() {
        Path data = temp.resolve("data");
        assertEquals(0, run("demo", "--data", data.toString()).code());
        Result docx = run("report", "--data", data.toString(), "--session", "x", "--format", "docx", "--to", "x.docx");
        assertEquals(2, docx.code());
        assertEquals("docx is geen vorm voor een verslag; kies --format md, html of pdf.", docx.err().strip());
        Result unknown = run("report", "--data", data.toString(), "--session", "Bestaat niet", "--to",
                temp.resolve("x.md").toString());
        assertEquals(1, unknown.code());
        assertEquals("Er is geen sessie Bestaat niet.", unknown.err().strip());
        assertFalse(Files.exists(temp.resolve("x.md")));
    }

    /**
     * The group report over the demo's period: every session of the group listed, the charts as
     * inline SVG, and the Markdown with the same sections; redacted, no participant's full name.
     */
    @Test
    void aGroupsReportListsItsSessionsAndDrawsItsCharts() throws Exception {
        Path data = CommandLineTest.demo(temp);
        List<String> titles;
        try (JdbcStore store = CommandLineTest.unlocked(data)) {
            titles = store.listSessions().stream().filter(s -> "Wijkteam Noord".equals(s.group()))
                    .map(nl.leerkring.core.SessionSummary::title).toList();
        }
        Path html = temp.resolve("groep.html");
        Result result = run("report", "--data", data.toString(), "--group", "Wijkteam Noord", "--format", "html", "--to",
                html.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("Het groepsverslag van Wijkteam Noord (" + titles.size() + " sessies) staat in " + html + ".",
                result.out().strip());
        String text = Files.readString(html);
        assertFalse(text.contains("<script") || text.contains(" src=") || text.contains(" href="), "nothing loaded");
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        assertEquals("Groepsverslag Wijkteam Noord", document.getElementsByTagName("h1").item(0).getTextContent());
        assertEquals(7, document.getElementsByTagName("svg").getLength(),
                "seven charts, the learning preferences among them, and the value its reviews coded per cycle, topic and month");
        assertTrue(text.contains("Opbrengst: per onderwerp"), "the demo's completed actions brought a new approach (VAW.1)");
        assertTrue(text.contains("Leervoorkeuren die de sessies dienden"), "the group's mix of learning preferences");
        for (String title : titles) {
            assertTrue(text.contains(title), title);
        }

        Path md = temp.resolve("groep.md");
        assertEquals(0, run("report", "--data", data.toString(), "--group", "Wijkteam Noord", "--redact", "--initials",
                "--to", md.toString()).code());
        String markdown = Files.readString(md);
        for (String heading : List.of("## Bijeenkomsten", "## Acties uit deze periode", "## Waarom acties niet werden uitgevoerd",
                "## Wat de groep leerde", "## Acties per maand, naar hun status nu", "## Afgerond per maand",
                "## Tijd per stap tegen de timebox (gemiddeld)")) {
            assertTrue(markdown.contains(heading + "\n"), heading + " in " + markdown);
        }
        assertTrue(markdown.contains("- Geen tijd / werkdruk: "), markdown);
    }

    @Test
    void aGroupReportSaysWhatIsWrongWithItsGroupOrPeriod() {
        Path data = CommandLineTest.demo(temp);
        Path file = temp.resolve("g.md");
        Result unknown = run("report", "--data", data.toString(), "--group", "Bestaat niet", "--to", file.toString());
        assertEquals(1, unknown.code());
        assertEquals("Er is geen groep Bestaat niet met sessies.", unknown.err().strip());
        Result date = run("report", "--data", data.toString(), "--group", "Wijkteam Noord", "--since", "1-1-2026", "--to",
                file.toString());
        assertEquals(2, date.code());
        assertEquals("1-1-2026 is geen datum; schrijf hem als 2026-01-31.", date.err().strip());
        Result backwards = run("report", "--data", data.toString(), "--group", "Wijkteam Noord", "--since", "2026-06-01",
                "--until", "2026-01-01", "--to", file.toString());
        assertEquals(2, backwards.code());
        assertEquals("De periode loopt achteruit: --since 2026-06-01 ligt na --until 2026-01-01.", backwards.err().strip());
        assertFalse(Files.exists(file));

        // A mistyped folder is said, and no empty database is made there.
        Path typo = temp.resolve("dataa");
        Result none = run("report", "--data", typo.toString(), "--group", "Wijkteam Noord", "--to", file.toString());
        assertEquals(1, none.code());
        CommandLineTest.assertOneLine(none.err());
        assertFalse(Files.exists(typo.resolve("database")), "nothing made where nothing was");
    }
}
