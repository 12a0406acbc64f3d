package nl.leerkring.core;

/** The store could not do what was asked; the message is meant for the user and is localized. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A refusal the store finds itself, such as a record changed elsewhere in the meantime. */
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
