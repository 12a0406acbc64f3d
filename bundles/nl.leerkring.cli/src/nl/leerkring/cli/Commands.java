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
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.AccessRefusedException;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.StoreAccess;
import nl.leerkring.core.StoreException;
import nl.leerkring.model.Session;
import nl.leerkring.store.BackupRotation;
import nl.leerkring.store.Backups;
import nl.leerkring.store.DataLocation;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.MoveReport;
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

    private static final Set<String> HELP = Set.of("--help");

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<ProtocolSource> builtIn;
    private final Clock clock;
    private final Function<String, String> ask;

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
    private JdbcStore opened(StoreLocation location) {
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
    private String newPassphrase(Path data, String variable) {
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
                case "db" -> db(rest);
                case "backup" -> backup(rest);
                case "restore" -> restore(rest);
                case "check" -> check(rest);
                case "passphrase" -> passphrase(rest);
                case "retention" -> retention(rest);
                case "erase" -> erase(rest);
                default -> refuse(NLS.bind(Messages.Cli_UnknownCommand, words.get(0)), USAGE);
            };
        } catch (Options.Refused e) {
            return refuse(e.getMessage(), USAGE);
        } catch (StoreException | InputRejectedException e) {
            return refuse(e.getMessage(), FAILED);
        }
    }

    private int refuse(String message, int code) {
        err.println(message);
        return code;
    }

    private int demo(List<String> words) throws Options.Refused {
        Options options = new Options("demo", words, Set.of("--data"), HELP).atMost("demo", 0);
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
        DemoClock demoClock = new DemoClock(clock.instant().minus(Duration.ofDays(70)), zone);
        String passphrase = newPassphrase(data, "LEERKRING_PASSPHRASE");
        try (JdbcStore store = new JdbcStore(location, passphrase)) {
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
        if (!location.isShared() && !Files.isDirectory(location.databaseDirectory())) {
            return refuse(NLS.bind(Messages.Cli_NoData, location.dataDirectory()), FAILED);
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

    private int backup(List<String> words) throws Options.Refused {
        Options options = new Options("backup", words, Set.of("--data", "--to"), HELP).atMost("backup", 0);
        if (options.has("--help")) {
            out.println(Messages.Cli_Backup_Help);
            return OK;
        }
        StoreLocation location = existing(options);
        Path folder = options.get("--to") != null ? Path.of(options.get("--to")).toAbsolutePath()
                : location.dataDirectory().resolve(Backups.FOLDER);
        try (JdbcStore store = opened(location)) {
            Path made = store.backup(folder, BackupRotation.DEFAULT);
            out.println(NLS.bind(Messages.Cli_Backup_Done, made));
        }
        return OK;
    }

    private int restore(List<String> words) throws Options.Refused {
        Options options = new Options("restore", words, Set.of("--data"), HELP).atMost("restore", 1);
        if (options.has("--help")) {
            out.println(Messages.Cli_Restore_Help);
            return OK;
        }
        if (options.positional().isEmpty()) {
            return refuse(Messages.Cli_Restore_NeedsBackup, USAGE);
        }
        Path backup = Path.of(options.positional().get(0)).toAbsolutePath();
        if (!Files.isDirectory(backup.resolve(StoreLocation.DATABASE_FOLDER))) {
            return refuse(NLS.bind(Messages.Cli_Restore_NotABackup, backup), FAILED);
        }
        StoreLocation location = StoreLocation.embedded(folder(options));
        try {
            Backups.restore(backup, location)
                    .ifPresent(old -> out.println(NLS.bind(Messages.Cli_Restore_MovedAside, old)));
        } catch (IOException e) {
            return refuse(NLS.bind(Messages.Cli_Restore_Failed, location.dataDirectory()), FAILED);
        }
        // The restored database must open with its passphrase and pass the check.
        try (JdbcStore store = opened(location)) {
            store.check();
        }
        out.println(NLS.bind(Messages.Cli_Restore_Done, backup.getFileName(), location.dataDirectory()));
        return OK;
    }

    private int passphrase(List<String> words) throws Options.Refused {
        Options options = new Options("passphrase", words, Set.of("--data"), HELP).atMost("passphrase", 0);
        if (options.has("--help")) {
            out.println(Messages.Cli_Passphrase_Help);
            return OK;
        }
        StoreLocation location = existing(options);
        try (JdbcStore store = new JdbcStore(location, null)) {
            if (store.state() == StoreAccess.State.UNENCRYPTED) {
                // Data from before encryption: the new passphrase encrypts it (a copy is made first).
                store.unlock(newPassphrase(location.dataDirectory(), "LEERKRING_NEW_PASSPHRASE").toCharArray());
                out.println(NLS.bind(Messages.Cli_Passphrase_Encrypted, location.dataDirectory()));
                return OK;
            }
        }
        try (JdbcStore store = opened(location)) {
            char[] current = JdbcStore.passphraseFromEnvironment();
            String asked = current != null ? new String(current)
                    : ask.apply(NLS.bind(Messages.Cli_Passphrase, location.dataDirectory()));
            if (asked == null) {
                return refuse(Messages.Cli_PassphraseNeeded, FAILED);
            }
            store.changePassphrase(asked.toCharArray(),
                    newPassphrase(location.dataDirectory(), "LEERKRING_NEW_PASSPHRASE").toCharArray());
        }
        out.println(NLS.bind(Messages.Cli_Passphrase_Changed, location.dataDirectory()));
        return OK;
    }

    private int retention(List<String> words) throws Options.Refused {
        Options options = new Options("retention", words, Set.of("--data", "--db", "--group", "--months"), HELP)
                .atMost("retention", 0);
        if (options.has("--help")) {
            out.println(Messages.Cli_Retention_Help);
            return OK;
        }
        String group = options.get("--group");
        if (group == null) {
            return refuse(Messages.Cli_Retention_NeedsGroup, USAGE);
        }
        Integer months = null;
        if (options.get("--months") != null && !options.get("--months").equals("geen")
                && !options.get("--months").equals("none")) {
            try {
                months = Integer.valueOf(options.get("--months"));
            } catch (NumberFormatException e) {
                months = -1;
            }
            if (months < 1) {
                return refuse(NLS.bind(Messages.Cli_Retention_BadMonths, options.get("--months")), USAGE);
            }
        }
        try (JdbcStore store = opened(location(options))) {
            if (options.has("--months")) {
                store.setMonths(group, months);
            }
            int erased = store.eraseExpired(java.time.LocalDate.now(clock));
            out.println(NLS.bind(Messages.Cli_Retention_Done, new Object[] { group,
                    store.months(group).isPresent() ? store.months(group).getAsInt() : "-", erased }));
        }
        return OK;
    }

    private int erase(List<String> words) throws Options.Refused {
        Options options = new Options("erase", words, Set.of("--data", "--db", "--person"), HELP).atMost("erase", 0);
        if (options.has("--help")) {
            out.println(Messages.Cli_Erase_Help);
            return OK;
        }
        String person = options.get("--person");
        if (person == null || person.isBlank()) {
            return refuse(Messages.Cli_Erase_NeedsPerson, USAGE);
        }
        try (JdbcStore store = opened(location(options))) {
            int changed = store.erasePerson(person.strip());
            // The name is not repeated: the terminal may be logged or on a shared screen.
            out.println(NLS.bind(Messages.Cli_Erase_Done, changed, nl.leerkring.core.Retention.FORMER_MEMBER));
        }
        return OK;
    }

    private int check(List<String> words) throws Options.Refused {
        Options options = new Options("check", words, Set.of("--data"), HELP).atMost("check", 0);
        if (options.has("--help")) {
            out.println(Messages.Cli_Check_Help);
            return OK;
        }
        StoreLocation location = existing(options);
        try (JdbcStore store = opened(location)) {
            store.check();
        }
        out.println(NLS.bind(Messages.Cli_Check_Sound, location.dataDirectory()));
        return OK;
    }

    /** The data folder of --data (or the configured one), which must hold a database. */
    private static StoreLocation existing(Options options) throws Options.Refused {
        StoreLocation location = StoreLocation.embedded(folder(options));
        if (!Files.isDirectory(location.databaseDirectory())) {
            throw new Options.Refused(NLS.bind(Messages.Cli_NoData, location.dataDirectory()));
        }
        return location;
    }

    private int db(List<String> words) throws Options.Refused {
        String sub = words.isEmpty() ? "--help" : words.get(0);
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        return switch (sub) {
            case "init" -> dbInit(rest);
            case "move" -> dbMove(rest);
            case "--help" -> {
                out.println(Messages.Cli_Db_Help);
                yield words.isEmpty() ? USAGE : OK;
            }
            default -> refuse(NLS.bind(Messages.Cli_UnknownCommand, "db " + sub), USAGE);
        };
    }

    private int dbInit(List<String> words) throws Options.Refused {
        Options options = new Options("db init", words, Set.of(), Set.of("--help", "--print")).atMost("db init", 1);
        if (options.has("--help")) {
            out.println(Messages.Cli_DbInit_Help);
            return OK;
        }
        if (options.positional().isEmpty()) {
            return refuse(Messages.Cli_DbInit_NeedsUrl, USAGE);
        }
        StoreLocation location = StoreLocation.team(options.positional().get(0));
        location.jdbcUrl();
        if (options.has("--print")) {
            try (JdbcStore store = new JdbcStore(location)) {
                out.print(store.schemaScript());
            }
            return OK;
        }
        try (JdbcStore store = opened(location)) {
            // Opening a second time only tells the version the database had.
            int found = store.open();
            int now = JdbcStore.schemaVersion();
            out.println(found == 0 ? NLS.bind(Messages.Cli_DbInit_Created, store.name(), now)
                    : found == now ? NLS.bind(Messages.Cli_DbInit_Current, store.name(), now)
                            : NLS.bind(Messages.Cli_DbInit_Upgraded, new Object[] { store.name(), found, now }));
        }
        return OK;
    }

    private int dbMove(List<String> words) throws Options.Refused {
        Options options = new Options("db move", words, Set.of("--data", "--to"), HELP).atMost("db move", 0);
        if (options.has("--help")) {
            out.println(Messages.Cli_DbMove_Help);
            return OK;
        }
        if (options.get("--to") == null) {
            return refuse(Messages.Cli_DbMove_NeedsBoth, USAGE);
        }
        Path data = folder(options);
        StoreLocation from = StoreLocation.embedded(data);
        // Moving from a folder without a database would create an empty one there: refuse instead.
        if (!Files.isDirectory(from.databaseDirectory())) {
            return refuse(NLS.bind(Messages.Cli_NoData, data), FAILED);
        }
        StoreLocation to = StoreLocation.team(options.get("--to"));
        to.jdbcUrl();
        try (JdbcStore source = opened(from); JdbcStore target = opened(to)) {
            MoveReport report = source.moveTo(target);
            if (report.movedNothing()) {
                out.println(NLS.bind(Messages.Cli_DbMove_Nothing, target.name()));
            }
            for (MoveReport.Kind kind : MoveReport.Kind.values()) {
                out.println(NLS.bind(Messages.Cli_DbMove_Line, new Object[] { kindText(kind),
                        report.moved().getOrDefault(kind, 0), report.alreadyThere().getOrDefault(kind, 0) }));
            }
        }
        return OK;
    }

    private static String kindText(MoveReport.Kind kind) {
        return switch (kind) {
            case SESSIONS -> Messages.Cli_Kind_SESSIONS;
            case ITEMS -> Messages.Cli_Kind_ITEMS;
            case ACTIONS -> Messages.Cli_Kind_ACTIONS;
            case PROTOCOL_VERSIONS -> Messages.Cli_Kind_PROTOCOL_VERSIONS;
            case DRAFTS -> Messages.Cli_Kind_DRAFTS;
            case RETIRED_PROTOCOLS -> Messages.Cli_Kind_RETIRED_PROTOCOLS;
        };
    }

    /** The data folder: --data, else the configured one. */
    private static Path folder(Options options) {
        return options.get("--data") != null ? Path.of(options.get("--data")).toAbsolutePath()
                : DataLocation.dataDirectory();
    }

    /** The database to read: a team database with --db, else the data folder's. */
    private static StoreLocation location(Options options) throws Options.Refused {
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
