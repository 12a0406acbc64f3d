package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.ValueRound;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.model.Valence;
import nl.leerkring.store.JdbcStore;

/**
 * Example E1's closing round: after the five steps of actieleren, each says what the meeting
 * brought, tagged with the value cycles and their valence; any method can end so.
 */
class ValueRoundTest {

    @TempDir
    Path data;

    private JdbcStore store;
    private SessionService sessions;

    @BeforeEach
    void setUp() {
        store = JdbcStore.embedded(data);
        sessions = new SessionServiceImpl(store, store, Services.get(ProtocolLibrary.class),
                Clock.fixed(Instant.parse("2025-03-11T13:00:00Z"), ZoneId.of("Europe/Amsterdam")));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aSessionEndsWithARoundOnWhatItBrought() {
        Session session = sessions.start(Services.get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow(),
                "Wijkteam Oost", LocalDate.of(2025, 3, 11), "Wijkteam Oost",
                nl.leerkring.core.Attendance.of(List.of("Wendy (inbrenger)", "Tom", "Lies")));
        assertEquals(5, sessions.steps(session).size(), "the five steps of the method, no more");
        sessions.valueRound(session, true);
        List<Step> steps = sessions.steps(session);
        assertEquals(6, steps.size());
        assertTrue(ValueRound.isRound(steps.get(5)));
        assertTrue(store.loadSession(session.getId()).orElseThrow().isValueRound(), "kept with the session");

        Fill.until(sessions, session, step -> false, "Wendy");
        assertEquals("Wat leverde het op?", sessions.currentStep(session).getTitle().getNl());
        sessions.addItem(session, new ItemEntry(ValueRound.KIND_ID, "Ik sta er niet alleen voor", "Wendy", null,
                List.of(mark("onmiddellijk", Valence.POSITIVE), mark("potentieel", Valence.POSITIVE))));
        sessions.close(session);

        Session stored = sessions.open(session.getId());
        Item said = stored.getItems().get(stored.getItems().size() - 1);
        assertEquals("Onmiddellijke waarde W+, Potenti\u00eble waarde W+", ItemCodes.line(stored.getProtocol(), said));
        assertFalse(stored.getProtocol().getItemKinds().contains(ValueRound.kind()), "the method itself is unchanged");
    }

    private static CodeMark mark(String code, Valence valence) {
        CodeMark mark = LeerkringFactory.eINSTANCE.createCodeMark();
        mark.setCodeId(code);
        mark.setValence(valence);
        return mark;
    }
}
