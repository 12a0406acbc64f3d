package nl.leerkring.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.leerkring.core.internal.Messages;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.Protocol;

/**
 * Ruijters' learning preferences (seed 003): their names in the user's language, and a group's mix
 * over the methods its sessions used, so a lead sees whether the group's diet is varied. The sources
 * count the variety of activities itself as a working element (seeds 002 and 004).
 */
public final class LearningPreferences {

    private LearningPreferences() {
    }

    public static String name(LearningPreference preference) {
        return switch (preference) {
        case KUNST_AFKIJKEN -> Messages.Preference_KUNST_AFKIJKEN;
        case PARTICIPEREN -> Messages.Preference_PARTICIPEREN;
        case KENNIS_VERWERVEN -> Messages.Preference_KENNIS_VERWERVEN;
        case OEFENEN -> Messages.Preference_OEFENEN;
        case ONTDEKKEN -> Messages.Preference_ONTDEKKEN;
        };
    }

    /** "Alle leervoorkeuren": the choice that filters nothing out. */
    public static String all() {
        return Messages.Preference_All;
    }

    /** The preferences a method serves, by name, as one line. */
    public static String names(Protocol protocol) {
        return protocol.getLearningPreferences().stream().map(LearningPreferences::name)
                .collect(Collectors.joining(" \u00b7 "));
    }

    /** Whether the method serves the preference; every method serves "all" (null). */
    public static boolean serves(Protocol protocol, LearningPreference preference) {
        return preference == null || protocol.getLearningPreferences().contains(preference);
    }

    /**
     * Per preference, in Ruijters' order, how many of the sessions used a method that serves it; a
     * session whose method serves two counts for both. Methods that are unknown (null) count for none.
     */
    public static Map<LearningPreference, Integer> mix(List<Protocol> methodsUsed) {
        Map<LearningPreference, Integer> mix = new EnumMap<>(LearningPreference.class);
        for (LearningPreference preference : LearningPreference.VALUES) {
            mix.put(preference, 0);
        }
        for (Protocol protocol : methodsUsed) {
            if (protocol != null) {
                protocol.getLearningPreferences().forEach(p -> mix.merge(p, 1, Integer::sum));
            }
        }
        return mix;
    }

    /** The preferences none of the sessions served: where the group's diet could be varied. */
    public static List<LearningPreference> missing(Map<LearningPreference, Integer> mix) {
        return mix.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }
}
