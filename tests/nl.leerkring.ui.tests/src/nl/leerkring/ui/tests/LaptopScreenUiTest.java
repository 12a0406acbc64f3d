package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.parts.SessionsPart;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * The first window on the most common laptop screen (1366×768) and on a full HD one: the session
 * list's column headers, dates and statuses and every label of the list and the welcome page are
 * whole, not cut off. Compared as the text's extent against the control's width.
 */
class LaptopScreenUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @Test
    void nothingInTheFirstWindowIsCutOff() {
        SessionService sessions = own.context().get(SessionService.class);
        Protocol actieleren = own.context().get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow();
        Session paused = sessions.start(actieleren, "Wijkteam Noord \u2013 verzuim en thuissituatie", LocalDate.now(),
                "Wijkteam Noord", List.of("Anna", "Bram"));
        sessions.pause(paused);
        sessions.plan(actieleren, "Intervisiegroep Jeugdbescherming \u2013 december", LocalDate.now().plusDays(9),
                LocalTime.of(14, 0), "Intervisiegroep Jeugdbescherming", List.of("Fatima", "Gijs"));
        for (Point size : List.of(new Point(1366, 720), new Point(1920, 1030))) {
            PartsWindow window = new PartsWindow(own.context(), display, size, new int[] { 28, 72 }, SessionsPart.class,
                    SessionRunPart.class);
            try {
                window.active().set(null);
                ui.flush();
                List<String> cut = new ArrayList<>();
                collect(window.shell, cut);
                assertEquals(List.of(), cut, "cut off at " + size.x + "\u00d7" + size.y);
                assertTrue(ui.exists(window.shell, "run.welcome"), "the welcome page shows while no session is chosen");
            } finally {
                window.close();
            }
        }
    }

    /** Every visible label, button and session-list header or short cell whose text does not fit. */
    private void collect(Control control, List<String> cut) {
        if (!control.isVisible()) {
            return;
        }
        GC gc = new GC(control);
        try {
            if (control instanceof Label label && !label.getText().isEmpty()) {
                boolean wraps = (label.getStyle() & SWT.WRAP) != 0;
                Point size = label.getSize();
                boolean fits = wraps ? label.computeSize(size.x, SWT.DEFAULT).y <= size.y + 1
                        : gc.textExtent(label.getText(), SWT.DRAW_MNEMONIC).x <= size.x;
                if (!fits) {
                    cut.add(name(label) + ": " + label.getText());
                }
            } else if (control instanceof Button button && !button.getText().isEmpty()) {
                if (button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > button.getSize().x) {
                    cut.add(name(button) + ": " + button.getText());
                }
            } else if (control instanceof Table table && "sessions.table".equals(table.getData(Widgets.ID))) {
                gc.setFont(table.getFont());
                for (int c = 0; c < table.getColumnCount(); c++) {
                    TableColumn column = table.getColumn(c);
                    // A header and, except for the title (whose whole text is in the tooltip), every cell.
                    List<String> texts = new ArrayList<>(List.of(column.getText()));
                    if (c != 1) {
                        for (int row = 0; row < table.getItemCount(); row++) {
                            texts.add(table.getItem(row).getText(c));
                        }
                    }
                    for (String text : texts) {
                        // GTK pads a cell by a few pixels on either side.
                        if (gc.textExtent(text).x + 12 > column.getWidth()) {
                            cut.add("sessions.table column " + c + " (" + column.getWidth() + " px): " + text);
                        }
                    }
                }
            }
        } finally {
            gc.dispose();
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, cut);
            }
        }
    }

    private static String name(Control control) {
        Object id = control.getData(Widgets.ID);
        return id == null ? control.getClass().getSimpleName() : id.toString();
    }
}
