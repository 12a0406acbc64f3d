package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
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
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.store.JdbcStore;

/**
 * The session engine's rules, run headless against the real built-in protocol and a real Derby
 * database in a temporary folder. "Changes nothing" is checked in memory and in the database.
 */
class SessionServiceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, AMSTERDAM);

    @TempDir
    Path data;

    private JdbcStore store;
    private SessionService service;
    private Protocol actieleren;

    @BeforeEach
    void setUp() {
        ProtocolLibrary library = Services.get(ProtocolLibrary.class);
        actieleren = library.find("actieleren", 1).orElseThrow();
        store = JdbcStore.embedded(data);
        service = new SessionServiceImpl(store, store, library, Clock.fixed(NOW, AMSTERDAM));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Session start() {
        return service.start(actieleren, "Wijkteam Noord", TODAY, List.of("Anna", " Bram ", "", "Chris"));
    }

    private Session stored(Session session) {
        return store.loadSession(session.getId()).orElseThrow();
    }

    @Test
    void startStoresTheSessionAtTheFirstStep() {
        Session session = start();
        assertEquals(0, session.getCurrentStep());
        assertEquals(SessionStatus.RUNNING, session.getStatus());
        assertEquals(List.of("Anna", "Bram", "Chris"), session.getParticipants().stream().map(p -> p.getName()).toList());
        Session stored = stored(session);
        assertEquals("Wijkteam Noord", stored.getTitle());
        assertEquals(TODAY, stored.getDate());
        assertEquals(3, stored.getParticipants().size());
        assertEquals("Casus en ontwikkelingsvraag", service.currentStep(session).getTitle().getNl());
    }

    @Test
    void whoWasThereWhoWasNotAndWhoCameAsAGuest() {
        Session session = service.start(actieleren, "Noord", TODAY, "Wijkteam Noord",
                new Attendance(List.of("Anna (inbrenger)", "Bram", "Dina"), List.of("Chris"), java.util.Set.of("Dina")));
        Attendance stored = Attendance.of(stored(session));
        assertEquals(List.of("Anna", "Bram"), stored.present());
        assertEquals(List.of("Chris"), stored.absent());
        assertEquals(java.util.Set.of("Dina"), stored.guests());
        var listed = store.listSessions().get(0);
        assertEquals(List.of(2, 3), List.of(listed.present(), listed.members()), "2 of the 3 members were there");
        assertEquals(List.of("Anna", "Bram", "Dina"), Attendance.present(session).stream().map(p -> p.getName()).toList(),
                "whose turn it can be in a round");
        assertEquals(List.of("Anna", "Bram"), service.lastParticipants("Wijkteam Noord").stream().map(p -> p.getName())
                .toList(), "the next session starts with the members who came");
        assertThrows(InputRejectedException.class, () -> service.start(actieleren, "Noord", TODAY, "Wijkteam Noord",
                new Attendance(List.of("Anna (notulist van elders)"), List.of(), java.util.Set.of())), "an unknown role");
    }

    @Test
    void aSessionWithoutTitleIsRefusedAndNothingIsStored() {
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.start(actieleren, "   ", TODAY, List.of()));
        assertEquals("Geef de sessie een titel.", e.getMessage());
        assertTrue(store.listSessions().isEmpty());
    }

    @Test
    void anInvalidProtocolCannotStartASessionAndEveryProblemIsNamed() {
        Protocol broken = org.eclipse.emf.ecore.util.EcoreUtil.copy(actieleren);
        broken.getName().setNl("Actieleren (concept)");
        nl.leerkring.core.Protocols.steps(broken).get(1).setInstruction(null);
        broken.getRoles().forEach(role -> role.setOwnsActions(false));
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.start(broken, "Wijkteam Noord", TODAY, List.of()));
        assertEquals("De werkvorm \u2018Actieleren (concept)\u2019 kan niet worden gestart:\n"
                + "\u2013 De stap \u2018Open vragen\u2019 heeft geen instructie voor de begeleider.\n"
                + "\u2013 De stap \u2018De actie-eigenaar bepalen\u2019 legt acties vast, maar geen van de rollen in die"
                + " stap kan actie-eigenaar zijn.", e.getMessage());
        assertTrue(store.listSessions().isEmpty());
    }

    @Test
    void emptyCaseTextIsRefusedWithTheKindNamed() {
        Session session = start();
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.addItem(session, "casus", " \n ", null));
        assertEquals("Vul eerst de tekst in voor \u2018Casus\u2019.", e.getMessage());
        assertTrue(session.getItems().isEmpty());
        assertTrue(stored(session).getItems().isEmpty());
    }

    @Test
    void aStepAcceptsOnlyTheKindsItCollects() {
        Session session = start();
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.addItem(session, "open-vraag", "Wat heb je al geprobeerd?", null));
        assertEquals("In de stap \u2018Casus en ontwikkelingsvraag\u2019 wordt geen \u2018Open vraag\u2019 vastgelegd.",
                e.getMessage());
        assertTrue(stored(session).getItems().isEmpty());
    }

    @Test
    void theFirstStepTakesOneCaseOnly() {
        Session session = start();
        service.addItem(session, "casus", "Gezin met drie kinderen, moeder (M.) overbelast.", "Anna");
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.addItem(session, "casus", "Nog een casus", null));
        assertTrue(e.getMessage().contains("hoogstens 1"), e.getMessage());
        assertEquals(1, stored(session).getItems().size());
    }

    @Test
    void nextSaysWhatTheStepStillNeedsAndStaysPut() {
        Session session = start();
        service.addItem(session, "casus", "Jongere (J., 15) verzuimt school.", null);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> service.next(session));
        assertEquals("Leg in deze stap eerst vast: \u2018Ontwikkelingsvraag\u2019 (nog 1).", e.getMessage());
        assertEquals(0, session.getCurrentStep());
        assertEquals(0, stored(session).getCurrentStep());
    }

    @Test
    void navigationWalksAllFiveStepsAndBack() {
        Session session = start();
        assertFalse(service.hasPrevious(session));
        assertThrows(InputRejectedException.class, () -> service.previous(session));
        service.addItem(session, "casus", "Casus", null);
        service.addItem(session, "ontwikkelingsvraag", "Hoe blijf ik naast het gezin staan?", null);
        service.next(session);
        service.addItem(session, "open-vraag", "Wat zegt het gezin zelf?", "Bram");
        service.next(session);
        service.addItem(session, "idee", "Samen met de school in gesprek", "Chris");
        service.next(session);
        service.addAction(session, "actie", "Gesprek met school plannen", "Anna", TODAY.plusDays(7));
        service.next(session);
        assertEquals(4, session.getCurrentStep());
        assertFalse(service.hasNext(session));
        InputRejectedException last = assertThrows(InputRejectedException.class, () -> service.next(session));
        assertEquals("Dit is de laatste stap; rond de sessie af als jullie klaar zijn.", last.getMessage());
        service.previous(session);
        assertEquals(3, session.getCurrentStep());
        assertEquals(3, stored(session).getCurrentStep());
    }

    @Test
    void anActionNeedsAnOwner() {
        Session session = atActionStep();
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.addAction(session, "actie", "Huisbezoek samen met school", "  ", TODAY));
        assertEquals("Wie gaat dit doen? Een actie heeft een actie-eigenaar nodig.", e.getMessage());
        assertEquals(4, stored(session).getItems().size());
    }

    @Test
    void anActionCannotBeDueInThePast() {
        Session session = atActionStep();
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.addAction(session, "actie", "Terugbellen", "Bram", TODAY.minusDays(1)));
        assertTrue(e.getMessage().startsWith("De datum 2026-11-23 ligt in het verleden"), e.getMessage());
        assertEquals(4, session.getItems().size());
        assertEquals(4, stored(session).getItems().size());
    }

    @Test
    void anActionIsRecordedWithOwnerAndDueDateOrNextSession() {
        Session session = atActionStep();
        service.addAction(session, "actie", "Gesprek met school plannen", "Anna", TODAY);
        service.addAction(session, "actie", "Navragen bij collega jeugdarts", "Chris", null);
        List<Action> actions = stored(session).getItems().stream().filter(Action.class::isInstance)
                .map(Action.class::cast).toList();
        assertEquals(List.of("Anna", "Chris"), actions.stream().map(Action::getOwner).toList());
        assertEquals(TODAY, actions.get(0).getDueDate());
        assertNull(actions.get(1).getDueDate(), "no date means: next session");
        assertEquals("stap-actie-eigenaar", actions.get(0).getStepId());
    }

    @Test
    void anActionKindCannotBeAddedAsAPlainItem() {
        Session session = atActionStep();
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.addItem(session, "actie", "Zonder eigenaar", null));
        assertEquals("\u2018Actie\u2019 is een actie: leg die vast met een actie-eigenaar.", e.getMessage());
    }

    @Test
    void removingAnItemRemovesItFromTheDatabase() {
        Session session = start();
        Item item = service.addItem(session, "casus", "Verkeerde casus", null);
        service.removeItem(session, item);
        assertTrue(session.getItems().isEmpty());
        assertTrue(stored(session).getItems().isEmpty());
    }

    @Test
    void aClosedSessionTakesNoMoreInput() {
        Session session = start();
        service.close(session);
        assertEquals(SessionStatus.DONE, stored(session).getStatus());
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.addItem(session, "casus", "Te laat", null));
        assertEquals("Deze sessie is afgerond: er kan niets meer aan worden veranderd.", e.getMessage());
        assertThrows(InputRejectedException.class, () -> service.next(session));
    }

    @Test
    void openResumesAtTheStoredStepWithItsProtocol() {
        Session session = atActionStep();
        Session reopened = service.open(session.getId());
        assertEquals(3, reopened.getCurrentStep());
        assertEquals(actieleren, reopened.getProtocol());
        assertEquals(4, reopened.getItems().size());
        assertInstanceOf(Item.class, reopened.getItems().get(0));
        assertEquals("De actie-eigenaar bepalen", service.currentStep(reopened).getTitle().getNl());
    }

    @Test
    void aStepsTimeIsKeptAndReplacedNotDuplicated() {
        Session session = start();
        service.recordTime(session, java.time.Duration.ofSeconds(130), java.time.Duration.ofMinutes(10));
        service.recordTime(session, java.time.Duration.ofSeconds(700), java.time.Duration.ofMinutes(11));
        Session stored = stored(session);
        assertEquals(1, stored.getStepTimes().size());
        assertEquals("stap-casus", stored.getStepTimes().get(0).getStepId());
        assertEquals(700, stored.getStepTimes().get(0).getElapsedSeconds());
        assertEquals(660, stored.getStepTimes().get(0).getTimeboxSeconds());
        assertEquals(700, service.time(session, service.currentStep(session)).orElseThrow().getElapsedSeconds());
    }

    @Test
    void aPausedSessionResumesWhenTheGroupGoesOn() {
        Session session = start();
        service.pause(session);
        assertEquals(SessionStatus.PAUSED, stored(session).getStatus());
        assertTrue(store.listSessions().get(0).isUnfinished(), "a paused session is offered to resume");
        service.addItem(session, "casus", "Casus", null);
        assertEquals(SessionStatus.RUNNING, session.getStatus());
        assertEquals(SessionStatus.RUNNING, stored(session).getStatus());
    }

    @Test
    void aSkippableStepIsSkippedWithAReasonOthersAreNot() {
        Protocol intervisie = Services.get(ProtocolLibrary.class).find("intervisie", 1).orElseThrow();
        Session session = service.start(intervisie, "Intervisie Oost", TODAY, List.of("Anna", "Bram"));
        java.time.Duration none = java.time.Duration.ZERO;
        InputRejectedException notAllowed = assertThrows(InputRejectedException.class,
                () -> service.skip(session, "Geen tijd", none, none));
        assertEquals("De stap \u2018Inbreng kiezen\u2019 hoort bij deze werkvorm en mag niet worden overgeslagen.",
                notAllowed.getMessage());
        service.next(session);
        service.addItem(session, "casus", "Casus", "Anna");
        service.addItem(session, "hulpvraag", "Vraag", "Anna");
        service.next(session);
        service.addItem(session, "open-vraag", "Wat weet je al?", "Bram");
        service.next(session);
        assertEquals("stap-verkennen", service.currentStep(session).getId());
        InputRejectedException noReason = assertThrows(InputRejectedException.class,
                () -> service.skip(session, " ", none, none));
        assertEquals("Geef een reden om deze stap over te slaan; die blijft bij de sessie bewaard.", noReason.getMessage());
        assertEquals(3, stored(session).getCurrentStep());
        service.skip(session, "De groep had al genoeg beeld", java.time.Duration.ofSeconds(40), java.time.Duration.ofMinutes(10));
        Session stored = stored(session);
        assertEquals(4, stored.getCurrentStep());
        assertEquals("De groep had al genoeg beeld", stored.getStepTimes().stream()
                .filter(t -> t.getStepId().equals("stap-verkennen")).findFirst().orElseThrow().getSkipReason());
    }

    @Test
    void countsPerParticipantAreCountedPerParticipant() {
        Protocol incident = Services.get(ProtocolLibrary.class).find("incidentmethode", 1).orElseThrow();
        Session session = service.start(incident, "Intervisie West", TODAY, List.of("Anna", "Bram"));
        service.addItem(session, "incident", "Vader (P.) weigerde het huisbezoek.", "Anna");
        service.next(session);
        service.addItem(session, "open-vraag", "Wat zei hij precies?", "Bram");
        service.next(session);
        assertEquals("stap-eigen-aanpak", service.currentStep(session).getId());
        InputRejectedException anonymous = assertThrows(InputRejectedException.class,
                () -> service.addItem(session, "aanpak", "Opnieuw bellen", null));
        assertEquals("Van wie is deze \u2018Wat ik zou doen\u2019? Kies de deelnemer die aan de beurt is.",
                anonymous.getMessage());
        service.addItem(session, "aanpak", "Opnieuw bellen en uitleggen waarom", "Anna");
        InputRejectedException waiting = assertThrows(InputRejectedException.class, () -> service.next(session));
        assertEquals("Leg in deze stap eerst vast: \u2018Wat ik zou doen\u2019 van Bram.", waiting.getMessage());
        service.addItem(session, "aanpak", "Samen met de wijkagent gaan", "Bram");
        service.next(session);
        assertEquals("stap-werkelijk", service.currentStep(session).getId());
    }

    @Test
    void aGroupRemembersItsParticipantsWithTheirRoles() {
        Session first = service.start(actieleren, "Noord 1", TODAY, " Wijkteam Noord ",
                List.of("Anna (inbrenger)", "Bram (Deelnemer)", "", "Chris"));
        assertEquals("Wijkteam Noord", stored(first).getGroup());
        assertEquals(java.util.Arrays.asList("inbrenger", "deelnemer", null),
                stored(first).getParticipants().stream().map(p -> p.getRoleId()).toList());
        assertEquals(List.of("Wijkteam Noord"), service.groups());
        assertEquals(List.of("Anna", "Bram", "Chris"),
                service.lastParticipants("Wijkteam Noord").stream().map(p -> p.getName()).toList());
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> service.start(actieleren,
                "Noord 2", TODAY, "Wijkteam Noord", List.of("Dewi (spion)")));
        assertEquals("De rol \u2018spion\u2019 van Dewi hoort niet bij deze werkvorm; kies uit: Leercoach (begeleider),"
                + " Inbrenger, Deelnemer, Externe expert of inwoner.", e.getMessage());
        assertEquals(1, store.listSessions().size(), "the refused session was not stored");
    }

    @Test
    void aPlannedSessionStartsWithTheFirstThingRecorded() {
        Session planned = service.plan(actieleren, "Noord 2", TODAY.plusDays(14), java.time.LocalTime.of(13, 30),
                "Wijkteam Noord", List.of("Anna"));
        assertEquals(SessionStatus.PLANNED, stored(planned).getStatus());
        assertEquals(java.time.LocalTime.of(13, 30), stored(planned).getStartTime());
        assertFalse(store.listSessions().get(0).isUnfinished(), "a planned session is not resumed at start");
        service.addItem(planned, "casus", "Casus", null);
        assertEquals(SessionStatus.RUNNING, stored(planned).getStatus());
    }

    /** A session that went through steps 1 to 3 and now stands at step 4, the action owner. */
    private Session atActionStep() {
        Session session = start();
        service.addItem(session, "casus", "Vader (P.) wil meer contact met zijn zoon.", "Anna");
        service.addItem(session, "ontwikkelingsvraag", "Hoe houd ik beide ouders betrokken?", "Anna");
        service.next(session);
        service.addItem(session, "open-vraag", "Wat wil de zoon zelf?", "Bram");
        service.next(session);
        service.addItem(session, "idee", "Een gezamenlijk gesprek met beide ouders", "Chris");
        service.next(session);
        return session;
    }
}
