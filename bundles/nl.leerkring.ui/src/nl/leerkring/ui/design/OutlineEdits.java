package nl.leerkring.ui.design;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;

import nl.leerkring.core.edit.ProtocolCommands;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.internal.Messages;

/**
 * The protocol's structure, edited from the outline: add a step or phase after the selection,
 * duplicate, delete, move up or down, drag a step elsewhere. Each is one undoable command; what
 * cannot be done is said on the message line.
 */
final class OutlineEdits {

    private final OutlineTree outline;
    private final Supplier<Protocol> protocol;
    private final Supplier<EditingDomain> domain;
    private final MessageLine message;

    OutlineEdits(OutlineTree outline, Supplier<Protocol> protocol, Supplier<EditingDomain> domain, MessageLine message) {
        this.outline = outline;
        this.protocol = protocol;
        this.domain = domain;
        this.message = message;
    }

    private Object selected() {
        return outline.viewer().getStructuredSelection().getFirstElement();
    }

    private void select(EObject element) {
        outline.viewer().setSelection(new StructuredSelection(element), true);
    }

    private void execute(Command command) {
        if (protocol.get() == null) {
            message.error(Messages.Editor_ChooseSource);
        } else if (!command.canExecute()) {
            message.error(Messages.Editor_NotPossible);
        } else {
            domain.get().getCommandStack().execute(command);
            message.error("");
        }
    }

    /** A new step after the selected one, or at the end of the selected phase (or the last one). */
    void addStep() {
        Protocol shown = protocol.get();
        if (shown == null) {
            message.error(Messages.Editor_ChooseSource);
            return;
        }
        Object at = selected();
        Phase phase = at instanceof Step step ? (Phase) step.eContainer()
                : at instanceof Phase p ? p : shown.getPhases().get(shown.getPhases().size() - 1);
        int index = at instanceof Step step ? phase.getSteps().indexOf(step) + 1 : phase.getSteps().size();
        execute(ProtocolCommands.addStep(domain.get(), phase, index));
        selectAfterAdd(phase.getSteps().get(Math.min(index, phase.getSteps().size() - 1)));
    }

    /** A new phase after the selected one (or the selected step's), or at the end. */
    void addPhase() {
        Protocol shown = protocol.get();
        if (shown == null) {
            message.error(Messages.Editor_ChooseSource);
            return;
        }
        Object at = selected();
        int index = at instanceof Phase phase ? shown.getPhases().indexOf(phase) + 1
                : at instanceof Step step ? shown.getPhases().indexOf(step.eContainer()) + 1 : shown.getPhases().size();
        execute(ProtocolCommands.addPhase(domain.get(), shown, index));
        selectAfterAdd(shown.getPhases().get(Math.min(index, shown.getPhases().size() - 1)));
    }

    private void selectAfterAdd(EObject added) {
        outline.viewer().refresh();
        select(added);
    }

    void duplicate() {
        Object at = selected();
        if (at instanceof Step step) {
            execute(ProtocolCommands.duplicateStep(domain.get(), step));
        } else if (at instanceof Phase phase) {
            execute(ProtocolCommands.duplicatePhase(domain.get(), phase));
        }
    }

    void delete() {
        Object at = selected();
        if (at instanceof Step step) {
            execute(ProtocolCommands.deleteStep(domain.get(), step));
        } else if (at instanceof Phase phase && ProtocolCommands.onlyPhaseOfAMeeting(phase)) {
            message.error(Messages.Editor_PhaseOfMeeting);
        } else if (at instanceof Phase phase) {
            execute(ProtocolCommands.deletePhase(domain.get(), phase));
        }
    }

    /** Alt+Up / Alt+Down and the arrow buttons. */
    void move(int direction) {
        Object at = selected();
        if (at instanceof Step step) {
            execute(ProtocolCommands.moveStep(domain.get(), step, direction));
            select(step);
        } else if (at instanceof Phase phase) {
            execute(ProtocolCommands.movePhase(domain.get(), phase, direction));
            select(phase);
        }
    }

    /** A step dragged before another step of a phase, or to its end. */
    void drop(Step step, Phase phase, Step before) {
        int index = before == null ? phase.getSteps().size() : phase.getSteps().indexOf(before);
        execute(ProtocolCommands.moveStepTo(domain.get(), step, phase, index));
        select(step);
    }
}
