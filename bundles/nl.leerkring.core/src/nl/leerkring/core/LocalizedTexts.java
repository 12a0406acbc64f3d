package nl.leerkring.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;

import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.LocalizedText;

/**
 * Texts that become part of the model (a protocol carries both languages), read from a pair of
 * property files beside a class: {@code name.properties} (Dutch) and {@code name_en.properties}.
 */
public final class LocalizedTexts {

    private final Properties nl;
    private final Properties en;

    public LocalizedTexts(Class<?> owner, String name) {
        nl = load(owner, name + ".properties");
        en = load(owner, name + "_en.properties");
    }

    /** A new model text with both languages of the key. */
    public LocalizedText get(String key) {
        LocalizedText text = LeerkringFactory.eINSTANCE.createLocalizedText();
        text.setNl(Objects.requireNonNull(nl.getProperty(key), key));
        text.setEn(Objects.requireNonNull(en.getProperty(key), key));
        return text;
    }

    /**
     * A step the engine adds to a method (the review, the closing round): in a phase of its own
     * with the same id, its title, prompt and instruction from the keys of those names.
     */
    public nl.leerkring.model.Step ownStep(String id, String phaseKey, int minutes) {
        nl.leerkring.model.Phase phase = LeerkringFactory.eINSTANCE.createPhase();
        phase.setId(id);
        phase.setName(get(phaseKey));
        nl.leerkring.model.Step step = LeerkringFactory.eINSTANCE.createStep();
        step.setId(id);
        step.setTitle(get("title"));
        step.setPrompt(get("prompt"));
        step.setInstruction(get("instruction"));
        step.setTimeboxMinutes(minutes);
        phase.getSteps().add(step);
        return step;
    }

    /** The ids a key lists, space-separated (the same in both files, so read from the Dutch). */
    public java.util.List<String> ids(String key) {
        return java.util.List.of(Objects.requireNonNull(nl.getProperty(key), key).trim().split("\\s+"));
    }

    private static Properties load(Class<?> owner, String file) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(file)) {
            // ISO-8859-1 with unicode escapes, like the bundles' message files.
            properties.load(Objects.requireNonNull(in, file));
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
        return properties;
    }
}
