package nl.leerkring.store;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.StoreException;
import nl.leerkring.store.engine.DerbyEngine;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.engine.PostgresEngine;
import nl.leerkring.store.internal.Messages;

/**
 * Which database Leerkring works on: a team database on a PostgreSQL server when one is configured
 * (the system property {@value #PROPERTY}, which the launcher's --db option sets, or the environment
 * variable {@value #ENVIRONMENT}), else the embedded Derby database in the data folder.
 *
 * @param dataDirectory the data folder, for the embedded database
 * @param teamUrl       the team database's address ({@code postgresql://host:5432/name?user=anna}), or null
 */
public record StoreLocation(Path dataDirectory, String teamUrl) {

    public static final String PROPERTY = "leerkring.db";
    public static final String ENVIRONMENT = "LEERKRING_DB";
    /** The embedded database's folder inside the data folder. */
    public static final String DATABASE_FOLDER = "database";

    /** The database this run is configured for. */
    public static StoreLocation configured() {
        String url = System.getProperty(PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(ENVIRONMENT);
        }
        return new StoreLocation(DataLocation.dataDirectory(), url == null || url.isBlank() ? null : url.strip());
    }

    public static StoreLocation embedded(Path dataDirectory) {
        return new StoreLocation(dataDirectory, null);
    }

    public static StoreLocation team(String url) {
        return new StoreLocation(DataLocation.dataDirectory(), url);
    }

    public boolean isShared() {
        return teamUrl != null;
    }

    public Path databaseDirectory() {
        return dataDirectory.resolve(DATABASE_FOLDER).toAbsolutePath();
    }

    /** The team database's name (the last part of its address), or the embedded database's folder. */
    public String name() {
        if (!isShared()) {
            return databaseDirectory().toString();
        }
        String rest = jdbcUrl().substring("jdbc:postgresql://".length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return rest;
        }
        String name = rest.substring(slash + 1);
        int query = name.indexOf('?');
        return query < 0 ? name : name.substring(0, query);
    }

    /**
     * The driver's URL for the team database.
     *
     * @throws StoreException for an address that is not PostgreSQL's, or that holds a password
     */
    public String jdbcUrl() {
        String url = teamUrl;
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            url = url.substring("jdbc:".length());
            lower = lower.substring("jdbc:".length());
        }
        if (lower.startsWith("postgres://")) {
            url = "postgresql://" + url.substring("postgres://".length());
            lower = url.toLowerCase(Locale.ROOT);
        }
        if (!lower.startsWith("postgresql://") || url.length() == "postgresql://".length()) {
            throw new StoreException(NLS.bind(Messages.Store_NotATeamUrl, teamUrl));
        }
        int hostStart = "postgresql://".length();
        int slash = url.indexOf('/', hostStart);
        String authority = url.substring(hostStart, slash < 0 ? url.length() : slash);
        // user:password@host is a password in the address too.
        if (lower.contains("password=") || authority.contains("@")) {
            throw new StoreException(Messages.Store_PasswordInUrl);
        }
        return "jdbc:" + url;
    }

    /** A new engine for this location; for a team database the password comes from PGPASSWORD or ~/.pgpass. */
    public Engine engine() {
        return engine(null);
    }

    /** A new engine; a team database logs in with the given password, if any, else as {@link #engine()}. */
    public Engine engine(String password) {
        if (!isShared()) {
            return new DerbyEngine(databaseDirectory());
        }
        return new PostgresEngine(jdbcUrl(), password != null ? password : System.getenv("PGPASSWORD"));
    }

    /**
     * Whether a team database has a password to log in with without asking: PGPASSWORD, or the
     * password file PostgreSQL's tools and driver read (PGPASSFILE, else ~/.pgpass).
     */
    public static boolean passwordConfigured() {
        if (System.getenv("PGPASSWORD") != null) {
            return true;
        }
        String file = System.getenv("PGPASSFILE");
        Path pgpass = file != null ? Path.of(file) : Path.of(System.getProperty("user.home"), ".pgpass");
        return java.nio.file.Files.isReadable(pgpass);
    }
}
