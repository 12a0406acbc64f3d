package nl.leerkring.core;

/**
 * A rule of the session or protocol refused the input. Nothing was changed. The message says
 * what is wrong in the user's language and is meant to be shown as it is.
 */
public class InputRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputRejectedException(String message) {
        super(message);
    }
}
