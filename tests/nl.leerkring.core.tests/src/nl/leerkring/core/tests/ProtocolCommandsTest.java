package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.edit.ProtocolCommands;
import nl.leerkring.core.validation.ProtocolValidator;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Meeting;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;

/** The protocol editor's structural edits on every built-in protocol: each keeps it valid, and undo and redo are exact. */
class ProtocolCommandsTest {

    private final ProtocolLibrary library = Services.get(ProtocolLibrary.class);

    private static void assertValid(Protocol protocol, String after) {
        Diagnostic diagnostic = ProtocolValidator.validate(protocol);
        assertEquals(List.of(), ProtocolValidator.messages(diagnostic, Diagnostic.ERROR), protocol.getId() + " after " + after);
    }

    private static void run(CommandStack stack, Command command, Protocol protocol, String what) {
        assertTrue(command.canExecute(), what);
        stack.execute(command);
        assertValid(protocol, what);
    }

    private static List<String> stepIds(Protocol protocol) {
        return Protocols.steps(protocol).stream().map(Step::getId).toList();
    }

    @Test
    void everyEditKeepsEveryBuiltInProtocolValidAndUndoRestoresItExactly() {
        for (Protocol builtIn : library.protocols()) {
            Protocol protocol = EcoreUtil.copy(builtIn);
            EditingDomain domain = ProtocolCommands.domain();
            CommandStack stack = domain.getCommandStack();
            Phase first = protocol.getPhases().get(0);
            Step firstStep = first.getSteps().get(0);

            run(stack, ProtocolCommands.addStep(domain, first, 1), protocol, "add step");
            run(stack, ProtocolCommands.duplicateStep(domain, firstStep), protocol, "duplicate step");
            run(stack, ProtocolCommands.moveStep(domain, firstStep, +1), protocol, "move step down");
            run(stack, ProtocolCommands.addPhase(domain, protocol, protocol.getPhases().size()), protocol, "add phase");
            Step lastOfFirst = first.getSteps().get(first.getSteps().size() - 1);
            run(stack, ProtocolCommands.moveStep(domain, lastOfFirst, +1), protocol, "move step into the next phase");
            assertEquals(protocol.getPhases().get(1), lastOfFirst.eContainer());
            run(stack, ProtocolCommands.duplicatePhase(domain, first), protocol, "duplicate phase");
            run(stack, ProtocolCommands.movePhase(domain, protocol.getPhases().get(1), -1), protocol, "move phase up");
            run(stack, ProtocolCommands.deleteStep(domain, Protocols.steps(protocol).get(1)), protocol, "delete step");
            run(stack, ProtocolCommands.addMeeting(domain, protocol, "Terugkomdag"), protocol, "add meeting");
            Meeting added = protocol.getMeetings().get(protocol.getMeetings().size() - 1);
            run(stack, AddCommand.create(domain, added, LeerkringPackage.Literals.MEETING__PHASES,
                    protocol.getPhases().get(0)), protocol, "a meeting runs the first phase");
            assertFalse(ProtocolCommands.deletePhase(domain, protocol.getPhases().get(0)).canExecute(),
                    "not a meeting's only phase: it would run every phase instead");
            run(stack, AddCommand.create(domain, added, LeerkringPackage.Literals.MEETING__PHASES,
                    protocol.getPhases().get(1)), protocol, "and the second");
            run(stack, ProtocolCommands.deletePhase(domain, protocol.getPhases().get(0)), protocol, "delete phase");
            assertTrue(protocol.getMeetings().stream().allMatch(m -> m.getPhases().stream()
                    .allMatch(p -> p.eContainer() == protocol)), "no meeting names a deleted phase");
            run(stack, ProtocolCommands.removeMeeting(domain, protocol.getMeetings().get(0)), protocol, "remove meeting");
            assertEquals(stepIds(protocol).size(), stepIds(protocol).stream().distinct().count(), "ids stay unique");
            assertFalse(EcoreUtil.equals(builtIn, protocol));

            Protocol edited = EcoreUtil.copy(protocol);
            while (stack.canUndo()) {
                stack.undo();
                assertValid(protocol, "undo");
            }
            assertTrue(EcoreUtil.equals(builtIn, protocol), protocol.getId() + ": undo all gives the original back");
            while (stack.canRedo()) {
                stack.redo();
            }
            assertTrue(EcoreUtil.equals(edited, protocol), protocol.getId() + ": redo all gives the edit back");
        }
    }

