package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerkring.ui.actions.MyActionsPart;
import nl.leerkring.ui.actions.SeriesPart;
import nl.leerkring.ui.design.ProtocolEditorPart;
import nl.leerkring.ui.groups.GroupsPart;
import nl.leerkring.ui.parts.ProtocolsPart;
import nl.leerkring.ui.parts.SessionsPart;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * Every field, list and wordless button of each main part has a name a screen reader can say
 * (GTK gives an entry field none of its own). The session steps are covered by
 * {@link KeyboardOnlyUiTest}, which runs a whole session.
 */
class ScreenReaderNamesUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @ParameterizedTest
    @ValueSource(classes = { SessionsPart.class, ProtocolsPart.class, SessionRunPart.class, MyActionsPart.class,
            SeriesPart.class, GroupsPart.class, ProtocolEditorPart.class })
    void everyFieldOfThePartHasAName(Class<?> part) {
        PartsWindow window = new PartsWindow(own.context(), display, new Point(1366, 720), null, part);
        try {
            ui.flush();
            assertEquals(List.of(), UiDriver.unnamed(window.shell), part.getSimpleName() + ": fields without a name");
        } finally {
            window.close();
            ui.flush();
        }
    }
}
