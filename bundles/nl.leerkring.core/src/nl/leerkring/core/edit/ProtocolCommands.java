package nl.leerkring.core.edit;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import nl.leerkring.core.LocalizedTexts;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Meeting;
import nl.leerkring.model.MethodFamily;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.ProtocolOrigin;
import nl.leerkring.model.Role;
import nl.leerkring.model.Step;

/**
 * The structural edits a lead makes in the protocol editor — add, duplicate, delete and move steps
 * and phases — as EMF commands on an editing domain, so each can be undone and redone. A command that
 * would leave a phase without steps (or the protocol without phases) cannot execute: the protocol
 * stays something a group can run.
 */
public final class ProtocolCommands {

    private static final LeerkringPackage L = LeerkringPackage.eINSTANCE;
    private static final LocalizedTexts TEXTS = new LocalizedTexts(ProtocolCommands.class, "design");
    private static final int NEW_STEP_MINUTES = 10;
    /** A new meeting after another: about a month later, as the library's trajectories mostly meet. */
    private static final int WEEKS_BETWEEN_MEETINGS = 4;

    private ProtocolCommands() {
    }

    /** An editing domain with its own command stack, for one protocol being edited. */
    public static EditingDomain domain() {
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
                new DesignCommandStack(Clock.systemUTC()));
    }

    /**
     * A new protocol to start from scratch: one phase with one step and one role, texts to replace.
     * Give it a name and an id with {@link nl.leerkring.core.ProtocolLibrary#copyAsNew}.
     */
    public static Protocol blank() {
        Protocol protocol = LeerkringFactory.eINSTANCE.createProtocol();
        protocol.setId("werkvorm");
        protocol.setName(TEXTS.get("protocol.name"));
        protocol.setDescription(TEXTS.get("protocol.description"));
        protocol.setFamily(MethodFamily.OVERIG);
        protocol.setOrigin(ProtocolOrigin.INFERRED);
        protocol.setDurationMinutes(NEW_STEP_MINUTES);
        Role role = LeerkringFactory.eINSTANCE.createRole();
        role.setId("deelnemer");
        role.setName(TEXTS.get("role.name"));
        role.setOwnsActions(true);
        protocol.getRoles().add(role);
        protocol.getPhases().add(newPhase(protocol));
        return protocol;
    }

    /** A new step with texts to replace, at the index in the phase. */
    public static Command addStep(EditingDomain domain, Phase phase, int index) {
        return AddCommand.create(domain, phase, L.getPhase_Steps(), newStep(uniqueId(protocolOf(phase), "stap")),
                clamp(index, phase.getSteps().size()));
    }

    /** A copy of the step right after it, with an id of its own and "(kopie)" in its title. */
    public static Command duplicateStep(EditingDomain domain, Step step) {
        Phase phase = (Phase) step.eContainer();
        Step copy = EcoreUtil.copy(step);
        copy.setId(uniqueId(protocolOf(phase), step.getId()));
        markCopy(copy.getTitle());
        return AddCommand.create(domain, phase, L.getPhase_Steps(), copy, phase.getSteps().indexOf(step) + 1);
    }

    /** Deletes the step; not the last step of its phase (delete the phase then). */
    public static Command deleteStep(EditingDomain domain, Step step) {
        Phase phase = (Phase) step.eContainer();
        if (phase.getSteps().size() <= 1) {
            return UnexecutableCommand.INSTANCE;
        }
        return RemoveCommand.create(domain, phase, L.getPhase_Steps(), step);
    }

    /**
     * Moves the step one place up (-1) or down (+1); past the first or last step of its phase it
     * goes to the end of the previous or the start of the next phase.
     */
    public static Command moveStep(EditingDomain domain, Step step, int direction) {
        Phase phase = (Phase) step.eContainer();
        Protocol protocol = protocolOf(phase);
        int at = phase.getSteps().indexOf(step) + Integer.signum(direction);
        if (direction != 0 && at >= 0 && at < phase.getSteps().size()) {
            return MoveCommand.create(domain, phase, L.getPhase_Steps(), step, at);
        }
        int phaseAt = protocol.getPhases().indexOf(phase) + Integer.signum(direction);
        if (direction == 0 || phaseAt < 0 || phaseAt >= protocol.getPhases().size()) {
            return UnexecutableCommand.INSTANCE;
        }
        Phase target = protocol.getPhases().get(phaseAt);
        return moveStepTo(domain, step, target, direction < 0 ? target.getSteps().size() : 0);
    }

    /** Moves the step to a place in a phase (drag and drop); not the last step out of its phase. */
    public static Command moveStepTo(EditingDomain domain, Step step, Phase target, int index) {
        Phase source = (Phase) step.eContainer();
        if (source == target) {
            int from = source.getSteps().indexOf(step);
            int to = clamp(index > from ? index - 1 : index, source.getSteps().size() - 1);
            return from == to ? UnexecutableCommand.INSTANCE
                    : MoveCommand.create(domain, source, L.getPhase_Steps(), step, to);
        }
        if (source.getSteps().size() <= 1) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand move = new CompoundCommand();
        move.append(RemoveCommand.create(domain, source, L.getPhase_Steps(), step));
        move.append(AddCommand.create(domain, target, L.getPhase_Steps(), step, clamp(index, target.getSteps().size())));
        return move;
    }

    /** A new phase with one new step, at the index among the phases. */
    public static Command addPhase(EditingDomain domain, Protocol protocol, int index) {
        return AddCommand.create(domain, protocol, L.getProtocol_Phases(), newPhase(protocol),
                clamp(index, protocol.getPhases().size()));
    }

    private static Phase newPhase(Protocol protocol) {
        Phase phase = LeerkringFactory.eINSTANCE.createPhase();
        phase.setId(uniqueId(protocol, "fase"));
        phase.setName(TEXTS.get("phase.name"));
        Set<String> taken = ids(protocol);
        taken.add(phase.getId());
        phase.getSteps().add(newStep(uniqueId(taken, "stap")));
        return phase;
    }

    private static Step newStep(String id) {
        Step step = LeerkringFactory.eINSTANCE.createStep();
        step.setId(id);
        step.setTitle(TEXTS.get("step.title"));
        step.setInstruction(TEXTS.get("step.instruction"));
        step.setPrompt(TEXTS.get("step.prompt"));
        step.setTimeboxMinutes(NEW_STEP_MINUTES);
        return step;
    }

    /** A copy of the phase and its steps right after it, every id its own. */
    public static Command duplicatePhase(EditingDomain domain, Phase phase) {
        Protocol protocol = protocolOf(phase);
        Phase copy = EcoreUtil.copy(phase);
        Set<String> taken = ids(protocol);
        copy.setId(uniqueId(taken, phase.getId()));
        taken.add(copy.getId());
        for (Step step : copy.getSteps()) {
            step.setId(uniqueId(taken, step.getId()));
            taken.add(step.getId());
        }
        if (copy.getName() != null) {
            markCopy(copy.getName());
        }
        return AddCommand.create(domain, protocol, L.getProtocol_Phases(), copy,
                protocol.getPhases().indexOf(phase) + 1);
    }

    /**
     * Deletes the phase with its steps, and from the meetings that run it; not the protocol's only
     * phase, nor a meeting's only one (a meeting with none runs them all: it would change silently).
     */
    public static Command deletePhase(EditingDomain domain, Phase phase) {
        Protocol protocol = protocolOf(phase);
        if (protocol.getPhases().size() <= 1 || onlyPhaseOfAMeeting(phase)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand delete = new CompoundCommand();
        protocol.getMeetings().stream().filter(meeting -> meeting.getPhases().contains(phase))
                .forEach(meeting -> delete.append(RemoveCommand.create(domain, meeting, L.getMeeting_Phases(), phase)));
        delete.append(RemoveCommand.create(domain, protocol, L.getProtocol_Phases(), phase));
        return delete.unwrap();
    }

    /** Whether a meeting of the trajectory runs this phase and no other. */
    public static boolean onlyPhaseOfAMeeting(Phase phase) {
        return protocolOf(phase).getMeetings().stream().anyMatch(m -> m.getPhases().equals(List.of(phase)));
    }

    /**
     * A new meeting at the end of the protocol's trajectory, named: the first comes at once, a later
     * one four weeks after the one before, running every phase until the lead chooses.
     */
    public static Command addMeeting(EditingDomain domain, Protocol protocol, String title) {
        Meeting meeting = LeerkringFactory.eINSTANCE.createMeeting();
        meeting.setTitle(dutch(title));
        meeting.setWeeksAfter(protocol.getMeetings().isEmpty() ? 0 : WEEKS_BETWEEN_MEETINGS);
        return AddCommand.create(domain, protocol, L.getProtocol_Meetings(), meeting);
    }

    public static Command removeMeeting(EditingDomain domain, Meeting meeting) {
        return RemoveCommand.create(domain, meeting.eContainer(), L.getProtocol_Meetings(), meeting);
    }

    /** Moves the phase one place up (-1) or down (+1) among the phases. */
    public static Command movePhase(EditingDomain domain, Phase phase, int direction) {
        Protocol protocol = protocolOf(phase);
        int at = protocol.getPhases().indexOf(phase) + Integer.signum(direction);
        if (direction == 0 || at < 0 || at >= protocol.getPhases().size()) {
            return UnexecutableCommand.INSTANCE;
        }
        return MoveCommand.create(domain, protocol, L.getProtocol_Phases(), phase, at);
    }

    /** A new role of the protocol, named; roles that own actions can be the owner of an action. */
    public static Command addRole(EditingDomain domain, Protocol protocol, String name, boolean ownsActions) {
        Role role = LeerkringFactory.eINSTANCE.createRole();
        role.setId(uniqueId(protocol, Protocols.slug(name, "rol")));
        role.setName(dutch(name));
        role.setOwnsActions(ownsActions);
        return AddCommand.create(domain, protocol, L.getProtocol_Roles(), role);
    }

    /** A new kind of item steps can record; an action kind's items have an owner and a date. */
    public static Command addItemKind(EditingDomain domain, Protocol protocol, String name, boolean action) {
        ItemKind kind = LeerkringFactory.eINSTANCE.createItemKind();
        kind.setId(uniqueId(protocol, Protocols.slug(name, "soort")));
        kind.setName(dutch(name));
        kind.setAction(action);
        return AddCommand.create(domain, protocol, L.getProtocol_ItemKinds(), kind);
    }

    /** Removes a role no step gives the word to. */
    public static Command removeRole(EditingDomain domain, Role role) {
        Protocol protocol = protocolOf(role);
        boolean used = Protocols.steps(protocol).stream().anyMatch(step -> step.getActiveRoles().contains(role));
        return used ? UnexecutableCommand.INSTANCE : RemoveCommand.create(domain, protocol, L.getProtocol_Roles(), role);
    }

    /** Removes a kind of item no step records. */
    public static Command removeItemKind(EditingDomain domain, ItemKind kind) {
        Protocol protocol = protocolOf(kind);
        boolean used = Protocols.steps(protocol).stream()
                .anyMatch(step -> step.getCaptures().stream().anyMatch(c -> c.getKind() == kind));
        return used ? UnexecutableCommand.INSTANCE
                : RemoveCommand.create(domain, protocol, L.getProtocol_ItemKinds(), kind);
    }

    private static LocalizedText dutch(String text) {
        LocalizedText localized = LeerkringFactory.eINSTANCE.createLocalizedText();
        localized.setNl(text == null ? "" : text.strip());
        return localized;
    }

    /** An id not used anywhere in the protocol: the base itself, or the base with -2, -3, ... */
    public static String uniqueId(Protocol protocol, String base) {
        return uniqueId(ids(protocol), base);
    }

    private static String uniqueId(Set<String> taken, String base) {
        if (!taken.contains(base)) {
            return base;
        }
        String stem = base.replaceFirst("-\\d+$", "");
        for (int n = 2;; n++) {
            String candidate = stem + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Every id in the protocol: of its phases, steps, roles, item kinds and codes. */
    private static Set<String> ids(Protocol protocol) {
        Set<String> ids = new HashSet<>();
        protocol.eAllContents().forEachRemaining(object -> {
            EAttribute id = object.eClass().getEIDAttribute();
            if (id != null && object.eGet(id) != null) {
                ids.add(object.eGet(id).toString());
            }
        });
        return ids;
    }

    private static void markCopy(LocalizedText text) {
        LocalizedText copy = TEXTS.get("copy");
        text.setNl(text.getNl() + " (" + copy.getNl() + ")");
        if (text.getEn() != null) {
            text.setEn(text.getEn() + " (" + copy.getEn() + ")");
        }
    }

    private static Protocol protocolOf(EObject object) {
        return (Protocol) EcoreUtil.getRootContainer(object);
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size));
    }

    /**
     * Texts a step or phase may leave out get an empty one, so the form can bind to them; an empty
     * text counts as missing for the validator and in exports.
     */
    public static void completeTexts(Protocol protocol) {
        if (protocol.getDescription() == null) {
            protocol.setDescription(LeerkringFactory.eINSTANCE.createLocalizedText());
        }
        for (Phase phase : protocol.getPhases()) {
            if (phase.getName() == null) {
                phase.setName(LeerkringFactory.eINSTANCE.createLocalizedText());
            }
            for (Step step : phase.getSteps()) {
                if (step.getTitle() == null) {
                    step.setTitle(LeerkringFactory.eINSTANCE.createLocalizedText());
                }
                if (step.getPrompt() == null) {
                    step.setPrompt(LeerkringFactory.eINSTANCE.createLocalizedText());
                }
                if (step.getInstruction() == null) {
                    step.setInstruction(LeerkringFactory.eINSTANCE.createLocalizedText());
                }
            }
        }
    }
}
