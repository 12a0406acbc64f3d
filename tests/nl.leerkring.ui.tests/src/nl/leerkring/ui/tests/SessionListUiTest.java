package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.ui.parts.SessionsPart;

/**
 * Years of sessions: the list shows what is still to run and the newest hundred, read in the
 * background on its own data folder, and older ones a page at a time on request.
 */
class SessionListUiTest {

    private final org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getDefault();
    private final UiDriver ui = new UiDriver(display);

    @TempDir
    Path data;

    @Test
    void theListShowsTheNewestAndWhatIsPlannedAndOlderOnRequest() {
        Instant start = Instant.parse("2024-01-08T09:00:00Z");
        try (OwnData own = new OwnData(data)) {
            own.store.createSession(session("gepland", "Lang geleden gepland", SessionStatus.PLANNED, start));
            for (int n = 1; n <= 120; n++) {
                own.store.createSession(session("s-" + n, "Sessie " + n, SessionStatus.DONE, start.plusSeconds(3600L * n)));
            }
            PartsWindow window = new PartsWindow(own.context, display, SessionsPart.class);
            try {
                List<String> titles = ui.column(window.shell, "sessions.table", 1);
                assertEquals(101, titles.size(), "the newest hundred and the planned one");
                assertEquals("Sessie 120", titles.get(0), "the newest change first");
                assertTrue(titles.contains("Lang geleden gepland"), "a planned session shows however old");
                assertFalse(titles.contains("Sessie 20"), "older sessions wait");
                Link older = ui.find(window.shell, "sessions.older", Link.class);
                assertTrue(older.isVisible());
                assertTrue(older.getText().contains("101 van de 121"), older.getText());

                older.notifyListeners(SWT.Selection, new Event());
                window.listed();
                assertEquals(121, ui.find(window.shell, "sessions.table", Table.class).getItemCount());
                assertFalse(older.isVisible(), "nothing left out");
            } finally {
                window.close();
            }
        }
    }

    private static Session session(String id, String title, SessionStatus status, Instant updated) {
        Session session = LeerkringFactory.eINSTANCE.createSession();
        session.setId(id);
        session.setProtocolId("actieleren");
        session.setProtocolVersion(1);
        session.setTitle(title);
        session.setDate(LocalDate.ofInstant(updated, java.time.ZoneOffset.UTC));
        session.setStatus(status);
        session.setUpdatedAt(updated);
        return session;
    }
}