    @Test
    void noEditLeavesAPhaseWithoutStepsOrTheProtocolWithoutPhases() {
        Protocol protocol = EcoreUtil.copy(library.find("actieleren", 1).orElseThrow());
        EditingDomain domain = ProtocolCommands.domain();
        Phase only = protocol.getPhases().get(0);
        assertFalse(ProtocolCommands.deletePhase(domain, only).canExecute(), "the only phase");
        domain.getCommandStack().execute(ProtocolCommands.addPhase(domain, protocol, 1));
        Phase added = protocol.getPhases().get(1);
        assertEquals(1, added.getSteps().size(), "a new phase comes with a step");
        assertFalse(ProtocolCommands.deleteStep(domain, added.getSteps().get(0)).canExecute(), "a phase's last step");
        assertFalse(ProtocolCommands.moveStep(domain, added.getSteps().get(0), -1).canExecute(), "out of its phase");
        assertFalse(ProtocolCommands.moveStep(domain, only.getSteps().get(0), -1).canExecute(), "before the first");
        assertFalse(ProtocolCommands.movePhase(domain, added, +1).canExecute(), "after the last");
    }

    @Test
    void aDuplicateGetsItsOwnIdAndSaysItIsACopy() {
        Protocol protocol = EcoreUtil.copy(library.find("actieleren", 1).orElseThrow());
        EditingDomain domain = ProtocolCommands.domain();
        Step questions = Protocols.steps(protocol).get(1);
        domain.getCommandStack().execute(ProtocolCommands.duplicateStep(domain, questions));
        Step copy = Protocols.steps(protocol).get(2);
        assertNotEquals(questions.getId(), copy.getId());
        assertEquals("Open vragen (kopie)", copy.getTitle().getNl());
        assertEquals("Open questions (copy)", copy.getTitle().getEn());
        assertEquals(questions.getCaptures().get(0).getKind(), copy.getCaptures().get(0).getKind(), "same item kind");
        domain.getCommandStack().execute(ProtocolCommands.duplicateStep(domain, questions));
        assertEquals(List.of("stap-vragen", "stap-vragen-3", "stap-vragen-2"), stepIds(protocol).subList(1, 4));
    }

    @Test
    void aProtocolFromScratchStartsValid() {
        Protocol fresh = library.copyAsNew(ProtocolCommands.blank(), "Ons eigen leerrondje", "Lies");
        assertEquals("ons-eigen-leerrondje", fresh.getId());
        assertValid(fresh, "starting from scratch");
        assertEquals(1, Protocols.steps(fresh).size());
    }

    @Test
    void rolesAndKindsAreAddedWithReadableIdsAndOnlyUnusedOnesRemoved() {
        Protocol protocol = EcoreUtil.copy(library.find("actieleren", 1).orElseThrow());
        EditingDomain domain = ProtocolCommands.domain();
        CommandStack stack = domain.getCommandStack();
        run(stack, ProtocolCommands.addItemKind(domain, protocol, "Open vraag", false), protocol, "add kind");
        run(stack, ProtocolCommands.addRole(domain, protocol, "Tijdbewaker", false), protocol, "add role");
        assertEquals("open-vraag-2", protocol.getItemKinds().get(protocol.getItemKinds().size() - 1).getId(),
                "the name's id was taken");
        assertEquals("tijdbewaker", protocol.getRoles().get(protocol.getRoles().size() - 1).getId());
        assertFalse(ProtocolCommands.removeItemKind(domain, protocol.getItemKinds().get(0)).canExecute(), "the case is recorded");
        assertFalse(ProtocolCommands.removeRole(domain, protocol.getRoles().get(1)).canExecute(), "the case bringer speaks");
        run(stack, ProtocolCommands.removeRole(domain, protocol.getRoles().get(protocol.getRoles().size() - 1)), protocol,
                "remove unused role");
        stack.undo();
        stack.undo();
        stack.undo();
        assertTrue(EcoreUtil.equals(library.find("actieleren", 1).orElseThrow(), protocol));
    }
}
