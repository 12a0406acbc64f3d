package nl.leerkring.core;

/** A team database refused the login: the user may be asked for the password and try again. */
public class LoginRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public LoginRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
