package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.internal.ProtocolLibraryImpl;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.store.JdbcStore;

/** Versions: publishing never changes what a session ran with; a refused import changes nothing. */
class ProtocolLibraryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path data;

    private JdbcStore store;
    private ProtocolLibrary library;

    @BeforeEach
    void open() {
        store = JdbcStore.embedded(data);
        library = new ProtocolLibraryImpl(Services.get(ProtocolSource.class), store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Protocol editedActieleren() {
        Protocol draft = EcoreUtil.copy(library.find("actieleren", 1).orElseThrow());
        Protocols.steps(draft).get(1).getTitle().setNl("Alleen open vragen");
        return draft;
    }

    @Test
    void publishingCreatesANewVersionAndKeepsTheOldOne() {
        Protocol published = library.publish(editedActieleren());
        assertEquals(2, published.getVersion());
        assertEquals(List.of(1, 2), library.versions("actieleren").stream().map(Protocol::getVersion).toList());
        assertEquals("Open vragen", Protocols.steps(library.find("actieleren", 1).orElseThrow()).get(1).getTitle().getNl());
        Protocol offered = library.protocols().stream().filter(p -> p.getId().equals("actieleren")).findFirst()
                .orElseThrow();
        assertEquals(2, offered.getVersion(), "new sessions get the newest version");
    }

    @Test
    void aSessionKeepsTheVersionItRanWith() {
        SessionServiceImpl sessions = new SessionServiceImpl(store, store, library, CLOCK);
        Session session = sessions.start(library.find("actieleren", 1).orElseThrow(), "Wijkteam Zuid",
                LocalDate.now(CLOCK), List.of("Anna"));
        library.publish(editedActieleren());
        Session reopened = sessions.open(session.getId());
        assertEquals(1, reopened.getProtocol().getVersion());
        assertEquals("Open vragen", Protocols.steps(reopened.getProtocol()).get(1).getTitle().getNl());
    }

    @Test
    void publishedVersionsSurviveARestart() {
        Protocol published = library.publish(editedActieleren());
        store.close();
        store = JdbcStore.embedded(data);
        ProtocolLibrary reopened = new ProtocolLibraryImpl(Services.get(ProtocolSource.class), store, CLOCK);
        assertTrue(EcoreUtil.equals(published, reopened.find("actieleren", 2).orElseThrow()));
    }

    @Test
    void anInvalidDraftIsNotPublished() {
        Protocol draft = editedActieleren();
        Protocols.steps(draft).get(0).getTitle().setNl("");
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> library.publish(draft));
        assertEquals("De werkvorm \u2018Actieleren\u2019 kan niet worden gepubliceerd:\n\u2013 Stap 1 heeft geen titel.",
                e.getMessage());
        assertTrue(store.loadVersions().isEmpty());
        assertEquals(1, library.versions("actieleren").size());
    }

    @Test
    void everyRefusedImportLeavesTheStoreAsItWas() throws IOException {
        List<Protocol> before = library.protocols();
        for (String file : ProtocolExchangeTest.badFiles()) {
            try (InputStream in = FrameworkUtil.getBundle(getClass()).getEntry("bad-protocols/" + file).openStream()) {
                assertThrows(InputRejectedException.class, () -> library.importFile(in, file), file);
            }
        }
        assertTrue(store.loadVersions().isEmpty(), "nothing stored");
        assertEquals(before, library.protocols(), "nothing offered");
    }

    @Test
    void aGoodFileIsImportedAsANewProtocol() throws IOException {
        Protocol team = editedActieleren();
        team.setId("actieleren-wijkteam-noord");
        team.getName().setNl("Actieleren (Wijkteam Noord)");
        Protocol imported = library.importFile(new ByteArrayInputStream(ProtocolExchange.toBytes(team)), "noord.xmi");
        assertEquals(1, imported.getVersion());
        assertTrue(library.protocols().stream().anyMatch(p -> p.getId().equals("actieleren-wijkteam-noord")));
        assertEquals(1, store.loadVersions().size());
    }

    @Test
    void aRetiredProtocolIsNoLongerOfferedButStaysReadable() {
        library.retire("actieleren");
        assertFalse(library.protocols().stream().anyMatch(p -> p.getId().equals("actieleren")));
        assertTrue(library.find("actieleren", 1).isPresent());
        assertThrows(InputRejectedException.class, () -> library.retire("bestaat-niet"));
    }

    @Test
    void aLeadCopiesSavesADraftPublishesAndRestores() {
        Protocol actieleren = library.find("actieleren", 1).orElseThrow();
        Protocol copy = library.copyAsNew(actieleren, "Actieleren voor ons \u00e9\u00e9n team", "Lies (teamleider)");
        assertEquals("actieleren-voor-ons-een-team", copy.getId());
        assertEquals(0, copy.getVersion());
        assertThrows(InputRejectedException.class, () -> library.copyAsNew(actieleren, "  ", null));

        // A draft may have problems; it is kept as saved, also after a restart.
        Protocols.steps(copy).get(0).getTitle().setNl("");
        library.saveDraft(copy, "Lies");
        store.close();
        open();
        Protocol draft = library.drafts().stream().filter(p -> p.getId().equals(copy.getId())).findFirst().orElseThrow();
        assertEquals("", Protocols.steps(draft).get(0).getTitle().getNl());
        assertThrows(InputRejectedException.class, () -> library.publish(draft, "Lies"), "not with errors");

        Protocols.steps(draft).get(0).getTitle().setNl("Casus");
        Protocol first = library.publish(draft, "Lies");
        assertEquals(1, first.getVersion());
        assertTrue(library.drafts().stream().noneMatch(p -> p.getId().equals(copy.getId())), "published: no draft");

        Protocol second = EcoreUtil.copy(first);
        Protocols.steps(second).get(1).setTimeboxMinutes(20);
        Protocols.steps(second).get(2).getTitle().setNl("Idee\u00ebn");
        assertEquals(2, library.publish(second, "Bram").getVersion());

        List<ProtocolLibrary.Version> history = library.history(copy.getId());
        assertEquals(List.of(2, 1), history.stream().map(ProtocolLibrary.Version::version).toList(), "newest first");
        assertEquals("Bram", history.get(0).publishedBy());
        assertEquals(Instant.now(CLOCK), history.get(0).publishedAt());
        assertEquals(List.of("Stap \u2018Open vragen\u2019: 15 \u2192 20 minuten.",
                "Stap \u2018Richtingen, idee\u00ebn en tips\u2019 heet nu \u2018Idee\u00ebn\u2019."), history.get(0).changes());
        assertEquals(List.of("Eerste versie."), history.get(1).changes());
        assertFalse(history.get(1).builtIn());
        assertTrue(library.history("actieleren").get(0).builtIn());

        Protocol restored = library.restore(copy.getId(), 1, "Lies");
        assertTrue(EcoreUtil.equals(first, restored), "the old version, as it was");
        assertEquals(1, library.drafts().stream().filter(p -> p.getId().equals(copy.getId())).count());
        assertEquals(3, library.publish(restored, "Lies").getVersion(), "restoring publishes as a new version");
        assertThrows(InputRejectedException.class, () -> library.restore(copy.getId(), 9, "Lies"));
    }
}
