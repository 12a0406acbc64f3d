package nl.leerkring.core;

/** Which database the application works on, for the window title and the command line. */
public interface StoreInfo {

    /** True for a team database on a server, false for the database on this computer. */
    boolean isShared();

    /** The team database's name, or the data folder of the database on this computer. */
    String name();
}
