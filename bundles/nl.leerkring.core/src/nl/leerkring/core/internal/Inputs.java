package nl.leerkring.core.internal;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.InputRejectedException;

/** What the session engine accepts as input: lengths, required values, and refusals in the user's words. */
final class Inputs {

    /** Longest title, name or item text accepted; long enough for a case description. */
    static final int MAX_TITLE = 300;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_SUBGROUP = 100;

    private Inputs() {
    }

    static String required(String value, int maxLength, String messageWhenEmpty) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InputRejectedException(messageWhenEmpty);
        }
        return checkLength(clean, maxLength);
    }

    static String checkLength(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw rejected(Messages.Rejected_TooLong, value.length(), maxLength);
        }
        return value;
    }

    static InputRejectedException rejected(String message, Object... bindings) {
        return new InputRejectedException(NLS.bind(message, bindings));
    }
}
