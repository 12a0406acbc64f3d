package nl.leerkring.core;

/**
 * Opening the database on this computer, which is encrypted with the user's passphrase: what it
 * needs before anything can be read, and the passphrase's changes. A team database is protected by
 * its server's login instead and is always {@link State#OPEN} here.
 */
public interface StoreAccess {

    /** The shortest passphrase accepted for a new or newly encrypted database. */
    int MIN_PASSPHRASE_LENGTH = 8;

    /** What the database needs before it can be used. */
    enum State {
        /** Nothing: it is open, or opens without a secret. */
        OPEN,
        /** There is no database yet: a passphrase creates it encrypted. */
        NEW,
        /** It is encrypted: the passphrase opens it. */
        LOCKED,
        /** It was made before encryption: a passphrase encrypts it (after a backup), or it opens as it is. */
        UNENCRYPTED
    }

    State state();

    /**
     * Starts, in the background, what opening needs that no passphrase protects (the database
     * engine), so that opening takes less once the passphrase is typed. Nothing for a team database
     * or an open one.
     */
    void prepare();

    /**
     * Opens the database with the passphrase: creates it encrypted when new, encrypts it when it was
     * not (making a backup first).
     *
     * @throws AccessRefusedException when the passphrase is not the database's
     */
    void unlock(char[] passphrase);

    /** Opens a database made before encryption as it is; it stays unencrypted. */
    void openUnencrypted();

    /**
     * Changes the passphrase of the encrypted database.
     *
     * @throws AccessRefusedException when {@code current} is not its passphrase
     */
    void changePassphrase(char[] current, char[] next);
}
