package nl.leerkring.store;

import java.nio.file.Path;

/**
 * Where Leerkring keeps its data on this machine. In order: the system property
 * {@value #PROPERTY} (the launcher's --data option sets it), the environment variable
 * {@value #ENVIRONMENT}, else the folder .leerkring in the user's home.
 */
public final class DataLocation {

    public static final String PROPERTY = "leerkring.data";
    public static final String ENVIRONMENT = "LEERKRING_DATA";

    private DataLocation() {
    }

    public static Path dataDirectory() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".leerkring").toAbsolutePath();
        }
        return Path.of(configured).toAbsolutePath();
    }
}
