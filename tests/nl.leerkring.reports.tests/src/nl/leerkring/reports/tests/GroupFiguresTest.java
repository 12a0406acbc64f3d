package nl.leerkring.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.ValueRound;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Code;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;
import nl.leerkring.model.StepTime;
import nl.leerkring.model.Valence;
import nl.leerkring.reports.GroupFigures;
import nl.leerkring.reports.GroupReport;
import nl.leerkring.reports.HtmlReport;
import nl.leerkring.reports.MarkdownReport;
import nl.leerkring.reports.PdfReport;
import nl.leerkring.reports.Period;
import nl.leerkring.reports.SessionReport;
import nl.leerkring.reports.charts.Chart;
import nl.leerkring.reports.charts.SvgChart;

/**
 * The numbers behind a group's charts, from sessions and actions made by hand so every figure is
 * known: actions by status per month, completion per month, time per step against the timebox;
 * and the charts drawn as well-formed SVG and as PDF text.
 */
class GroupFiguresTest {

    private static final LeerkringFactory MAKE = LeerkringFactory.eINSTANCE;
    private static final Period FIRST_QUARTER = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 12);
    private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 9);

    @Test
    void actionsAreCountedByTheirStatusNowInTheMonthTheyWereAgreed() {
        Chart chart = GroupFigures.statusByMonth(actions(), FIRST_QUARTER);
        assertEquals(List.of("jan 2026", "feb 2026", "mrt 2026"), chart.categories().stream().map(GroupFiguresTest::plain).toList());
        assertEquals(List.of("Afgerond", "Open of bezig", "Doorgeschoven", "Niet uitgevoerd", "Vervallen"),
                chart.series().stream().map(Chart.Series::name).toList());
        assertEquals(List.of(2.0, 0.0, 0.0), values(chart, 0), "done: both closed in January");
        assertEquals(List.of(1.0, 0.0, 0.0), values(chart, 1), "open");
        assertEquals(List.of(0.0, 1.0, 0.0), values(chart, 2), "carried over");
        assertEquals(List.of(0.0, 1.0, 0.0), values(chart, 3), "not carried out");
        assertEquals(List.of(0.0, 1.0, 0.0), values(chart, 4), "dropped");
        assertEquals(3.0, chart.total(0), "December's action lies outside the period");
    }

    @Test
    void completionIsTheShareDonePerMonthWithActions() {
        Chart chart = GroupFigures.completionByMonth(actions(), FIRST_QUARTER);
        assertEquals(List.of("jan 2026", "feb 2026"), chart.categories().stream().map(GroupFiguresTest::plain).toList(),
                "March agreed nothing, so it has no rate");
        assertEquals(List.of(66.7, 0.0), values(chart, 0));
        assertEquals(100.0, chart.fixedMax());
    }

    @Test
    void stepTimesAreAveragedAgainstTheTimeboxLeavingSkippedStepsOut() {
        Protocol method = method("intervisie", "Intervisie", "inbreng", "Inbreng", 10, "vragen", "Vragen", 5);
        Session first = session(method, JANUARY);
        time(first, "inbreng", 600, 600, null);
        time(first, "vragen", 420, 300, null);
        Session second = session(method, FEBRUARY);
        time(second, "inbreng", 480, 600, null);
        time(second, "vragen", 60, 300, "Geen tijd meer");

        Chart chart = GroupFigures.stepTimes(List.of(first, second));
        assertEquals(List.of("Inbreng", "Vragen"), chart.categories());
        assertEquals(List.of(9.0, 7.0), values(chart, 0), "minutes used on average; the skipped step is not counted");
        assertEquals(Arrays.asList(10.0, 5.0), chart.targets());

        Protocol other = method("actieleren", "Actieleren", "casus", "Casus", 15, "acties", "Acties", 10);
        Session third = session(other, FEBRUARY);
        time(third, "casus", 900, 900, null);
        Chart both = GroupFigures.stepTimes(List.of(first, second, third));
        assertEquals(List.of("Intervisie \u00b7 Inbreng", "Intervisie \u00b7 Vragen", "Actieleren \u00b7 Casus"), both.categories(),
                "with two methods each step says which");
    }

    @Test
    void theGroupReportCountsReasonsLearningsAndActionsCarriedOften() {
        Protocol method = method("intervisie", "Intervisie", "inbreng", "Inbreng", 10, "vragen", "Vragen", 5);
        Session january = session(method, JANUARY);
        january.getParticipants().add(participant("Anna de Boer", true));
        january.getParticipants().add(participant("Bram", false));
        Item learned = MAKE.createItem();
        learned.setKindId("leerpunt");
        learned.setText("Bel eerst school, 06-12345678 weet meer");
        january.getItems().add(learned);

        GroupReport report = GroupReport.of(new GroupReport.Data("Wijkteam Noord", FIRST_QUARTER, List.of(january), actions()),
                SessionReport.Options.WHOLE);
        assertEquals(new GroupReport.Figures(6, 2, 2, 1, 1, 1, 33.3), report.figures());
        assertEquals(List.of(new GroupReport.Count("Geen tijd / werkdruk", 1)), report.reasons());
        assertEquals(List.of("Bel eerst school, 06-12345678 weet meer", "Samen aanbellen opent deuren"), report.learnings());
        assertEquals(List.of(new GroupReport.Carried("Oma vragen", "Bram", 3)), report.carriedOften());
        assertEquals(List.of("Datum", "Bijeenkomst", "Methode", "Aanwezig"), report.sessionTable().get(0));
        assertEquals("1 van 2", report.sessionTable().get(1).get(3));

        GroupReport outside = GroupReport.of(new GroupReport.Data("Wijkteam Noord", FIRST_QUARTER, List.of(january), actions()),
                new SessionReport.Options(true, true));
        assertFalse(String.join(" ", outside.learnings()).contains("06-12345678"), outside.learnings().toString());
        assertEquals("B.", outside.carriedOften().get(0).owner());

        String md = MarkdownReport.render(report);
        assertTrue(md.startsWith("# Groepsverslag Wijkteam Noord\n"), md);
        assertTrue(md.contains("## Acties per maand, naar hun status nu\n\n|  | Afgerond | Open of bezig |"), md);
    }

    @Test
    void theGroupsMixOfLearningPreferencesNamesWhatNoSessionServed() {
        Protocol intervision = method("intervisie", "Intervisie", "inbreng", "Inbreng", 10, "vragen", "Vragen", 5);
        intervision.getLearningPreferences().add(LearningPreference.PARTICIPEREN);
        Protocol roleplay = method("rollenspel", "Rollenspel", "spel", "Spel", 20, "nabespreken", "Nabespreken", 10);
        roleplay.getLearningPreferences().addAll(List.of(LearningPreference.OEFENEN, LearningPreference.PARTICIPEREN));
        List<Session> held = List.of(session(intervision, JANUARY), session(intervision, FEBRUARY), session(roleplay, FEBRUARY));

        GroupReport report = GroupReport.of(new GroupReport.Data("Wijkteam Noord", FIRST_QUARTER, held, actions()),
                SessionReport.Options.WHOLE);
        Chart mix = report.charts().get(3);
        assertEquals(List.of("Kunst afkijken", "Participeren", "Kennis verwerven", "Oefenen", "Ontdekken"), mix.categories());
        assertEquals(List.of(0.0, 3.0, 0.0, 1.0, 0.0), values(mix, 0), "a session counts for each preference its method serves");
        assertEquals(List.of(LearningPreference.KUNST_AFKIJKEN, LearningPreference.KENNIS_VERWERVEN,
                LearningPreference.ONTDEKKEN), report.unserved());
        GroupReport.Listing unserved = report.listings().get(3);
        assertEquals("Leervoorkeuren die geen sessie diende", unserved.heading());
        assertEquals("Ontdekken: geen sessie met een methode voor deze voorkeur", unserved.lines().get(2));
        assertTrue(MarkdownReport.render(report).contains("Kennis verwerven: geen sessie"));

        GroupReport none = GroupReport.of(new GroupReport.Data("Wijkteam Noord", FIRST_QUARTER, List.of(), actions()),
                SessionReport.Options.WHOLE);
        assertEquals(List.of(), none.unserved(), "no sessions, no advice");
    }

    /**
     * A group's value profile: what it told, per value cycle and valence, with every cycle of the
     * list shown, so applied and realised value nobody spoke of stand out at zero; and the stories.
     */
    @Test
    void theValueProfileCountsWhatWasToldPerCycleAndValence() {
        Protocol review = method("waardecreatie-review", "Waardecreatie-review", "ronde", "Ronde", 10, "slot", "Slot", 5);
        ItemKind value = MAKE.createItemKind();
        value.setId("waardecreatie");
        value.setName(text("Waardecreatie"));
        for (String[] code : new String[][] { { "onmiddellijk", "Onmiddellijke waarde" }, { "potentieel", "Potenti\u00eble waarde" },
                { "toegepast", "Toegepaste waarde" }, { "gerealiseerd", "Gerealiseerde waarde" } }) {
            Code c = MAKE.createCode();
            c.setId(code[0]);
            c.setName(text(code[1]));
            value.getCodes().add(c);
        }
        review.getItemKinds().add(value);
        Session spring = session(review, JANUARY);
        spring.getItems().add(told("De jurist gaf rust", "onmiddellijk", Valence.POSITIVE, "potentieel", Valence.POSITIVE));
        spring.getItems().add(told("Het stuk paste niet op mijn caseload", "toegepast", Valence.NEGATIVE));
        spring.getItems().add(told("Ik wil vaker meekijken bij een collega", "toegepast", Valence.DESIRED));

        List<Chart> profiles = GroupFigures.valueProfiles(List.of(spring));
        assertEquals(1, profiles.size(), "one code list");
        Chart profile = profiles.get(0);
        assertEquals("Waardecreatie: wat de groep vertelde, per code en waardering", profile.title());
        assertEquals(List.of("Onmiddellijke waarde", "Potenti\u00eble waarde", "Toegepaste waarde", "Gerealiseerde waarde"),
                profile.categories());
        assertEquals(List.of("W+ positief", "W\u2212 negatief", "G gewenst", "zonder waardering"),
                profile.series().stream().map(Chart.Series::name).toList());
        assertEquals(List.of(1.0, 1.0, 0.0, 0.0), values(profile, 0), "positive");
        assertEquals(List.of(0.0, 0.0, 1.0, 0.0), values(profile, 1), "negative");
        assertEquals(List.of(0.0, 0.0, 1.0, 0.0), values(profile, 2), "desired");
        assertEquals(0.0, profile.total(3), "nobody told of realised value");

        GroupReport report = GroupReport.of(new GroupReport.Data("OTS-gilde", FIRST_QUARTER, List.of(spring), actions()),
                SessionReport.Options.WHOLE);
        assertEquals(profile.categories(), report.charts().get(4).categories());
        assertEquals(List.of("Onmiddellijke waarde W+, Potenti\u00eble waarde W+: De jurist gaf rust",
                "Toegepaste waarde W\u2212: Het stuk paste niet op mijn caseload",
                "Toegepaste waarde G: Ik wil vaker meekijken bij een collega"), report.valueStories());
        assertEquals(4, GroupReport.of(new GroupReport.Data("Wijkteam", FIRST_QUARTER, List.of(session(
                method("intervisie", "Intervisie", "a", "A", 5, "b", "B", 5), JANUARY)), actions()),
                SessionReport.Options.WHOLE).charts().size(), "no code lists, no value chart");
    }

    /**
     * With the study's codes (E1, E4): a code counts for its cycle and its topic, a topic chart joins
     * the cycles', and what a review coded on an action counts with what the closing round told.
     */
    @Test
    void codesCountForTheirCycleAndTopicAndActionsAddTheirValue() {
        Protocol method = method("actieleren", "Actieleren", "casus", "Casus", 10, "acties", "Acties", 5);
        Session e1 = session(method, JANUARY);
        e1.setValueRound(true);
        Item told = told("Ik sta er niet alleen voor", "onmiddellijk", Valence.POSITIVE, "I.5", Valence.POSITIVE, "PW.2",
                Valence.POSITIVE);
        told.setKindId(ValueRound.KIND_ID);
        e1.getItems().add(told);
        Action recorded = MAKE.createAction();
        recorded.setId("a-101");
        recorded.setKindId("actie");
        recorded.setText("Signalen feitelijk vastleggen");
        recorded.setOutcome("Vastgelegd; later nuttig");
        recorded.getMarks().add(ItemCodes.mark("VAW.1", Valence.POSITIVE));
        e1.getItems().add(recorded);

        List<Chart> charts = GroupFigures.valueProfiles(List.of(e1));
        assertEquals(2, charts.size(), "the cycles and their topics");
        assertEquals(List.of(1.0, 1.0, 1.0, 0.0, 0.0), values(charts.get(0), 0), "I.5, PW.2 and VAW.1 under their cycles; the cycle and its code once");
        Chart topics = charts.get(1);
        assertEquals("Opbrengst: per onderwerp", topics.title());
        assertEquals(11, topics.categories().size());
        assertEquals(1.0, values(topics, 0).get(topics.categories().indexOf("Interacties in de groep")));
        assertEquals(1.0, values(topics, 0).get(topics.categories().indexOf("Veranderde werkpraktijk")));
        assertEquals(0.0, values(topics, 0).get(topics.categories().indexOf("Herdefini\u00ebring van succes")));

        // Over time: what was told in January, and what the action brought when February's review closed it.
        nl.leerkring.model.StatusChange closed = MAKE.createStatusChange();
        closed.setAt(FEBRUARY.atTime(20, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
        closed.setFrom(ActionStatus.DONE);
        closed.setTo(ActionStatus.CLOSED);
        recorded.getHistory().add(closed);
        Chart months = GroupFigures.valueByMonth(List.of(e1), FIRST_QUARTER);
        assertEquals("Waarde per maand, per waardecyclus", months.title());
        assertEquals(3, months.categories().size());
        assertEquals(List.of(1.0, 0.0, 0.0), values(months, 0), "immediate value in January, the cycle and I.5 once");
        assertEquals(List.of(1.0, 0.0, 0.0), values(months, 1), "potential value (PW.2) in January");
        assertEquals(List.of(0.0, 1.0, 0.0), values(months, 2), "applied value when the review closed the action");
        assertEquals(List.of(0.0, 0.0, 0.0), values(months, 3), "no realised value");
        assertEquals(List.of(0.0, 0.0, 0.0), values(months, 4), "no reframing value");

        GroupReport report = GroupReport.of(new GroupReport.Data("Wijkteam Oost", FIRST_QUARTER, List.of(e1), actions()),
                SessionReport.Options.WHOLE);
        assertEquals(months.title(), report.charts().get(report.charts().size() - 1).title(), "the report shows it last");
        assertTrue(report.valueStories().contains("Nieuwe aanpak W+: Signalen feitelijk vastleggen \u2014 Vastgelegd; later nuttig"),
                report.valueStories().toString());
    }

    private static Item told(String text, Object... marks) {
        Item item = MAKE.createItem();
        item.setId(text);
        item.setKindId("waardecreatie");
        item.setText(text);
        for (int i = 0; i < marks.length; i += 2) {
            CodeMark mark = MAKE.createCodeMark();
            mark.setCodeId((String) marks[i]);
            mark.setValence((Valence) marks[i + 1]);
            item.getMarks().add(mark);
        }
        return item;
    }

    @Test
    void chartsAreWellFormedSvgInTheHtmlAndVectorTextInThePdf() throws Exception {
        Chart chart = GroupFigures.statusByMonth(actions(), FIRST_QUARTER);
        Document svg = parse(SvgChart.svg(chart, 640));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals(5, svg.getElementsByTagName("rect").getLength() - 5, "a rectangle per bar segment besides the legend's five");

        Protocol method = method("intervisie", "Intervisie", "inbreng", "Inbreng", 10, "vragen", "Vragen", 5);
        Session january = session(method, JANUARY);
        time(january, "inbreng", 600, 600, null);
        GroupReport report = GroupReport.of(new GroupReport.Data("Wijkteam Noord", FIRST_QUARTER, List.of(january), actions()),
                SessionReport.Options.WHOLE);
        Document html = parse(HtmlReport.render(report));
        assertEquals(4, html.getElementsByTagName("svg").getLength(), "four charts");

        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(PdfReport.render(report));
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        reader.close();
        String all = text.toString().replaceAll("\\s+", " ");
        for (String expected : List.of("Groepsverslag Wijkteam Noord", "Acties per maand", "Afgerond per maand",
                "Tijd per stap", "Inbreng", "Timebox", "66,7%", "Leervoorkeuren die de sessies dienden")) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
    }

    /** Six actions in January and February, one from December before the period. */
    private static List<ActionRecord> actions() {
        List<ActionRecord> actions = new ArrayList<>();
        actions.add(action("Huisbezoek voorbereiden", "Anna", JANUARY, ActionStatus.CLOSED, 0, "Samen aanbellen opent deuren"));
        actions.add(action("Jurist bellen", "Chris", JANUARY, ActionStatus.ADJUSTED, 0, null));
        actions.add(action("Sociale kaart bijwerken", "Dewi", JANUARY, ActionStatus.OPEN, 0, null));
        actions.add(action("Oma vragen", "Bram", FEBRUARY, ActionStatus.CARRIED_OVER, 3, null));
        ActionRecord notDone = action("Training volgen", "Eva", FEBRUARY, ActionStatus.NOT_CARRIED_OUT, 0, null);
        notDone.action().setReason(ActionReason.NO_TIME);
        actions.add(notDone);
        actions.add(action("Verslag delen", "Anna", FEBRUARY, ActionStatus.CANCELLED, 0, null));
        actions.add(action("Eerder, buiten de periode", "Anna", LocalDate.of(2025, 12, 15), ActionStatus.CLOSED, 0, null));
        return actions;
    }

    private static ActionRecord action(String text, String owner, LocalDate agreed, ActionStatus status, int carried,
            String learning) {
        Action action = MAKE.createAction();
        action.setId(text);
        action.setText(text);
        action.setOwner(owner);
        action.setStatus(status);
        action.setCarryOverCount(carried);
        action.setLearning(learning);
        return new ActionRecord(action, "s-" + agreed, "Sessie " + agreed, "Wijkteam Noord", agreed);
    }

    private static Protocol method(String id, String name, String step1, String title1, int box1, String step2, String title2,
            int box2) {
        Protocol protocol = MAKE.createProtocol();
        protocol.setId(id);
        protocol.setName(text(name));
        Phase phase = MAKE.createPhase();
        phase.getSteps().add(step(step1, title1, box1));
        phase.getSteps().add(step(step2, title2, box2));
        protocol.getPhases().add(phase);
        return protocol;
    }

    private static Step step(String id, String title, int timebox) {
        Step step = MAKE.createStep();
        step.setId(id);
        step.setTitle(text(title));
        step.setTimeboxMinutes(timebox);
        return step;
    }

    private static Session session(Protocol protocol, LocalDate date) {
        Session session = MAKE.createSession();
        session.setId("s-" + date + "-" + protocol.getId());
        session.setProtocolId(protocol.getId());
        session.setProtocol(protocol);
        session.setTitle("Sessie " + date);
        session.setDate(date);
        session.setStatus(SessionStatus.DONE);
        return session;
    }

    private static void time(Session session, String stepId, int elapsed, int timebox, String skipped) {
        StepTime time = MAKE.createStepTime();
        time.setStepId(stepId);
        time.setElapsedSeconds(elapsed);
        time.setTimeboxSeconds(timebox);
        time.setSkipReason(skipped);
        session.getStepTimes().add(time);
    }

    private static nl.leerkring.model.Participant participant(String name, boolean present) {
        nl.leerkring.model.Participant participant = MAKE.createParticipant();
        participant.setName(name);
        participant.setPresent(present);
        return participant;
    }

    private static LocalizedText text(String nl) {
        LocalizedText text = MAKE.createLocalizedText();
        text.setNl(nl);
        return text;
    }

    private static List<Double> values(Chart chart, int series) {
        return chart.series().get(series).values();
    }

    /** Month abbreviations as the JDK writes them, without the dot some locales add. */
    private static String plain(String month) {
        return month.replace(".", "");
    }
}
