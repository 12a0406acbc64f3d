package nl.leerkring.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.cli.internal.Messages;
import nl.leerkring.core.Core;
import nl.leerkring.core.demo.DemoData;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.AccessRefusedException;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.StoreAccess;
import nl.leerkring.core.StoreException;
import nl.leerkring.model.Session;
import nl.leerkring.store.DataLocation;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/**
 * The admin's commands, without the application around them (so tests run them as they are): each
 * returns its exit code, prints what it did on {@code out}, and a one-line reason on {@code err} when
 * it cannot; never a stack trace, an SQL state or case text.
 */
public final class Commands {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final Set<String> HELP = Set.of("--help");

    final PrintStream out;
    final PrintStream err;
    private final Supplier<ProtocolSource> builtIn;
    final Clock clock;
    final Function<String, String> ask;

    /**
     * @param ask asks the user for a secret without showing it (the argument is the prompt): a team
     *            database's password or this computer's passphrase; gives null when nobody can answer
     */
    public Commands(PrintStream out, PrintStream err, Supplier<ProtocolSource> builtIn, Clock clock,
            Function<String, String> ask) {
        this.out = out;
        this.err = err;
        this.builtIn = builtIn;
        this.clock = clock;
        this.ask = ask;
    }

    /**
     * The store on the location, opened (its schema created or upgraded). A team database's password
     * comes from ~/.pgpass or PGPASSWORD, this computer's passphrase from LEERKRING_PASSPHRASE; when
     * the database refuses, the user is asked once and it is tried again.
     */
    JdbcStore opened(StoreLocation location) {
        char[] passphrase = location.isShared() ? null : JdbcStore.passphraseFromEnvironment();
        JdbcStore store = passphrase == null ? new JdbcStore(location) : new JdbcStore(location, new String(passphrase));
        try {
            store.open();
            return store;
        } catch (AccessRefusedException refused) {
            store.close();
            boolean configured = location.isShared() ? StoreLocation.passwordConfigured() : passphrase != null;
            String secret = configured ? null : ask.apply(location.isShared()
                    ? NLS.bind(Messages.Cli_Password, location.name())
                    : NLS.bind(Messages.Cli_Passphrase, location.dataDirectory()));
            if (secret == null) {
                throw refused;
            }
            JdbcStore again = new JdbcStore(location, secret);
            again.open();
            return again;
        }
    }

    /** The passphrase a database is (newly) encrypted with: from the environment variable, else asked twice. */
    String newPassphrase(Path data, String variable) {
        String fromEnvironment = System.getenv(variable);
        char[] configured = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
        String passphrase = configured != null ? new String(configured)
                : ask.apply(NLS.bind(Messages.Cli_NewPassphrase, data, StoreAccess.MIN_PASSPHRASE_LENGTH));
        if (passphrase == null) {
            throw new InputRejectedException(Messages.Cli_PassphraseNeeded);
        }
        if (passphrase.length() < StoreAccess.MIN_PASSPHRASE_LENGTH) {
            throw new InputRejectedException(NLS.bind(Messages.Cli_PassphraseTooShort, StoreAccess.MIN_PASSPHRASE_LENGTH));
        }
        if (configured == null && !passphrase.equals(ask.apply(Messages.Cli_RepeatPassphrase))) {
            throw new InputRejectedException(Messages.Cli_PassphraseMismatch);
        }
        return passphrase;
    }

