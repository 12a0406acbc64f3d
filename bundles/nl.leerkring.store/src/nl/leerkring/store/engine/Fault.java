package nl.leerkring.store.engine;

/** What went wrong, in terms a user can act on; each engine maps its own error codes onto these. */
public enum Fault {
    /** Another program holds the database (a second Leerkring on the same data folder). */
    IN_USE,
    /** The same row was written twice, or two writers raced for it. */
    DUPLICATE,
    /** The engine gave up waiting for another writer; trying again later may work. */
    BUSY,
    /** The server or the connection to it went away. */
    CONNECTION_LOST,
    /** The disk (or the server's disk) is full. */
    DISK_FULL,
    /** The login was refused. */
    LOGIN_REFUSED,
    /** The database's files are damaged: restore a backup. */
    DAMAGED,
    /** The passphrase of an encrypted database is not the right one. */
    WRONG_PASSPHRASE,
    /** The login may not make this change (the team database's rights). */
    NOT_ALLOWED,
    /** Anything else. */
    OTHER
}
