package nl.leerkring.core.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Families;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.ValueRound;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.model.Capture;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.MethodFamily;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Role;
import nl.leerkring.model.Step;

/**
 * The rules a protocol must follow before a group can run it, as an EMF validator. Each problem is
 * a diagnostic with a localized message and, as data, the object and feature it is about, so an
 * editor can show it at the field. Use {@link #validate(Protocol)}: it runs these rules with a
 * private registry and leaves EMF's global one alone.
 */
public class ProtocolValidator implements EValidator {

    public static final String SOURCE = "nl.leerkring.core.protocol";

    /** Diagnostic codes, one per rule. */
    public static final int NAME_MISSING = 1;
    public static final int NO_STEPS = 2;
    public static final int PHASE_EMPTY = 3;
    public static final int STEP_TITLE_MISSING = 4;
    public static final int STEP_INSTRUCTION_MISSING = 5;
    public static final int STEP_PROMPT_MISSING = 6;
    public static final int ACTION_WITHOUT_OWNER_ROLE = 7;
    public static final int DURATION_MISMATCH = 8;
    public static final int DUPLICATE_ID = 9;
    public static final int ID_MISSING = 10;
    public static final int FAMILY_NEEDS_ACTION = 11;
    public static final int CAPTURE_KIND_MISSING = 12;
    public static final int CAPTURE_COUNTS = 13;
    public static final int TIMEBOX_NEGATIVE = 14;
    public static final int ELEMENT_NAME_MISSING = 15;
    public static final int ROLE_NOT_IN_PROTOCOL = 16;
    public static final int GROUP_SIZE = 17;
    public static final int RESERVED_ID = 18;
    public static final int REVIEW_NEGATIVE = 19;
    public static final int MEETING = 20;

    /** Families whose method is about acting: a protocol of theirs must record actions. */
    private static final Set<MethodFamily> ACTION_FAMILIES = Set.of(MethodFamily.ACTIELEREN, MethodFamily.BORDSESSIE,
            MethodFamily.ACTIEONDERZOEK, MethodFamily.LEREN_VAN_INCIDENTEN);

    private static final LeerkringPackage L = LeerkringPackage.eINSTANCE;