    public int run(List<String> words) {
        if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("help")) {
            out.println(Messages.Cli_Usage);
            return words.isEmpty() ? USAGE : OK;
        }
        List<String> rest = words.subList(1, words.size());
        try {
            return switch (words.get(0)) {
                case "demo" -> demo(rest);
                case "export" -> export(rest);
                case "actions" -> new ReportCommands(this).actions(rest);
                case "report" -> new ReportCommands(this).report(rest);
                case "db" -> new TeamCommands(this).db(rest);
                case "backup" -> new BackupCommands(this).backup(rest);
                case "backups" -> new BackupCommands(this).backups(rest);
                case "restore" -> new BackupCommands(this).restore(rest);
                case "check" -> new SafetyCommands(this).check(rest);
                case "passphrase" -> new SafetyCommands(this).passphrase(rest);
                case "retention" -> new SafetyCommands(this).retention(rest);
                case "erase" -> new SafetyCommands(this).erase(rest);
                default -> refuse(NLS.bind(Messages.Cli_UnknownCommand, words.get(0)), USAGE);
            };
        } catch (Options.Refused e) {
            return refuse(e.getMessage(), USAGE);
        } catch (StoreException | InputRejectedException e) {
            return refuse(e.getMessage(), FAILED);
        }
    }

    /** The core services on an opened store, with the built-in protocols. */
    Core core(JdbcStore store) {
        return Core.on(store, builtIn.get(), clock);
    }

    int refuse(String message, int code) {
        err.println(message);
        return code;
    }

    private int demo(List<String> words) throws Options.Refused {
        Options options = new Options("demo", words, Set.of("--data"), Set.of("--help", "--plain")).atMost("demo", 0);
        if (options.has("--help")) {
            out.println(Messages.Cli_Demo_Help);
            return OK;
        }
        Path data = folder(options);
        StoreLocation location = StoreLocation.embedded(data);
        if (Files.exists(location.databaseDirectory())) {
            return refuse(NLS.bind(Messages.Cli_Demo_NotEmpty, data), FAILED);
        }
        ProtocolSource protocols = builtIn.get();
        if (protocols == null) {
            return refuse(Messages.Cli_NoProtocols, FAILED);
        }
        // The sample sessions end about now: ten weeks of them, starting ten weeks ago.
        ZoneId zone = clock.getZone();
        MovableClock demoClock = new MovableClock(clock.instant().minus(Duration.ofDays(70)), zone);
        // The sample data are made up: --plain leaves them unencrypted, for the window's "try it" (no passphrase).
        try (JdbcStore store = options.has("--plain") ? new JdbcStore(location)
                : new JdbcStore(location, newPassphrase(data, "LEERKRING_PASSPHRASE"))) {
            List<Session> sessions = new DemoData(Core.on(store, protocols, demoClock), demoClock).fill();
            long groups = sessions.stream().map(Session::getGroup).distinct().count();
            out.println(NLS.bind(Messages.Cli_Demo_Done, new Object[] { sessions.size(), groups, data }));
        }
        return OK;
    }

    private int export(List<String> words) throws Options.Refused {
        Options options = new Options("export", words, Set.of("--data", "--db", "--to"), HELP).atMost("export", 0);
        if (options.has("--help")) {
            out.println(Messages.Cli_Export_Help);
            return OK;
        }
        if (options.get("--to") == null) {
            return refuse(Messages.Cli_Export_NeedsTo, USAGE);
        }
        Path file = Path.of(options.get("--to")).toAbsolutePath();
        StoreLocation location = location(options);
        if (lacksData(location)) {
            return FAILED;
        }
        try (JdbcStore store = opened(location)) {
            int sessions;
            // The export holds case material: only its owner may read it.
            try (Writer writer = Files.newBufferedWriter(privateFile(file), StandardCharsets.UTF_8)) {
                sessions = Export.write(store, store, writer);
            } catch (IOException e) {
                return refuse(NLS.bind(Messages.Cli_Export_Failed, file), FAILED);
            }
            out.println(NLS.bind(Messages.Cli_Export_Done, sessions, file));
        }
        return OK;
    }

    private static Path privateFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.write(file, new byte[0], StandardOpenOption.CREATE_NEW);
    }

    /**
     * Whether a data folder has no database, said on the error stream: a command that reads must not
     * make an empty database where a folder name was mistyped.
     */
    boolean lacksData(StoreLocation location) {
        if (!location.isShared() && !Files.isDirectory(location.databaseDirectory())) {
            err.println(NLS.bind(Messages.Cli_NoData, location.dataDirectory()));
            return true;
        }
        return false;
    }

    /** The data folder of --data (or the configured one), which must hold a database. */
    static StoreLocation existing(Options options) throws Options.Refused {
        StoreLocation location = StoreLocation.embedded(folder(options));
        if (!Files.isDirectory(location.databaseDirectory())) {
            throw new Options.Refused(NLS.bind(Messages.Cli_NoData, location.dataDirectory()));
        }
        return location;
    }

    /** The data folder: --data, else the configured one. */
    static Path folder(Options options) {
        return options.get("--data") != null ? Path.of(options.get("--data")).toAbsolutePath()
                : DataLocation.dataDirectory();
    }

    /** The database to read: a team database with --db, else the data folder's. */
    static StoreLocation location(Options options) throws Options.Refused {
        if (options.get("--db") != null) {
            if (options.get("--data") != null) {
                throw new Options.Refused(Messages.Cli_DataOrDb);
            }
            StoreLocation team = StoreLocation.team(options.get("--db"));
            team.jdbcUrl();
            return team;
        }
        return StoreLocation.embedded(folder(options));
    }
}
