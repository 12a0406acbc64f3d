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

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.ValueRound;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.model.Code;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
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

    /** Seed 001's code table: five cycles, eleven topics, 34 codes; found by code or by a word, in either language. */
    @Test
    void theCyclesHoldTheStudysTopicsAndCodes() {
        ItemKind kind = ValueRound.kind();
        List<Code> all = ItemCodes.all(kind);
        assertEquals(5, kind.getCodes().size());
        assertEquals(11, kind.getCodes().stream().mapToInt(cycle -> cycle.getCodes().size()).sum());
        assertEquals(34, all.stream().filter(code -> code.getCodes().isEmpty()).count(), "leaves");
        assertEquals(all.size(), all.stream().map(Code::getId).distinct().count(), "every id once");

        assertEquals(List.of("toegepast", "VAW", "VAW.1"), ItemCodes.path(kind, "VAW.1").stream().map(Code::getId).toList());
        assertEquals(List.of("onmiddellijk"), ItemCodes.path(kind, "onmiddellijk").stream().map(Code::getId).toList());
        assertTrue(ItemCodes.path(kind, "XX.9").isEmpty());

        assertEquals("I.5", ItemCodes.matching(kind, "i.5").get(0).getId(), "the code itself, whatever the case");
        assertEquals(List.of("I.5"), ItemCodes.matching(kind, "niet alleen").stream().map(Code::getId).toList());
        assertEquals(List.of("I.5"), ItemCodes.matching(kind, "not standing alone").stream().map(Code::getId).toList());
        assertEquals(6, ItemCodes.matching(kind, "VAW").size(), "the topic and its five codes");
        assertTrue(ItemCodes.matching(kind, "onmiddellijke").isEmpty(), "the cycles are ticked, not typed");
        assertTrue(ItemCodes.matching(kind, " ").isEmpty());
    }

    /** The value review codes answers with the same tree as the closing round, so their profiles add up. */
    @Test
    void theValueReviewHasTheSameCodes() {
        ItemKind review = Services.get(ProtocolLibrary.class).protocols().stream()
                .filter(p -> p.getId().equals("waardecreatie-review")).findFirst().orElseThrow().getItemKinds().stream()
                .filter(k -> k.getId().equals("waardecreatie")).findFirst().orElseThrow();
        assertEquals(ids(ValueRound.kind()), ids(review));
        assertEquals(names(ValueRound.kind()), names(review));
    }

    private static List<String> ids(ItemKind kind) {
        return ItemCodes.all(kind).stream().map(Code::getId).toList();
    }

    private static List<String> names(ItemKind kind) {
        return ItemCodes.all(kind).stream().map(code -> code.getName().getNl() + "|" + code.getName().getEn()).toList();
    }

    /** A code the kind does not have is refused with its id named. */
    @Test
    void anUnknownCodeIsRefused() {
        Session session = sessions.start(Services.get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow(),
                "Wijkteam Oost", LocalDate.of(2025, 3, 11), "Wijkteam Oost",
                nl.leerkring.core.Attendance.of(List.of("Wendy", "Tom")));
        sessions.valueRound(session, true);
        Fill.until(sessions, session, step -> false, "Wendy");
        InputRejectedException refused = org.junit.jupiter.api.Assertions.assertThrows(InputRejectedException.class,
                () -> sessions.addItem(session, new ItemEntry(ValueRound.KIND_ID, "Fijn", "Tom", null,
                        List.of(mark("XX.9", Valence.POSITIVE)))));
        assertTrue(refused.getMessage().contains("XX.9"), refused.getMessage());
        sessions.addItem(session, new ItemEntry(ValueRound.KIND_ID, "Fijn", "Tom", null, List.of(mark("A.3", Valence.POSITIVE))));
    }

    private static CodeMark mark(String code, Valence valence) {
        return ItemCodes.mark(code, valence);
    }
}