    /** Every problem of the protocol at once; severity OK when there are none. */
    public static Diagnostic validate(Protocol protocol) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(LeerkringPackage.eINSTANCE, new ProtocolValidator());
        return new Diagnostician(registry).validate(protocol);
    }

    /** The messages of the problems of at least the given severity, in the order found. */
    public static List<String> messages(Diagnostic diagnostic, int minimumSeverity) {
        List<String> messages = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= minimumSeverity) {
                messages.add(child.getMessage());
            }
        }
        return messages;
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // Rules are checked from the protocol down, so they see the whole protocol (ids, roles, durations).
        if (object instanceof Protocol protocol) {
            return new Check(diagnostics).protocol(protocol);
        }
        return true;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    /** One validation run over one protocol. */
    private static final class Check {

        private final DiagnosticChain diagnostics;
        private boolean valid = true;

        Check(DiagnosticChain diagnostics) {
            this.diagnostics = diagnostics;
        }

        boolean protocol(Protocol protocol) {
            if (protocol.getId() == null || protocol.getId().isBlank()) {
                error(ID_MISSING, Messages.Validation_IdMissing, protocol, L.getProtocol_Id());
            }
            if (blank(protocol.getName())) {
                error(NAME_MISSING, Messages.Validation_NameMissing, protocol, L.getProtocol_Name());
            }
            if (protocol.getGroupSizeMin() > 0 && protocol.getGroupSizeMax() > 0
                    && protocol.getGroupSizeMin() > protocol.getGroupSizeMax()) {
                error(GROUP_SIZE, NLS.bind(Messages.Validation_GroupSize, protocol.getGroupSizeMin(),
                        protocol.getGroupSizeMax()), protocol, L.getProtocol_GroupSizeMin());
            }
            ids(protocol);
            protocol.getRoles().forEach(role -> named(role, role.getName(), L.getRole_Name()));
            protocol.getItemKinds().forEach(kind -> {
                named(kind, kind.getName(), L.getItemKind_Name());
                kind.getCodes().forEach(code -> named(code, code.getName(), L.getCode_Name()));
            });
            List<Step> steps = Protocols.steps(protocol);
            if (steps.isEmpty()) {
                error(NO_STEPS, Messages.Validation_NoSteps, protocol, L.getProtocol_Phases());
            }
            for (Phase phase : protocol.getPhases()) {
                if (phase.getSteps().isEmpty()) {
                    error(PHASE_EMPTY, NLS.bind(Messages.Validation_PhaseEmpty, label(phase.getName(), phase.getId())),
                            phase, L.getPhase_Steps());
                }
            }
            for (int i = 0; i < steps.size(); i++) {
                step(protocol, steps.get(i), i + 1);
            }
            duration(protocol, steps);
            if (protocol.getReviewMinutes() < 0) {
                error(REVIEW_NEGATIVE, Messages.Validation_ReviewNegative, protocol, L.getProtocol_ReviewMinutes());
            }
            // A trajectory's meetings each need a name, and come after the one before them.
            for (int n = 1; n <= protocol.getMeetings().size(); n++) {
                nl.leerkring.model.Meeting meeting = protocol.getMeetings().get(n - 1);
                if (meeting.getTitle() == null || meeting.getTitle().getNl() == null || meeting.getTitle().getNl().isBlank()
                        || meeting.getWeeksAfter() < 0 || meeting.getPhases().stream().anyMatch(p -> p.eContainer() != protocol)) {
                    error(MEETING, NLS.bind(Messages.Validation_Meeting, n), meeting, L.getMeeting_Title());
                }
            }
            if (ACTION_FAMILIES.contains(protocol.getFamily()) && steps.stream().noneMatch(Check::collectsActions)) {
                error(FAMILY_NEEDS_ACTION, NLS.bind(Messages.Validation_FamilyNeedsAction,
                        Families.name(protocol.getFamily())), protocol, L.getProtocol_Family());
            }
            return valid;
        }

        private void ids(Protocol protocol) {
            Set<String> seen = new HashSet<>();
            for (EObject element : (Iterable<EObject>) protocol::eAllContents) {
                EStructuralFeature idFeature = element.eClass().getEIDAttribute();
                if (idFeature == null) {
                    continue;
                }
                String id = (String) element.eGet(idFeature);
                if (id == null || id.isBlank()) {
                    error(ID_MISSING, Messages.Validation_IdMissing, element,
                            idFeature);
                } else if (!seen.add(id)) {
                    error(DUPLICATE_ID, NLS.bind(Messages.Validation_DuplicateId, id), element, idFeature);
                } else if (element instanceof Step && (ActionReview.STEP_ID.equals(id) || ValueRound.STEP_ID.equals(id)
                        || id.contains("~"))) {
                    // The review's and the closing round's ids, and "~" that marks a further case's steps.
                    error(RESERVED_ID, NLS.bind(Messages.Validation_ReservedId, id), element, idFeature);
                }
            }
        }

        private void named(EObject element, LocalizedText name, EStructuralFeature feature) {
            if (blank(name)) {
                String id = (String) element.eGet(element.eClass().getEIDAttribute());
                error(ELEMENT_NAME_MISSING, NLS.bind(Messages.Validation_ElementNameMissing, id), element, feature);
            }
        }

        private void step(Protocol protocol, Step step, int number) {
            String title = label(step.getTitle(), Integer.toString(number));
            if (blank(step.getTitle())) {
                error(STEP_TITLE_MISSING, NLS.bind(Messages.Validation_StepTitleMissing, number), step,
                        L.getStep_Title());
            }
            if (blank(step.getInstruction())) {
                error(STEP_INSTRUCTION_MISSING, NLS.bind(Messages.Validation_StepInstructionMissing, title), step,
                        L.getStep_Instruction());
            }
            if (blank(step.getPrompt())) {
                warning(STEP_PROMPT_MISSING, NLS.bind(Messages.Validation_StepPromptMissing, title), step,
                        L.getStep_Prompt());
            }
            if (step.getTimeboxMinutes() < 0) {
                error(TIMEBOX_NEGATIVE, NLS.bind(Messages.Validation_TimeboxNegative, title), step,
                        L.getStep_TimeboxMinutes());
            }
            for (Role role : step.getActiveRoles()) {
                if (!protocol.getRoles().contains(role)) {
                    error(ROLE_NOT_IN_PROTOCOL, NLS.bind(Messages.Validation_RoleNotInProtocol, title), step,
                            L.getStep_ActiveRoles());
                }
            }
            for (Capture capture : step.getCaptures()) {
                capture(protocol, step, title, capture);
            }
            if (collectsActions(step)) {
                List<Role> candidates = step.getActiveRoles().isEmpty() ? protocol.getRoles() : step.getActiveRoles();
                if (candidates.stream().noneMatch(Role::isOwnsActions)) {
                    error(ACTION_WITHOUT_OWNER_ROLE, NLS.bind(Messages.Validation_ActionWithoutOwnerRole, title),
                            step, L.getStep_ActiveRoles());
                }
            }
        }

        private void capture(Protocol protocol, Step step, String title, Capture capture) {
            ItemKind kind = capture.getKind();
            if (kind == null || kind.eIsProxy() || !protocol.getItemKinds().contains(kind)) {
                error(CAPTURE_KIND_MISSING, NLS.bind(Messages.Validation_CaptureKindMissing, title), capture,
                        L.getCapture_Kind());
                return;
            }
            if (capture.getMin() < 0 || (capture.getMax() >= 0 && capture.getMax() < Math.max(1, capture.getMin()))) {
                error(CAPTURE_COUNTS, NLS.bind(Messages.Validation_CaptureCounts, new Object[] { title,
                        Protocols.text(kind.getName()), capture.getMin(), capture.getMax() }), capture,
                        L.getCapture_Max());
            }
        }

        private void duration(Protocol protocol, List<Step> steps) {
            int total = steps.stream().mapToInt(Step::getTimeboxMinutes).filter(m -> m > 0).sum()
                    + (protocol.isFollowUpReview() && protocol.isReviewWithinDuration() ? protocol.getReviewMinutes() : 0);
            if (protocol.getDurationMinutes() > 0 && total != protocol.getDurationMinutes()) {
                warning(DURATION_MISMATCH, NLS.bind(Messages.Validation_DurationMismatch, total,
                        protocol.getDurationMinutes()), protocol, L.getProtocol_DurationMinutes());
            }
        }

        private static boolean collectsActions(Step step) {
            return step.getCaptures().stream().anyMatch(c -> c.getKind() != null && c.getKind().isAction());
        }

        private static boolean blank(LocalizedText text) {
            return text == null || text.getNl() == null || text.getNl().isBlank();
        }

        private static String label(LocalizedText text, String fallback) {
            return blank(text) ? fallback : Protocols.text(text);
        }

        private void error(int code, String message, EObject object, EStructuralFeature feature) {
            valid = false;
            add(Diagnostic.ERROR, code, message, object, feature);
        }

        private void warning(int code, String message, EObject object, EStructuralFeature feature) {
            add(Diagnostic.WARNING, code, message, object, feature);
        }

        private void add(int severity, int code, String message, EObject object, EStructuralFeature feature) {
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { object, feature }));
            }
        }
    }
}
