package nl.leerkring.ui;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.privacy.PersonalDataDetector;
import nl.leerkring.ui.internal.Messages;

/**
 * Case material is about children and families: before text from an entry field is recorded,
 * anything that looks like personal data is pointed out, by kind only (the screen may be projected),
 * with an offer to replace it. Recording the same text again means the user has looked and wants it as is.
 */
public final class PrivacyCheck {

    private final PersonalDataDetector detector = new PersonalDataDetector();
    /** Each entry warned about, with the text it had then; a form may have several. */
    private final java.util.Map<Text, String> warned = new java.util.HashMap<>();
    private Text lastWarned;

    /**
     * @return null when the entry's text may be recorded; otherwise the kinds of personal data found,
     *         e.g. "een naam, een telefoonnummer"; the entry is remembered with its text (the same text
     *         again goes through) and for {@link #replace()}
     */
    public String check(Text entry) {
        String text = entry.getText();
        List<PersonalDataDetector.Finding> findings = detector.find(text);
        if (findings.isEmpty() || text.equals(warned.get(entry))) {
            warned.remove(entry);
            if (entry == lastWarned) {
                lastWarned = null;
            }
            return null;
        }
        warned.put(entry, text);
        lastWarned = entry;
        return findings.stream().map(f -> kindName(f.kind())).distinct().collect(Collectors.joining(", "));
    }

    /** Replaces the personal data in the entry last warned about by a code per person and placeholders. */
    public void replace() {
        if (lastWarned != null && !lastWarned.isDisposed()) {
            lastWarned.setText(detector.replaceAll(lastWarned.getText()));
            lastWarned.setFocus();
        }
        if (lastWarned != null) {
            warned.remove(lastWarned);
        }
        lastWarned = null;
    }

    private static String kindName(PersonalDataDetector.Kind kind) {
        return switch (kind) {
        case BSN -> Messages.Privacy_BSN;
        case BIRTH_DATE -> Messages.Privacy_BirthDate;
        case PHONE -> Messages.Privacy_Phone;
        case EMAIL -> Messages.Privacy_Email;
        case FULL_NAME -> Messages.Privacy_FullName;
        };
    }
}
