package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.Trajectories;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.internal.ActionServiceImpl;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;
import nl.leerkring.store.JdbcStore;

/**
 * The actieleertraject of seed 002 as example E5 runs it: four learning meetings about every three
 * weeks, three months of trial, an evaluation; planned at once, followed in the series, and the
 * agreements of one meeting looked back on in the next.
 */
class TrajectoryTest {

    private static final String GROUP = "Wijkteam De Vaart";
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 14);

    @TempDir
    Path data;

    private JdbcStore store;
    private SessionService sessions;
    private ProtocolLibrary library;
    private Protocol trajectory;

    @BeforeEach
    void setUp() {
        library = Services.get(ProtocolLibrary.class);
        trajectory = library.find("actieleertraject", 2).orElseThrow();
        store = JdbcStore.embedded(data);
        sessions = new SessionServiceImpl(store, store, library, clock());
    }

    private static java.time.Clock clock() {
        return java.time.Clock.fixed(Instant.parse("2025-01-10T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void theMeetingsArePlannedAtOnceWithTheirWeeksAndTrial() {
        List<Session> planned = sessions.planTrajectory(trajectory, "Systematisch signaleren", GROUP, FIRST,
                LocalTime.of(14, 0), Attendance.of(List.of("Fenna (procesbegeleider)", "Ruud (onderzoeker)", "Ilse")));
        assertEquals(List.of(FIRST, LocalDate.of(2025, 2, 4), LocalDate.of(2025, 2, 25), LocalDate.of(2025, 3, 18),
                LocalDate.of(2025, 6, 17)), planned.stream().map(Session::getDate).toList());
        assertEquals("Systematisch signaleren \u2013 5. Evaluatie en vervolg", planned.get(4).getTitle());
        List<SessionSummary> stored = sessions.sessionsOfGroup(GROUP);
        assertEquals(5, stored.size());
        assertTrue(stored.stream().allMatch(s -> s.status() == SessionStatus.PLANNED
                && s.trajectoryId().equals(planned.get(0).getTrajectoryId())));
        assertEquals(List.of(1, 2, 3, 4, 5), stored.stream().map(SessionSummary::meeting).sorted().toList());
        assertEquals(3, store.loadSession(planned.get(2).getId()).orElseThrow().getMeeting());

        Trajectories.Progress before = Trajectories.of(stored, library, LocalDate.of(2025, 1, 10)).orElseThrow();
        assertEquals(0, before.held());
        assertEquals(5, before.total());
        assertTrue(before.line().startsWith("Traject \u2018Actieleertraject (systematisch signaleren)\u2019: 0 van de 5"
                + " bijeenkomsten gehouden. Volgende: Systematisch signaleren \u2013 1."), before.line());

        // The four learning meetings are held; the trial period runs until the evaluation.
        for (Session meeting : planned.subList(0, 4)) {
            sessions.close(sessions.open(meeting.getId()));
        }
        Trajectories.Progress trial = Trajectories.of(sessions.sessionsOfGroup(GROUP), library, LocalDate.of(2025, 4, 1))
                .orElseThrow();
        assertEquals(4, trial.held());
        assertEquals(LocalDate.of(2025, 6, 17), trial.trialUntil());
        assertTrue(trial.line().contains("proefperiode"), trial.line());

        sessions.close(sessions.open(planned.get(4).getId()));
        Trajectories.Progress done = Trajectories.of(sessions.sessionsOfGroup(GROUP), library, LocalDate.of(2025, 6, 20))
                .orElseThrow();
        assertNull(done.next());
        assertEquals("Traject \u2018Actieleertraject (systematisch signaleren)\u2019: alle 5 bijeenkomsten gehouden.",
                done.line());
    }

    /** An agreement made in one meeting is looked back on in the next, as an action is (E5). */
    @Test
    void anAgreementIsFollowedUpInTheNextMeeting() {
        List<Session> planned = sessions.planTrajectory(trajectory, "Systematisch signaleren", GROUP, FIRST, null,
                Attendance.of(List.of("Fenna (begeleider)", "Ilse", "Joost")));
        Session first = sessions.open(planned.get(0).getId());
        Fill.until(sessions, first, step -> step.getId().equals("stap-afspraken"), "Ilse");
        sessions.addAction(first, "afspraak", "Ieder noteert twee weken alle signalen uit de wijk", "Ilse",
                LocalDate.of(2025, 1, 28));
        sessions.close(first);

        ActionService actions = new ActionServiceImpl(store, store, sessions, clock());
        Session second = sessions.open(planned.get(1).getId());
        assertTrue(second.isActionReview(), "the second meeting begins by looking back");
        assertEquals(List.of("Ieder noteert twee weken alle signalen uit de wijk"),
                actions.reviewList(second).stream().map(r -> r.action().getText()).toList());
    }

    /**
     * Action research (E6): the planning meeting runs the planning steps only, so it is complete
     * without experiences that do not exist yet; six weeks later the next runs trying out,
     * evaluating and implementing.
     */
    @Test
    void eachMeetingRunsItsOwnPhases() {
        Protocol research = library.find("actieonderzoek", 2).orElseThrow();
        List<Session> planned = sessions.planTrajectory(research, "Netwerkkaart", "Leergroep Wmo", FIRST, null,
                Attendance.of(List.of("FAC-03 (begeleider)", "ED-01", "WTM-21")));
        assertEquals(List.of("stap-knelpunten", "stap-doelen", "stap-actieplan"),
                sessions.steps(sessions.open(planned.get(0).getId())).stream().map(Step::getId).toList());
        assertEquals(List.of("stap-uitproberen", "stap-evalueren", "stap-doorvoeren"),
                sessions.steps(sessions.open(planned.get(1).getId())).stream().map(Step::getId).toList());
        assertEquals(FIRST.plusWeeks(6), planned.get(1).getDate());
    }

    @Test
    void aTrajectoryNeedsMeetingsAndAGroup() {
        assertEquals("Een traject is van een groep. Vul de groep in.", assertThrows(InputRejectedException.class,
                () -> sessions.planTrajectory(trajectory, "Signaleren", " ", FIRST, null, Attendance.of(List.of())))
                .getMessage());
        Protocol single = library.find("actieleren", 1).orElseThrow();
        assertTrue(assertThrows(InputRejectedException.class, () -> sessions.planTrajectory(single, "Actieleren", GROUP,
                FIRST, null, Attendance.of(List.of()))).getMessage().contains("geen traject"));
        assertTrue(sessions.sessionsOfGroup(GROUP).isEmpty(), "nothing planned");
        assertTrue(Trajectories.of(List.of(), library, FIRST).isEmpty());
    }
}
