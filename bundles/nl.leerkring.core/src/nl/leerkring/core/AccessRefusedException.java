package nl.leerkring.core;

/**
 * The database refused the secret it was opened with: a team database's password, or the passphrase
 * of the encrypted database on this computer. The user may be asked again.
 */
public class AccessRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
