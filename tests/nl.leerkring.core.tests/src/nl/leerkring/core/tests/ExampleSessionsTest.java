package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.ValueRound;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.internal.ActionServiceImpl;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Valence;
import nl.leerkring.store.JdbcStore;

/**
 * The example sessions of the domain digest (section 6) recorded completely through the services,
 * with the names of people replaced by codes as the privacy rules ask. E5, the actieleertraject, is
 * in {@link TrajectoryTest}.
 */
class ExampleSessionsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-11T13:00:00Z"), AMSTERDAM);
    private JdbcStore store;
    private ProtocolLibrary library;
    private SessionService sessions;
    private ActionService actions;

    @BeforeEach
    void setUp() {
        library = Services.get(ProtocolLibrary.class);
        store = JdbcStore.embedded(data);
        sessions = new SessionServiceImpl(store, store, library, clock);
        actions = new ActionServiceImpl(store, store, sessions, clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** E1, then E4 three weeks later: actieleren with three ideas chosen, four actions and a closing round; the review of every action. */
    @Test
    void e1AndE4ActieLerenAndItsFollowUp() {
        Session e1 = start("actieleren", "Wijkteam Oost",
                "WTM-03 (inbrenger)", "WTM-01", "WTM-02", "WTM-04", "WTM-05", "TL-01");
        sessions.valueRound(e1, true);
        add(e1, "casus", "Niet-pluisgevoel bij kind A (7) uit een gezin met schulden", "WTM-03");
        add(e1, "ontwikkelingsvraag", "Hoe bespreek ik mijn zorgen met moeder zonder dat zij het contact verbreekt?", "WTM-03");
        sessions.next(e1);
        add(e1, "open-vraag", "Wat heb je zelf gezien en wat heb je van school gehoord?", "WTM-01");
        add(e1, "open-vraag", "Hoe is jouw contact met moeder tot nu toe?", "WTM-05");
        add(e1, "open-vraag", "Wat maakt dat je aarzelt om het te benoemen?", "TL-01");
        add(e1, "open-vraag", "Wie zijn er nog meer betrokken bij dit gezin?", "WTM-02");
        sessions.next(e1);
        List<Item> ideas = List.of(add(e1, "idee", "Signalen feitelijk vastleggen", "WTM-01"),
                add(e1, "idee", "Eerst anoniem advies vragen bij Veilig Thuis", "WTM-05"),
                add(e1, "idee", "Gesprek voorbereiden met de aandachtsfunctionaris meldcode", "TL-01"),
                add(e1, "idee", "Begin bij wat goed gaat en bij de zorgen over de schulden", "WTM-02"));
        ideas.subList(0, 3).forEach(idea -> sessions.choose(e1, idea, true));
        sessions.next(e1);
        sessions.addAction(e1, "actie", "Signalen feitelijk vastleggen in het dossier", "WTM-03", LocalDate.of(2025, 3, 14));
        sessions.addAction(e1, "actie", "Anoniem advies vragen bij Veilig Thuis", "WTM-03", LocalDate.of(2025, 3, 18));
        sessions.addAction(e1, "actie", "Gespreksvoorbereiding met de aandachtsfunctionaris plannen", "WTM-03", null);
        sessions.addAction(e1, "actie", "Gesprekskaart \u2018zorgen bespreken\u2019 delen met het team", "WTM-02",
                LocalDate.of(2025, 3, 14));
        sessions.next(e1);
        sessions.next(e1);
        sessions.addItem(e1, new ItemEntry(ValueRound.KIND_ID, "Ik sta er niet alleen voor", "WTM-03", null,
                List.of(mark("I.5", Valence.POSITIVE), mark("PW.2", Valence.POSITIVE))));
        sessions.addItem(e1, new ItemEntry(ValueRound.KIND_ID, "De gesprekskaart neem ik mee", "WTM-04", null,
                List.of(mark("LK.2", Valence.POSITIVE))));
        sessions.close(e1);

        Session stored = sessions.open(e1.getId());
        assertEquals(3, stored.getItems().stream().filter(Item::isChosen).count(), "three ideas chosen by the bringer");
        assertEquals(4, stored.getItems().stream().filter(Action.class::isInstance).count());
        assertEquals("Gevoel er niet alleen voor te staan, herkenning W+, Nieuwe idee\u00ebn krijgen W+",
                ItemCodes.line(stored.getProtocol(), stored.getItems().get(stored.getItems().size() - 2)));

        // E4: three weeks later the review answers every action, in every way it can.
        clock.advance(Duration.ofDays(21));
        Session e4 = start("actieleren", "Wijkteam Oost", "WTM-03 (inbrenger)", "WTM-02", "TL-01");
        List<ActionRecord> listed = actions.reviewList(e4);
        assertEquals(4, listed.size());
        actions.reviewDone(e4, listed.get(0), "Vastgelegd; later nuttig in het gesprek", null,
                List.of(mark("VAW.1", Valence.POSITIVE)));
        actions.reviewDone(e4, listed.get(1), "Advies: eerst gesprek met moeder, dan opnieuw wegen", null,
                List.of(mark("VAW.4", Valence.NONE)));
        // Not carried out for lack of time: carried over to a new date.
        actions.reviewContinue(e4, listed.get(2), LocalDate.of(2025, 4, 8));
        actions.reviewAdjust(e4, listed.get(3), "De kaart werkte niet voor dit gezin", "Een eigen versie maken",
                "Teamversie gesprekskaart maken", LocalDate.now(clock).plusWeeks(2));
        assertTrue(actions.unanswered(e4).isEmpty(), "every action has its answer");
        List<ActionStatus> statuses = actions.reviewList(e4).stream().map(r -> r.action().getStatus()).toList();
        assertEquals(List.of(ActionStatus.CLOSED, ActionStatus.CLOSED, ActionStatus.CARRIED_OVER, ActionStatus.ADJUSTED),
                statuses);
        assertEquals(1, actions.reviewList(e4).get(2).action().getCarryOverCount());
        // What the first two brought, coded as applied value: kept with the action, read with its group.
        assertEquals(List.of("Nieuwe aanpak W+", "Kennis meenemen naar andere overleggen", "", ""),
                actions.reviewList(e4).stream().map(r -> ItemCodes.line(null, r.action())).toList());
        assertEquals("Nieuwe aanpak W+", ItemCodes.line(null, sessions.open(e1.getId()).getItems().stream()
                .filter(Action.class::isInstance).findFirst().orElseThrow()));
        assertEquals(1, actions.openOfGroup("Wijkteam Oost").stream()
                .filter(r -> r.action().getText().equals("Teamversie gesprekskaart maken")).count(), "the follow-on");
        Action followOn = e4.getItems().stream().filter(Action.class::isInstance).map(Action.class::cast).findFirst()
                .orElseThrow();
        InputRejectedException tagged = org.junit.jupiter.api.Assertions.assertThrows(InputRejectedException.class,
                () -> sessions.markItem(e4, followOn, List.of(mark("VAW.1", Valence.POSITIVE))));
        assertTrue(tagged.getMessage().contains("terugblik"), "an action's value is coded when it is reviewed");
    }

    /** E2: the case round of a guild meeting (version 2): the case, questions, reflections and two actions. */
    @Test
    void e2TheCaseRoundOfAGuildMeeting() {
        Session e2 = start("gildebijeenkomst", "OTS-gilde Midden", "RM-01 (begeleider)", "JB-04 (inbrenger)",
                "JB-02", "JUR-01 (jurist)", "GW-01 (gedragswetenschapper)");
        while (!sessions.currentStep(e2).getId().equals("stap-casuistiek")) {
            sessions.next(e2);
        }
        add(e2, "casus", "Moeder wil het gezag van vader laten be\u00ebindigen (vechtscheiding, OTS). Welke stappen zijn"
                + " aan mij en welke aan de ouders?", "JB-04");
        add(e2, "open-vraag", "Wat zegt kind B zelf?", "JB-02");
        add(e2, "open-vraag", "Wat staat er in het plan van aanpak over omgang?", "GW-01");
        sessions.addAction(e2, "actie", "Moeder informeren dat zij zelf naar de rechter kan", "JB-04",
                LocalDate.now(clock).plusWeeks(1));
        sessions.addAction(e2, "actie", "Voorbeeldbrieven beschikbaar maken voor het gilde", "JUR-01", null);
        // The value the case round had: bringing in a case (I.3) and a changed view of practice (LK.2).
        sessions.valueRound(e2, true);
        Fill.until(sessions, e2, ValueRound::isRound, "JB-02");
        sessions.addItem(e2, new ItemEntry(ValueRound.KIND_ID, "Potentieel leerkapitaal voor alle leden", "JB-04", null,
                List.of(mark("I.3", Valence.POSITIVE), mark("LK.2", Valence.POSITIVE))));
        sessions.close(e2);
        assertEquals(2, actions.openOfGroup("OTS-gilde Midden").size());
        Session stored = sessions.open(e2.getId());
        assertEquals("Inbrengen van een praktijkprobleem W+, Veranderd idee over de praktijk W+",
                ItemCodes.line(stored.getProtocol(), stored.getItems().get(stored.getItems().size() - 1)));
    }

    /** E9: the six-monthly value review, each answer tagged with its cycle or design principle and valence. */
    @Test
    void e9TheValueReview() {
        Session e9 = start("waardecreatie-review", "OTS-gilde Noord", "FAC-05 (begeleider)", "JB-05");
        told(e9, "waardecreatie", "De bespreking over het familiegroepsplan: iedereen had ervaring", "I.5", Valence.POSITIVE);
        sessions.next(e9);
        told(e9, "waardecreatie", "Voorbeeldbrieven van de jurist", "TK.1", Valence.POSITIVE);
        sessions.next(e9);
        told(e9, "waardecreatie", "Ik kondig de rapportage nu eerst mondeling aan", "VAW.1", Valence.POSITIVE);
        told(e9, "waardecreatie", "De aangereikte methode past niet bij mijn caseload", "VAW.2", Valence.NEGATIVE);
        sessions.next(e9);
        told(e9, "waardecreatie", "Minder bezwaar van ouders tegen rapportages", "VB.1", Valence.POSITIVE);
        sessions.next(e9);
        told(e9, "waardecreatie", "Ik laat soms dingen los; niet alles hoeft via de rechter", "HS.1", Valence.POSITIVE);
        sessions.next(e9);
        told(e9, "ontwerpfeedback", "Liever casu\u00efstiek binnen de eigen regio; themabijeenkomst twee keer per jaar",
                "ritme", Valence.DESIRED);
        sessions.next(e9);
        sessions.close(e9);
        Session stored = sessions.open(e9.getId());
        assertEquals(List.of("Gevoel er niet alleen voor te staan, herkenning W+",
                "Toegang tot informatie: documenten, tools, procedures W+", "Nieuwe aanpak W+",
                "Nieuwe middelen en tools W\u2212", "Voorbeeld van verbeterde praktijk, successen delen W+",
                "Reframen van wat ertoe doet W+",
                "Schep ritme van verschillende activiteiten en communicatie G"),
                stored.getItems().stream().map(i -> ItemCodes.line(stored.getProtocol(), i)).toList());
    }

    /** E11: the design principles in four subgroups, each subgroup's idea kept as theirs. */
    @Test
    void e11DesignPrinciplesInSubgroups() {
        Session e11 = start("ontwerpprincipes-dialoog", "Wijkteamcommunity meldcode", "FAC-06 (begeleider)", "LID-01",
                "LID-02", "LID-03", "LID-04", "LID-05", "LID-06", "LID-07", "LID-08");
        sessions.next(e11);
        String[][] outputs = { { "Subgroep 1", "Elke maand een dilemma en een live gesprek van 45 minuten" },
                { "Subgroep 2", "Meelezers uitnodigen om een keer anoniem een dilemma in te brengen" },
                { "Subgroep 3", "Een besloten ruimte voor casu\u00efstiek, een openbare voor kennis" },
                { "Subgroep 4", "Een medewerker van Veilig Thuis twee keer per jaar te gast" } };
        for (String[] output : outputs) {
            sessions.addItem(e11, new ItemEntry("idee", output[1], null, output[0], List.of()));
        }
        sessions.next(e11);
        sessions.close(e11);
        assertEquals(List.of("Subgroep 1", "Subgroep 2", "Subgroep 3", "Subgroep 4"),
                sessions.open(e11.getId()).getItems().stream().map(Item::getSubgroup).toList());
    }

    /** E17: the weekly bordsessie, its review of last week's actions inside its fifteen minutes. */
    @Test
    void e17TheWeeklyBordsessie() {
        Protocol bord = library.protocols().stream().filter(p -> p.getId().equals("bordsessie")).findFirst().orElseThrow();
        Session week1 = start("bordsessie", "Wijkteam Zuid", "TL-03 (begeleider)", "WTM-41", "WTM-42");
        while (!sessions.currentStep(week1).getId().equals("stap-successen")) {
            sessions.next(week1);
        }
        add(week1, "succes", "Twee gezinnen binnen een week gesproken", "WTM-41");
        sessions.next(week1);
        sessions.next(week1);
        sessions.addAction(week1, "actie", "Wachtlijst nalopen", "WTM-42", null);
        sessions.close(week1);
        clock.advance(Duration.ofDays(7));
        Session week2 = start("bordsessie", "Wijkteam Zuid", "TL-03 (begeleider)", "WTM-41", "WTM-42");
        assertTrue(week2.isActionReview());
        int minutes = sessions.steps(week2).stream().mapToInt(s -> s.getTimeboxMinutes()).sum();
        assertEquals(bord.getDurationMinutes(), minutes, "fifteen minutes, the review within them");
        actions.reviewDone(week2, actions.reviewList(week2).get(0), "Nagelopen", null);
        assertTrue(actions.unanswered(week2).isEmpty());
    }

    private Session start(String protocolId, String group, String... people) {
        Protocol protocol = library.protocols().stream().filter(p -> p.getId().equals(protocolId)).findFirst()
                .orElseThrow();
        return sessions.start(protocol, group, LocalDate.now(clock), group, Attendance.of(List.of(people)));
    }

    private Item add(Session session, String kind, String text, String author) {
        return sessions.addItem(session, kind, text, author);
    }

    private void told(Session session, String kind, String text, String code, Valence valence) {
        sessions.addItem(session, new ItemEntry(kind, text, "JB-05", null, List.of(mark(code, valence))));
    }

    private static CodeMark mark(String code, Valence valence) {
        return ItemCodes.mark(code, valence);
    }
}
