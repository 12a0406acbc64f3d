package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.CaseRounds;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.core.validation.ProtocolValidator;
import nl.leerkring.model.Item;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.store.JdbcStore;

/**
 * Several cases in one intervision session: each further case goes through the method's per-case
 * steps with its own questions, ideas and actions, and what one case recorded never counts for
 * another's.
 */
class CaseRoundsTest {

    @TempDir
    Path data;

    private JdbcStore store;
    private SessionService sessions;
    private ProtocolLibrary library;

    @BeforeEach
    void setUp() {
        library = Services.get(ProtocolLibrary.class);
        store = JdbcStore.embedded(data);
        sessions = new SessionServiceImpl(store, store, library,
                Clock.fixed(Instant.parse("2026-11-30T13:00:00Z"), ZoneId.of("Europe/Amsterdam")));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aSecondCaseGetsItsOwnRound() {
        Session session = sessions.start(library.find("actieleren", 1).orElseThrow(), "Wijkteam Oost",
                LocalDate.of(2026, 11, 30), "Wijkteam Oost", Attendance.of(List.of("WTM-03 (inbrenger)", "WTM-07", "TL-01")));
        assertEquals("Een volgende casus begint aan het eind van de ronde van de laatste casus.",
                assertThrows(InputRejectedException.class, () -> sessions.addCaseRound(session)).getMessage());
        firstCase(session);
        assertTrue(CaseRounds.endsLastRound(session, sessions.currentStep(session)), "the first case's round is done");

        sessions.recordTime(session, Duration.ofMinutes(9), Duration.ofMinutes(10));
        sessions.addCaseRound(session);
        sessions.next(session);
        Step step = sessions.currentStep(session);
        assertEquals("stap-casus~2", step.getId());
        assertEquals("Casus en ontwikkelingsvraag (casus 2)", step.getTitle().getNl());
        assertEquals(10, sessions.steps(session).size(), "the five steps once more");
        InputRejectedException empty = assertThrows(InputRejectedException.class, () -> sessions.next(session));
        assertTrue(empty.getMessage().contains("Casus"), "the second case needs its own case: " + empty.getMessage());

        Item second = sessions.addItem(session, "casus", "Jongere C (15) spijbelt", "WTM-07");
        sessions.addItem(session, "ontwikkelingsvraag", "Hoe krijg ik de ouders erbij?", "WTM-07");
        assertThrows(InputRejectedException.class, () -> sessions.removeCaseRound(session), "its round holds a case");
        sessions.next(session);
        assertEquals("stap-vragen~2", sessions.currentStep(session).getId());
        sessions.recordTime(session, Duration.ofMinutes(4), Duration.ofMinutes(10));
        Item asked = sessions.addItem(session, "open-vraag", "Wat zegt de school?", "TL-01");
        sessions.next(session);
        List<Item> ideas = List.of(sessions.addItem(session, "idee", "Leerplichtambtenaar", "TL-01"),
                sessions.addItem(session, "idee", "Huisbezoek samen", "WTM-03"));
        ideas.forEach(idea -> sessions.choose(session, idea, true));
        assertTrue(ideas.stream().allMatch(Item::isChosen), "the second case's bringer picks several ideas too");
        ideas.forEach(idea -> sessions.removeItem(session, idea));
        sessions.previous(session);
        sessions.removeItem(session, asked);

        Session reopened = sessions.open(session.getId());
        assertEquals(2, reopened.getCaseRounds());
        assertEquals(10, sessions.steps(reopened).size());
        assertEquals("stap-casus~2", reopened.getItems().stream().filter(i -> i.getId().equals(second.getId()))
                .findFirst().orElseThrow().getStepId());
        assertEquals(6, reopened.getCurrentStep());

        sessions.removeItem(session, session.getItems().get(session.getItems().size() - 1));
        sessions.removeItem(session, second);
        sessions.removeCaseRound(session);
        assertEquals(1, session.getCaseRounds());
        assertEquals("stap-actie", sessions.currentStep(session).getId(), "back at the end of the first case");
        // The round taken back takes its clocks along: taken again, it starts afresh.
        for (Session read : List.of(session, sessions.open(session.getId()))) {
            assertTrue(read.getStepTimes().stream().noneMatch(t -> t.getStepId().endsWith("~2")), "no time left of round 2");
            assertTrue(read.getStepTimes().stream().anyMatch(t -> t.getStepId().equals("stap-actie")), "round 1 keeps its own");
        }
    }

    @Test
    void aMethodOfOneCaseAndAStepIdWithATildeAreRefused() {
        Session bord = sessions.start(library.find("bordsessie", 1).orElseThrow(), "Bord", LocalDate.of(2026, 11, 30),
                null, Attendance.of(List.of()));
        assertFalse(CaseRounds.allowed(bord.getProtocol()));
        assertThrows(InputRejectedException.class, () -> sessions.addCaseRound(bord));

        Protocol copy = EcoreUtil.copy(library.find("actieleren", 1).orElseThrow());
        Protocols.steps(copy).get(0).setId("stap~2");
        assertEquals(Diagnostic.ERROR, ProtocolValidator.validate(copy).getSeverity(), "kept for a further case's steps");
    }

    /** Records what actieleren's steps ask for, up to its last step. */
    private void firstCase(Session session) {
        sessions.addItem(session, "casus", "Kind A (7) komt zonder ontbijt op school", "WTM-03");
        sessions.addItem(session, "ontwikkelingsvraag", "Hoe bespreek ik mijn zorgen met moeder?", "WTM-03");
        sessions.next(session);
        sessions.addItem(session, "open-vraag", "Wat heb je zelf gezien?", "WTM-07");
        sessions.next(session);
        sessions.addItem(session, "idee", "Signalen feitelijk vastleggen", "TL-01");
        sessions.next(session);
        sessions.addAction(session, "actie", "Signalen vastleggen", "WTM-03", null);
        sessions.next(session);
    }
}
