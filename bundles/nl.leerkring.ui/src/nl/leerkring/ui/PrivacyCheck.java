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
    private Text warnedEntry;
    private String warnedText;

    /**
     * @return null when the entry's text may be recorded; otherwise the kinds of personal data found,
     *         e.g. "een naam, een telefoonnummer", and the entry is remembered for {@link #replace()}
     */
    public String check(Text entry) {
        String text = entry.getText();
        List<PersonalDataDetector.Finding> findings = detector.find(text);
        if (findings.isEmpty() || (entry == warnedEntry && text.equals(warnedText))) {
            forget();
            return null;
        }
        warnedEntry = entry;
        warnedText = text;
        return findings.stream().map(f -> kindName(f.kind())).distinct().collect(Collectors.joining(", "));
    }

    /** Replaces the personal data in the entry last warned about by initials and placeholders. */
    public void replace() {
        if (warnedEntry != null && !warnedEntry.isDisposed()) {
            warnedEntry.setText(detector.replaceAll(warnedEntry.getText()));
            warnedEntry.setFocus();
        }
        forget();
    }

    public void forget() {
        warnedEntry = null;
        warnedText = null;
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
