package nl.leerkring.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;

/** Read-only questions about a protocol that the engine and the UI both ask. */
public final class Protocols {

    private Protocols() {
    }

    /** The steps in the order they are run, across all phases. */
    public static List<Step> steps(Protocol protocol) {
        return protocol.getPhases().stream().flatMap(phase -> phase.getSteps().stream()).toList();
    }

    /** The protocol's kind of item by its id; the closing round's kind belongs to every protocol. */
    public static Optional<ItemKind> kind(Protocol protocol, String kindId) {
        if (ValueRound.KIND_ID.equals(kindId)) {
            return Optional.of(ValueRound.kind());
        }
        return protocol.getItemKinds().stream().filter(kind -> kind.getId().equals(kindId)).findFirst();
    }

    /** An id from a name, plain ASCII: "Actieleren voor ons één team" becomes "actieleren-voor-ons-een-team". */
    public static String slug(String name, String fallback) {
        String plain = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        // Ids are stored in columns of 100 characters; a suffix such as "-12" must still fit.
        String cut = plain.length() > 60 ? plain.substring(0, 60).replaceAll("-$", "") : plain;
        return cut.isEmpty() ? fallback : cut;
    }

    /** The text in the language of the running application (Dutch unless the locale is English). */
    public static String text(LocalizedText text) {
        return text == null ? "" : text.text(Locale.getDefault().getLanguage());
    }
}
