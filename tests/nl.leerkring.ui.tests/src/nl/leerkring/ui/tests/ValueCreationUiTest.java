package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * A value-creation round (Wenger's cycles, seed 001): what each member tells is tagged with the
 * cycles it speaks of and how they valued it, by keyboard as well as by mouse; a tag can be changed
 * afterwards and the change undone; the store keeps what the table shows.
 */
class ValueCreationUiTest {

    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @Test
    void aRoundOfValueStoriesIsTaggedWithCyclesAndValence() {
        Display display = Display.getDefault();
        UiDriver ui = new UiDriver(display);
        Keyboard keys = new Keyboard(display, ui);
        IEclipseContext context = own.context().createChild("value");
        SessionService sessions = context.get(SessionService.class);
        Session session = sessions.start(context.get(ProtocolLibrary.class).find("waardecreatie-review", 1).orElseThrow(),
                "OTS-gilde najaar", LocalDate.now(context.get(java.time.Clock.class)), List.of("Anna", "Bram"));
        ActiveSession active = new ActiveSession();
        active.set(session);
        context.set(ActiveSession.class, active);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        context.set(org.eclipse.swt.widgets.Composite.class, shell);
        SessionRunPart run = ContextInjectionFactory.make(SessionRunPart.class, context);
        shell.open();
        ui.flush();
        try {
            // Anna's turn: typed, Alt+1 ticks the first cycle, a click the second; Enter records it.
            Text entry = ui.find(shell, "capture.waardecreatie.text", Text.class);
            Button immediate = ui.find(shell, "capture.waardecreatie.code.onmiddellijk", Button.class);
            Button potential = ui.find(shell, "capture.waardecreatie.code.potentieel", Button.class);
            keys.activate(shell);
            entry.setFocus();
            keys.awaitFocus(entry, "the entry");
            keys.type("De jurist gaf rust");
            ui.until(() -> entry.getText().equals("De jurist gaf rust"), 10, "typed");
            keys.alt('1');
            ui.until(immediate::getSelection, 10, "Alt+1 ticks immediate value");
            ui.click(potential);
            Combo valence = ui.find(shell, "capture.waardecreatie.valence", Combo.class);
            assertEquals("W+ positief", valence.getText(), "what groups tell of value is mostly positive");
            ui.pressEnter(entry);
            assertEquals(List.of("Onmiddellijke waarde W+, Potenti\u00eble waarde W+"),
                    ui.column(shell, "capture.waardecreatie.table", 2));
            assertFalse(immediate.getSelection() || potential.getSelection(), "each utterance is tagged anew");

            // Bram's turn: applied value, negative.
            ui.click(ui.find(shell, "run.turn.next", Button.class));
            ui.type(entry, "Het stuk paste niet op mijn caseload");
            ui.click(ui.find(shell, "capture.waardecreatie.code.toegepast", Button.class));
            valence.select(valence.indexOf("W\u2212 negatief"));
            ui.pressEnter(entry);
            assertEquals(List.of("Anna", "Bram"), ui.column(shell, "capture.waardecreatie.table", 1));
            assertEquals("Toegepaste waarde W\u2212", ui.column(shell, "capture.waardecreatie.table", 2).get(1));

            // On second thought it is what Bram wishes for: the tags change, and the change undoes.
            ui.selectRow(shell, "capture.waardecreatie.table", 1);
            ui.click(ui.find(shell, "capture.waardecreatie.code.toegepast", Button.class));
            valence.select(valence.indexOf("G gewenst"));
            ui.click(ui.find(shell, "capture.waardecreatie.retag", Button.class));
            assertEquals("Toegepaste waarde G", ui.column(shell, "capture.waardecreatie.table", 2).get(1));
            run.undo();
            assertEquals("Toegepaste waarde W\u2212", ui.column(shell, "capture.waardecreatie.table", 2).get(1));
            run.redo();

            List<String> stored = sessions.open(session.getId()).getItems().stream().map(ValueCreationUiTest::marks).toList();
            assertEquals(List.of("onmiddellijk POSITIVE potentieel POSITIVE", "toegepast DESIRED"), stored);
            assertTrue(ui.find(shell, "capture.waardecreatie.group", org.eclipse.swt.widgets.Group.class).getText()
                    .contains("2"), "the group counts what was told");
        } finally {
            context.dispose();
            shell.dispose();
        }
    }

    private static String marks(Item item) {
        return String.join(" ", item.getMarks().stream().map(m -> m.getCodeId() + " " + m.getValence()).toList());
    }
}
