package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.core.validation.ProtocolValidator;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;
import nl.leerkring.store.JdbcStore;

/** Every protocol of the built-in library validates clean and can be run from its first step to its last. */
class LibraryRunThroughTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final List<String> GROUP = List.of("Anna", "Bram", "Chris", "Dewi");

    @TempDir
    Path data;

    private JdbcStore store;
    private ProtocolLibrary library;
    private SessionService sessions;

    @BeforeEach
    void open() {
        store = JdbcStore.embedded(data);
        library = Services.get(ProtocolLibrary.class);
        sessions = new SessionServiceImpl(store, store, library, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyBuiltInProtocolValidatesWithoutErrorsOrWarnings() {
        for (Protocol protocol : library.protocols()) {
            Diagnostic diagnostic = ProtocolValidator.validate(protocol);
            assertEquals(List.of(), ProtocolValidator.messages(diagnostic, Diagnostic.WARNING), protocol.getId());
        }
    }

    @Test
    void everyBuiltInProtocolRunsFromFirstToLastStep() {
        for (Protocol protocol : library.protocols()) {
            Session session = sessions.start(protocol, "Doorloop " + protocol.getId(), LocalDate.now(CLOCK), GROUP);
            List<Step> steps = Protocols.steps(protocol);
            for (int i = 0; i < steps.size(); i++) {
                assertEquals(steps.get(i), sessions.currentStep(session), protocol.getId());
                for (Capture capture : steps.get(i).getCaptures()) {
                    fill(session, capture);
                }
                if (sessions.hasNext(session)) {
                    sessions.next(session);
                }
            }
            assertFalse(sessions.hasNext(session), protocol.getId());
            sessions.close(session);
            assertEquals(SessionStatus.DONE, store.loadSession(session.getId()).orElseThrow().getStatus());
        }
    }

    /** Records as many items as the capture asks for (at least one), as a facilitator would. */
    private void fill(Session session, Capture capture) {
        long needed = Math.max(1, capture.isPerParticipant() ? (long) capture.getMin() * GROUP.size() : capture.getMin());
        for (int n = 1; n <= needed; n++) {
            String text = Protocols.text(capture.getKind().getName()) + " " + n;
            if (capture.getKind().isAction()) {
                sessions.addAction(session, capture.getKind().getId(), text, GROUP.get(n % GROUP.size()), null);
            } else {
                // In a step worked in subgroups, each item comes from one (two subgroups take turns).
                String subgroup = ((Step) capture.eContainer()).isSubgroups() ? "Drietal " + (n % 2 + 1) : null;
                sessions.addItem(session, new ItemEntry(capture.getKind().getId(), text, GROUP.get(n % GROUP.size()),
                        subgroup, List.of()));
            }
        }
    }
}
