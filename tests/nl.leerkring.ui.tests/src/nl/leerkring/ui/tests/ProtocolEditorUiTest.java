package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.diagram.FlowDiagram;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.Meeting;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.ui.design.PreviewWindow;
import nl.leerkring.ui.design.ProtocolEditorPart;

/**
 * A lead adapts actieleren in the designer with the real widgets: a copy, a round step added, timeboxes
 * changed, a validation error that appears at the field and goes away, publishing, the flow diagram and
 * its export, a preview that stores nothing; and a facilitator's sessions keep the version they started with.
 */
class ProtocolEditorUiTest {

    private static final String NAME = "Actieleren voor Team Zuid";

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @TempDir
    Path folder;

    private Object selectedInOutline(Shell shell) {
        return ui.find(shell, "editor.outline", Tree.class).getSelection()[0].getData();
    }

    private long errors(ProtocolEditorPart editor) {
        return editor.problems().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
    }

    @Test
    void aLeadAdaptsActielerenPublishesItAndAFacilitatorRunsIt() throws Exception {
        ProtocolLibrary library = own.context().get(ProtocolLibrary.class);
        PartsWindow window = new PartsWindow(own.context(), display, ProtocolEditorPart.class);
        Shell shell = window.shell;
        ProtocolEditorPart editor = window.get(ProtocolEditorPart.class);
        ui.flush();

        editor.copy(library.find("actieleren", 1).orElseThrow(), NAME);
        Protocol draft = editor.protocol();
        assertEquals("actieleren-voor-team-zuid", draft.getId());
        assertEquals(0, errors(editor), editor.problems().toString());
        assertEquals(5, editor.diagram().diagram().steps().size());

        // A round after the open questions. Only looking changes nothing.
        Step questions = Protocols.steps(draft).get(1);
        editor.select(questions);
        ui.flush();
        assertFalse(editor.canUndo(), "selecting is not an edit");
        ui.click(ui.find(shell, "editor.addStep", Button.class));
        Step round = Protocols.steps(draft).get(2);
        assertEquals("Nieuwe stap", round.getTitle().getNl());
        ui.type(ui.find(shell, "editor.step.title", Text.class), "Rondje: wat raakt je?");
        // Typing settles into one change a moment after the last key.
        ui.until(() -> "Rondje: wat raakt je?".equals(round.getTitle().getNl()), 10, "typed into the model");
        ui.click(ui.find(shell, "editor.step.round", Button.class));
        assertTrue(round.isRepeatPerParticipant());
        ui.click(ui.find(shell, "editor.step.subgroups", Button.class));
        assertTrue(round.isSubgroups());
        ui.click(ui.find(shell, "editor.step.subgroups", Button.class));
        assertFalse(round.isSubgroups());
        ui.click(ui.find(shell, "editor.step.role.deelnemer", Button.class));
        assertEquals("deelnemer", round.getActiveRoles().get(0).getId());
        ui.spin(ui.find(shell, "editor.step.timebox", Spinner.class), 8);
        assertEquals(8, round.getTimeboxMinutes());
        assertEquals(6, editor.diagram().diagram().steps().size(), "the diagram follows");
        assertTrue(editor.diagram().diagram().box(round).isPresent());

        // Shorter questions.
        editor.select(questions);
        ui.spin(ui.find(shell, "editor.step.timebox", Spinner.class), 10);
        assertEquals(10, questions.getTimeboxMinutes());
        // Clicks on the arrows in one go (15 to 10 just now, on to 12) are one step to undo, not one per click.
        ui.spin(ui.find(shell, "editor.step.timebox", Spinner.class), 11);
        ui.spin(ui.find(shell, "editor.step.timebox", Spinner.class), 12);
        assertEquals(12, questions.getTimeboxMinutes());
        editor.undo();
        ui.flush();
        assertEquals(15, questions.getTimeboxMinutes(), "one undo for the clicks");
        assertEquals(15, ui.find(shell, "editor.step.timebox", Spinner.class).getSelection());
        ui.spin(ui.find(shell, "editor.step.timebox", Spinner.class), 10);
        assertEquals(10, questions.getTimeboxMinutes());

        // The team also practises in it: a learning preference ticked, undone and ticked again.
        editor.select(draft);
        ui.flush();
        Button practise = ui.find(shell, "editor.protocol.preference.OEFENEN", Button.class);
        assertFalse(practise.getSelection());
        ui.click(practise);
        assertTrue(draft.getLearningPreferences().contains(LearningPreference.OEFENEN));
        editor.undo();
        ui.flush();
        assertFalse(draft.getLearningPreferences().contains(LearningPreference.OEFENEN));
        assertFalse(practise.getSelection(), "the tick follows the undo");
        editor.redo();
        ui.flush();
        assertTrue(practise.getSelection());

        // An empty title is an error at the field and in the list; typing one makes it go away.
        editor.select(round);
        ui.type(ui.find(shell, "editor.step.title", Text.class), "");
        ui.until(() -> errors(editor) == 1, 10, "the empty title found");
        String problem = editor.problems().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).findFirst()
                .orElseThrow().getMessage();
        assertTrue(editor.marked(problem), "shown at the title field: " + problem);
        assertFalse(editor.publish(), "not published with an error");
        assertTrue(editor.message().contains(problem), editor.message());
        // ... but it can be kept as a draft.
        ui.click(ui.find(shell, "editor.save", Button.class));
        assertTrue(library.drafts().stream().anyMatch(p -> p.getId().equals(draft.getId())
                && Protocols.steps(p).get(2).getTitle().getNl().isEmpty()), "the draft, error and all");
        // Double-clicking the problem goes to its field.
        editor.select(questions);
        editor.goTo(editor.problems().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).findFirst().orElseThrow());
        ui.flush();
        assertEquals(round, selectedInOutline(shell));
        assertTrue(ui.find(shell, "editor.step.title", Text.class).isFocusControl(), "the cursor in the title field");
        ui.type(ui.find(shell, "editor.step.title", Text.class), "Rondje: wat raakt je?");
        ui.until(() -> errors(editor) == 0, 10, "the title's error gone");
        assertFalse(editor.marked(problem));

        // Undo and redo go through the same history.
        editor.undo();
        assertEquals("", round.getTitle().getNl());
        editor.redo();
        assertEquals("Rondje: wat raakt je?", round.getTitle().getNl());

        // Publish: version 1, with the round.
        ui.click(ui.find(shell, "editor.publish", Button.class));
        assertTrue(editor.message().contains("versie 1"), editor.message());
        Protocol v1 = library.find(draft.getId(), 1).orElseThrow();
        assertEquals(6, Protocols.steps(v1).size());
        assertTrue(Protocols.steps(v1).get(2).isRepeatPerParticipant());
        assertEquals(10, Protocols.steps(v1).get(1).getTimeboxMinutes());
        assertTrue(v1.getLearningPreferences().contains(LearningPreference.OEFENEN), "published with the preference");

        // A facilitator starts with version 1; the lead publishes version 2; the running session keeps 1.
        SessionService sessions = own.context().get(SessionService.class);
        Session early = sessions.start(library.protocols().stream().filter(p -> p.getId().equals(draft.getId()))
                .findFirst().orElseThrow(), "Team Zuid met versie 1", LocalDate.now(), List.of("Anna", "Bram"));
        editor.select(Protocols.steps(draft).get(0));
        ui.spin(ui.find(shell, "editor.step.timebox", Spinner.class), 15);
        assertTrue(editor.publish());
        Protocol newest = library.protocols().stream().filter(p -> p.getId().equals(draft.getId())).findFirst().orElseThrow();
        assertEquals(2, newest.getVersion());
        Session later = sessions.start(newest, "Team Zuid met versie 2", LocalDate.now(), List.of("Anna"));
        assertEquals(2, sessions.open(later.getId()).getProtocolVersion());
        Session reopened = sessions.open(early.getId());
        assertEquals(1, reopened.getProtocolVersion());
        assertEquals(10, Protocols.steps(reopened.getProtocol()).get(0).getTimeboxMinutes(), "version 1 as it was");
        assertEquals(List.of("Stap \u2018Casus en ontwikkelingsvraag\u2019: 10 \u2192 15 minuten."),
                library.history(draft.getId()).get(0).changes());

        // A click on a box in the diagram selects its step in the outline.
        editor.select(questions);
        FlowDiagram.StepBox box = editor.diagram().diagram().box(round).orElseThrow();
        Canvas canvas = ui.find(shell, "editor.diagram", Canvas.class);
        Event click = new Event();
        click.x = (int) box.x() + 10;
        click.y = (int) box.y() + 10;
        click.button = 1;
        canvas.notifyListeners(SWT.MouseDown, click);
        ui.flush();
        assertEquals(round, selectedInOutline(shell));

        // The diagram as PNG and SVG.
        Path png = folder.resolve("actieleren-zuid.png");
        assertTrue(editor.export(png), editor.message());
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(Math.ceil(editor.diagram().diagram().width()), image.width, 1);
        assertEquals(Math.ceil(editor.diagram().diagram().height()), image.height, 1);
        assertTrue(image.width > 200 && image.height > 6 * 40, image.width + "x" + image.height);
        Path svg = folder.resolve("actieleren-zuid.svg");
        assertTrue(editor.export(svg));
        assertTrue(Files.readString(svg).contains("Rondje: wat raakt je?"));

        // A preview runs the draft and stores nothing.
        int stored = own.context().get(SessionStore.class).listSessions().size();
        PreviewWindow preview = editor.preview();
        assertNotNull(preview, editor.message());
        ui.flush();
        assertEquals("Stap 1 van 6 \u2014 Casus en ontwikkelingsvraag", ui.text(preview.shell(), "run.step"));
        ui.type(ui.find(preview.shell(), "capture.casus.text", Text.class), "Een oefencasus");
        ui.pressEnter(ui.find(preview.shell(), "capture.casus.text", Text.class));
        assertEquals(List.of("Een oefencasus"), ui.column(preview.shell(), "capture.casus.table", 0));
        preview.shell().close();
        ui.flush();
        assertEquals(stored, own.context().get(SessionStore.class).listSessions().size(), "the preview left no session");

        // An older version comes back as a draft.
        editor.restore(draft.getId(), 1);
        assertEquals(10, Protocols.steps(editor.protocol()).get(0).getTimeboxMinutes());
        assertTrue(library.drafts().stream().anyMatch(p -> p.getId().equals(draft.getId())));
        window.close();
    }

    @Test
    void aLeadWritesANewMethodFromScratchThatAFacilitatorCanRun() {
        ProtocolLibrary library = own.context().get(ProtocolLibrary.class);
        PartsWindow window = new PartsWindow(own.context(), display, ProtocolEditorPart.class);
        Shell shell = window.shell;
        ProtocolEditorPart editor = window.get(ProtocolEditorPart.class);
        editor.copy(nl.leerkring.core.edit.ProtocolCommands.blank(), "Succesjes delen");
        Protocol draft = editor.protocol();
        editor.select(draft);
        ui.flush();

        // A kind of item of its own, then the one step records it.
        ui.type(ui.find(shell, "editor.protocol.kind.new", Text.class), "Succesje");
        ui.click(ui.find(shell, "editor.protocol.kind.add", Button.class));
        assertEquals("succesje", draft.getItemKinds().get(0).getId());
        Step step = Protocols.steps(draft).get(0);
        editor.select(step);
        ui.flush();
        ui.click(ui.find(shell, "editor.step.capture.succesje", Button.class));
        ui.spin(ui.find(shell, "editor.step.capture.succesje.min", Spinner.class), 1);
        assertEquals(1, step.getCaptures().get(0).getMin());
        // Kept right after the last key (Ctrl+S before typing settles): the draft has what was typed.
        ui.type(ui.find(shell, "editor.step.title", Text.class), "Wat ging er goed deze week?");
        editor.save();
        assertEquals("Wat ging er goed deze week?", step.getTitle().getNl());
        assertTrue(library.drafts().stream().anyMatch(p -> p.getId().equals(draft.getId())
                && "Wat ging er goed deze week?".equals(Protocols.steps(p).get(0).getTitle().getNl())), "the draft as typed");

        // A kind in use cannot go: the lead is told why.
        editor.select(draft);
        ui.flush();
        ui.click(ui.find(shell, "editor.protocol.kind.succesje.remove", Button.class));
        assertTrue(editor.message().contains("legt deze soort vast"), editor.message());
        assertEquals(1, draft.getItemKinds().size());
        // A name typed and kept at once, the cursor still in its field: the kept draft has it.
        ui.type(ui.find(shell, "editor.protocol.kind.succesje", Text.class), "Succesje van de week");
        editor.save();
        assertEquals("Succesje van de week", draft.getItemKinds().get(0).getName().getNl());
        assertTrue(library.drafts().stream().anyMatch(p -> p.getId().equals(draft.getId())
                && "Succesje van de week".equals(p.getItemKinds().get(0).getName().getNl())), "the draft as typed");

        assertTrue(editor.publish(), editor.message());
        Protocol published = library.find("succesjes-delen", 1).orElseThrow();
        SessionService sessions = own.context().get(SessionService.class);
        Session session = sessions.start(published, "Vrijdagrondje", LocalDate.now(), List.of("Anna"));
        sessions.addItem(session, "succesje", "De ouders kwamen naar het gesprek", null);
        assertEquals(1, sessions.open(session.getId()).getItems().size());
        assertEquals(1, editor.diagram().diagram().steps().size());
        window.close();
    }

    /**
     * A lead makes actieleren a trajectory of two meetings (as actieonderzoek is): the first plans,
     * the second comes six weeks later after a trial period and runs a phase of its own. Deleting a
     * phase takes it out of the meeting too, and undo puts both back.
     */
    @Test
    void aLeadMakesATrajectoryOfMeetings() {
        ProtocolLibrary library = own.context().get(ProtocolLibrary.class);
        PartsWindow window = new PartsWindow(own.context(), display, ProtocolEditorPart.class);
        Shell shell = window.shell;
        ProtocolEditorPart editor = window.get(ProtocolEditorPart.class);
        editor.copy(library.find("actieleren", 1).orElseThrow(), "Actieleren in twee bijeenkomsten");
        Protocol draft = editor.protocol();
        editor.select(draft.getPhases().get(0));
        ui.click(ui.find(shell, "editor.addPhase", Button.class));
        Phase evaluation = draft.getPhases().get(1);

        editor.select(draft);
        ui.flush();
        Text title = ui.find(shell, "editor.protocol.meeting.new", Text.class);
        ui.type(title, "Plan maken");
        ui.click(ui.find(shell, "editor.protocol.meeting.add", Button.class));
        ui.type(ui.find(shell, "editor.protocol.meeting.new", Text.class), "Uitproberen en evalueren");
        ui.click(ui.find(shell, "editor.protocol.meeting.add", Button.class));
        assertEquals(List.of("Plan maken", "Uitproberen en evalueren"),
                draft.getMeetings().stream().map(m -> m.getTitle().getNl()).toList());
        assertEquals(List.of(0, 4), draft.getMeetings().stream().map(Meeting::getWeeksAfter).toList(),
                "the first at once, the next a month later");

        ui.click(ui.find(shell, "editor.protocol.meeting.1.phase.bijeenkomst", Button.class));
        ui.spin(ui.find(shell, "editor.protocol.meeting.2.weeks", Spinner.class), 6);
        ui.click(ui.find(shell, "editor.protocol.meeting.2.afterTrial", Button.class));
        ui.click(ui.find(shell, "editor.protocol.meeting.2.phase." + evaluation.getId(), Button.class));
        Meeting second = draft.getMeetings().get(1);
        assertEquals(6, second.getWeeksAfter());
        assertTrue(second.isAfterTrial());
        assertEquals(List.of(evaluation), second.getPhases());
        assertEquals(List.of(draft.getPhases().get(0)), draft.getMeetings().get(0).getPhases());
        assertEquals(0, errors(editor), editor.problems().toString());

        // The second meeting's only phase stays: without it the meeting would run every phase.
        editor.select(evaluation);
        ui.click(ui.find(shell, "editor.delete", Button.class));
        assertEquals(2, draft.getPhases().size());
        assertTrue(editor.message().contains("alleen deze fase"), editor.message());
        // With the first phase ticked too, the phase goes, and with it the meeting's mention of it.
        editor.select(draft);
        ui.flush();
        ui.click(ui.find(shell, "editor.protocol.meeting.2.phase.bijeenkomst", Button.class));
        Phase first = draft.getPhases().get(0);
        editor.select(evaluation);
        ui.click(ui.find(shell, "editor.delete", Button.class));
        assertEquals(1, draft.getPhases().size());
        assertEquals(List.of(first), second.getPhases(), "no meeting names a phase that is gone");
        assertEquals(0, errors(editor), editor.problems().toString());
        editor.undo();
        ui.flush();
        assertEquals(List.of(evaluation, first), second.getPhases());

        // A meeting removed, and back again.
        editor.select(draft);
        ui.flush();
        ui.click(ui.find(shell, "editor.protocol.meeting.2.remove", Button.class));
        assertEquals(1, draft.getMeetings().size());
        editor.undo();
        ui.flush();
        assertEquals(2, draft.getMeetings().size());
        assertEquals(6, ui.find(shell, "editor.protocol.meeting.2.weeks", Spinner.class).getSelection(), "shown again");

        assertTrue(editor.publish(), editor.message());
        Protocol published = library.find(draft.getId(), 1).orElseThrow();
        assertEquals(2, published.getMeetings().size());
        assertEquals(List.of(evaluation.getId(), "bijeenkomst"),
                published.getMeetings().get(1).getPhases().stream().map(Phase::getId).toList());
        window.close();
    }
}
