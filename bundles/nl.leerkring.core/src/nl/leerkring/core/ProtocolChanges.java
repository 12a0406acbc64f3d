package nl.leerkring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.internal.Messages;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;

/**
 * What changed from one version of a protocol to the next, in words a lead reads in the version
 * history: steps and phases added, removed, renamed, moved or retimed, and other changes by part.
 */
public final class ProtocolChanges {

    private ProtocolChanges() {
    }

    /** The changes from {@code older} to {@code newer}; for a first version (older null) "new". */
    public static List<String> describe(Protocol older, Protocol newer) {
        List<String> changes = new ArrayList<>();
        if (older == null) {
            changes.add(Messages.Changes_First);
            return changes;
        }
        if (!sameText(older.getName(), newer.getName())) {
            changes.add(NLS.bind(Messages.Changes_Renamed, Protocols.text(older.getName()), Protocols.text(newer.getName())));
        }
        if (!sameText(older.getDescription(), newer.getDescription())) {
            changes.add(Messages.Changes_Description);
        }
        Map<String, Phase> oldPhases = byId(older.getPhases());
        Map<String, Phase> newPhases = byId(newer.getPhases());
        newPhases.forEach((id, phase) -> {
            if (!oldPhases.containsKey(id)) {
                changes.add(NLS.bind(Messages.Changes_PhaseAdded, Protocols.text(phase.getName())));
            }
        });
        oldPhases.forEach((id, phase) -> {
            if (!newPhases.containsKey(id)) {
                changes.add(NLS.bind(Messages.Changes_PhaseRemoved, Protocols.text(phase.getName())));
            }
        });
        Map<String, Step> oldSteps = stepsById(older);
        Map<String, Step> newSteps = stepsById(newer);
        newSteps.forEach((id, step) -> {
            Step before = oldSteps.get(id);
            if (before == null) {
                changes.add(NLS.bind(Messages.Changes_StepAdded, Protocols.text(step.getTitle())));
            } else {
                describeStep(before, step, changes);
            }
        });
        oldSteps.forEach((id, step) -> {
            if (!newSteps.containsKey(id)) {
                changes.add(NLS.bind(Messages.Changes_StepRemoved, Protocols.text(step.getTitle())));
            }
        });
        List<String> oldOrder = oldSteps.keySet().stream().filter(newSteps::containsKey).toList();
        List<String> newOrder = newSteps.keySet().stream().filter(oldSteps::containsKey).toList();
        if (!oldOrder.equals(newOrder)) {
            changes.add(Messages.Changes_Order);
        }
        if (changes.isEmpty() && !sameApartFromVersion(older, newer)) {
            changes.add(Messages.Changes_Other);
        }
        return changes;
    }

    private static boolean sameApartFromVersion(Protocol older, Protocol newer) {
        Protocol compared = EcoreUtil.copy(older);
        compared.setVersion(newer.getVersion());
        return EcoreUtil.equals(compared, newer);
    }

    private static void describeStep(Step before, Step after, List<String> changes) {
        String title = Protocols.text(after.getTitle());
        if (!sameText(before.getTitle(), after.getTitle())) {
            changes.add(NLS.bind(Messages.Changes_StepRenamed, Protocols.text(before.getTitle()), title));
        }
        if (before.getTimeboxMinutes() != after.getTimeboxMinutes()) {
            changes.add(NLS.bind(Messages.Changes_Timebox,
                    new Object[] { title, before.getTimeboxMinutes(), after.getTimeboxMinutes() }));
        }
        Step compared = EcoreUtil.copy(before);
        compared.setTitle(EcoreUtil.copy(after.getTitle()));
        compared.setTimeboxMinutes(after.getTimeboxMinutes());
        if (!EcoreUtil.equals(compared, after)) {
            changes.add(NLS.bind(Messages.Changes_StepOther, title));
        }
    }

    private static boolean sameText(LocalizedText a, LocalizedText b) {
        return a == null || b == null ? a == b
                : Objects.equals(a.getNl(), b.getNl()) && Objects.equals(a.getEn(), b.getEn());
    }

    private static Map<String, Phase> byId(List<Phase> phases) {
        Map<String, Phase> map = new LinkedHashMap<>();
        phases.forEach(phase -> map.put(phase.getId(), phase));
        return map;
    }

    private static Map<String, Step> stepsById(Protocol protocol) {
        Map<String, Step> map = new LinkedHashMap<>();
        Protocols.steps(protocol).forEach(step -> map.put(step.getId(), step));
        return map;
    }
}
