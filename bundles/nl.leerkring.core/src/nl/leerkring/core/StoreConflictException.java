package nl.leerkring.core;

/**
 * The record was changed elsewhere (another view, another client of the team database) since it was
 * read; nothing was written. Reading it again gives the latest state to go on from.
 */
public class StoreConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreConflictException(String message) {
        super(message);
    }
}
