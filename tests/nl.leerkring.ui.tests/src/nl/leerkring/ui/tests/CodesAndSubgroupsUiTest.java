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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * What is recorded beyond its text: the value cycles it speaks of with their valence, the subgroup
 * that brought it, and the case round it belongs to. The store keeps what the tables show.
 */
class CodesAndSubgroupsUiTest {

    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    private IEclipseContext context;
    private SessionService sessions;
    private Session session;
    private Shell shell;
    private SessionRunPart run;

    /** A session of the method with Anna, Bram and Carla, on screen in a run part of its own. */
    private void open(String protocolId) {
        open(protocolId, started -> {
        });
    }

    /** Likewise, with {@code before} done to the session before it is shown. */
    private void open(String protocolId, java.util.function.Consumer<Session> before) {
        context = own.context().createChild(protocolId);
        sessions = context.get(SessionService.class);
        session = sessions.start(context.get(ProtocolLibrary.class).find(protocolId, 1).orElseThrow(), "Gilde najaar",
                LocalDate.now(context.get(java.time.Clock.class)), List.of("Anna", "Bram", "Carla"));
        before.accept(session);
        ActiveSession active = new ActiveSession();
        active.set(session);
        context.set(ActiveSession.class, active);
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        context.set(org.eclipse.swt.widgets.Composite.class, shell);
        run = ContextInjectionFactory.make(SessionRunPart.class, context);
        shell.open();
        ui.flush();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.dispose();
            shell.dispose();
        }
    }

    /**
     * A value-creation round (Wenger's cycles, seed 001): what each member tells is tagged with the
     * cycles it speaks of and how they valued it, by keyboard as well as by mouse; a tag can be
     * changed afterwards and the change undone.
     */
    @Test
    void aRoundOfValueStoriesIsTaggedWithCyclesAndValence() {
        Keyboard keys = new Keyboard(display, ui);
        open("waardecreatie-review");
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
        assertTrue(immediate.getParent().getBounds().x + immediate.getParent().getSize().x <= shell.getClientArea().width,
                "the codes stay within the window");
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

        List<String> stored = sessions.open(session.getId()).getItems().stream().map(CodesAndSubgroupsUiTest::marks)
                .toList();
        assertEquals(List.of("onmiddellijk POSITIVE potentieel POSITIVE", "toegepast DESIRED"), stored);
        assertTrue(ui.find(shell, "capture.waardecreatie.group", org.eclipse.swt.widgets.Group.class).getText()
                .contains("2"), "the group counts what was told");
    }

    /**
     * Design principles in subgroups (E11): each subgroup's ideas are kept as theirs, and a
     * subgroup can be named as the facilitator likes.
     */
    @Test
    void whatEachSubgroupBroughtIsKeptAsTheirs() {
        open("ontwerpprincipes-dialoog");
        ui.click(ui.find(shell, "run.next", Button.class));
        Combo subgroup = ui.find(shell, "run.subgroup", Combo.class);
        assertEquals("Subgroep 1", subgroup.getText());
        Text entry = ui.find(shell, "capture.idee.text", Text.class);
        ui.type(entry, "Elke maand een dilemma en een live gesprek");
        ui.pressEnter(entry);
        ui.click(ui.find(shell, "run.subgroup.next", Button.class));
        assertEquals("Subgroep 2", subgroup.getText());
        ui.type(entry, "Meelezers een keer anoniem laten inbrengen");
        ui.pressEnter(entry);
        subgroup.setText("Tafel bij het raam");
        ui.type(entry, "Veilig Thuis twee keer per jaar te gast");
        ui.pressEnter(entry);
        assertEquals(List.of("Subgroep 1", "Subgroep 2", "Tafel bij het raam"), ui.column(shell, "capture.idee.table", 1));
        assertEquals(List.of("Subgroep 1", "Subgroep 2", "Tafel bij het raam"),
                sessions.open(session.getId()).getItems().stream().map(Item::getSubgroup).toList());
    }

    /** Any method can close with a round on what it brought (E1): tagged with the value cycles as well. */
    @Test
    void theClosingRoundOnWhatItBroughtIsTaggedWithTheCycles() {
        open("intervisie", started -> {
            sessions.valueRound(started, true);
            toLastStep(started);
        });
        assertTrue(ui.text(shell, "run.step").endsWith("Wat leverde het op?"), ui.text(shell, "run.step"));
        Text entry = ui.find(shell, "capture.leerkring-opbrengst.text", Text.class);
        ui.type(entry, "Ik sta er niet alleen voor");
        ui.click(ui.find(shell, "capture.leerkring-opbrengst.code.onmiddellijk", Button.class));
        ui.pressEnter(entry);
        assertEquals(List.of("Onmiddellijke waarde W+"), ui.column(shell, "capture.leerkring-opbrengst.table", 2));

        // The study's own codes (E1: I.5 and PW.2): typed by a word or by the code, Enter takes each.
        Text code = ui.find(shell, "capture.leerkring-opbrengst.search", Text.class);
        ui.type(entry, "Ik hoorde dat anderen het ook lastig vinden");
        ui.type(code, "niet alleen");
        ui.pressEnter(code);
        assertEquals("", code.getText(), "taken");
        ui.type(code, "pw.2");
        ui.pressEnter(code);
        ui.type(code, "kapitaal");
        ui.pressEnter(code);
        assertEquals("kapitaal", code.getText(), "four topics match: nothing is taken until one is named");
        assertEquals("I.5  Gevoel er niet alleen voor te staan, herkenning; PW.2  Nieuwe idee\u00ebn krijgen",
                ui.text(shell, "capture.leerkring-opbrengst.chosen"));
        assertEquals("Ik hoorde dat anderen het ook lastig vinden", entry.getText(), "Enter in the code field records nothing");
        ui.pressEnter(entry);
        assertEquals("Gevoel er niet alleen voor te staan, herkenning W+, Nieuwe idee\u00ebn krijgen W+",
                ui.column(shell, "capture.leerkring-opbrengst.table", 2).get(1));
        assertEquals("", ui.text(shell, "capture.leerkring-opbrengst.chosen"), "each utterance is coded anew");
        assertEquals(List.of("I.5", "PW.2"), sessions.open(session.getId()).getItems().stream()
                .filter(i -> i.getKindId().equals(nl.leerkring.core.ValueRound.KIND_ID)).reduce((a, b) -> b).orElseThrow()
                .getMarks().stream().map(nl.leerkring.model.CodeMark::getCodeId).toList());
    }

    /** Intervision with a second case: at the end of the first case's round another can begin, and undo takes it back. */
    @Test
    void anotherCaseGoesThroughTheRoundAgain() {
        open("actieleren", this::toLastStep);
        Button another = ui.find(shell, "run.anotherCase", Button.class);
        assertTrue(another.isVisible(), "the first case's round is done");
        ui.click(another);
        assertEquals("Stap 6 van 10 \u2014 Casus en ontwikkelingsvraag (casus 2)", ui.text(shell, "run.step"));
        assertFalse(another.isVisible(), "not in the middle of a round");
        run.undo();
        assertEquals("Stap 5 van 5 \u2014 Actie ondernemen", ui.text(shell, "run.step"));
    }

    /** Records in each step the least it asks for (at least one), up to the last step. */
    private void toLastStep(Session started) {
        while (sessions.hasNext(started)) {
            for (nl.leerkring.model.Capture capture : sessions.currentStep(started).getCaptures()) {
                for (int n = 0; n < Math.max(1, capture.getMin()); n++) {
                    if (capture.getKind().isAction()) {
                        sessions.addAction(started, capture.getKind().getId(), "Bellen", "Anna", null);
                    } else {
                        sessions.addItem(started, capture.getKind().getId(), "Genoteerd", "Anna");
                    }
                }
            }
            sessions.next(started);
        }
    }

    private static String marks(Item item) {
        return String.join(" ", item.getMarks().stream().map(m -> m.getCodeId() + " " + m.getValence()).toList());
    }
}
