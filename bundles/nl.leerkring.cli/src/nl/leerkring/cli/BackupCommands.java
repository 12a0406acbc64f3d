package nl.leerkring.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.cli.internal.Messages;
import nl.leerkring.core.StoreBackups.Settings;
import nl.leerkring.store.BackupSettings;
import nl.leerkring.store.Backups;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/** Backups of the data on this computer: make one, list them and choose where they go, put one back. */
final class BackupCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final Commands commands;

    BackupCommands(Commands commands) {
        this.commands = commands;
    }

    int backup(List<String> words) throws Options.Refused {
        Options options = new Options("backup", words, Set.of("--data", "--to"), Commands.HELP).atMost("backup", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Backup_Help);
            return Commands.OK;
        }
        StoreLocation location = Commands.existing(options);
        Settings settings = BackupSettings.read(location.dataDirectory());
        Path folder = options.get("--to") != null ? Path.of(options.get("--to")).toAbsolutePath() : settings.folder();
        try (JdbcStore store = commands.opened(location)) {
            Path made = store.backup(folder, BackupSettings.rotation(settings));
            commands.out.println(NLS.bind(Messages.Cli_Backup_Done, made));
        }
        return Commands.OK;
    }

    /** Lists the backups; with --folder, --days or --weeks first changes where they go and how many are kept. */
    int backups(List<String> words) throws Options.Refused {
        Options options = new Options("backups", words, Set.of("--data", "--folder", "--days", "--weeks"), Commands.HELP)
                .atMost("backups", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Backups_Help);
            return Commands.OK;
        }
        Path data = Commands.folder(options);
        Settings settings = BackupSettings.read(data);
        if (options.has("--folder") || options.has("--days") || options.has("--weeks")) {
            settings = new Settings(
                    options.has("--folder") ? Path.of(options.get("--folder")).toAbsolutePath() : settings.folder(),
                    number(options, "--days", settings.days()), number(options, "--weeks", settings.weeks()));
            BackupSettings.write(data, settings);
        }
        commands.out.println(NLS.bind(Messages.Cli_Backups_Settings,
                new Object[] { settings.folder(), settings.days(), settings.weeks() }));
        try {
            List<Backups.Backup> backups = Backups.list(settings.folder());
            if (backups.isEmpty()) {
                commands.out.println(Messages.Cli_Backups_None);
            }
            for (Backups.Backup backup : backups) {
                commands.out.println("  " + backup.folder().getFileName() + "   " + WHEN.format(backup.at()));
            }
        } catch (IOException e) {
            return commands.refuse(NLS.bind(Messages.Cli_Backups_Unreadable, settings.folder()), Commands.FAILED);
        }
        return Commands.OK;
    }

    int restore(List<String> words) throws Options.Refused {
        Options options = new Options("restore", words, Set.of("--data"), Commands.HELP).atMost("restore", 1);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Restore_Help);
            return Commands.OK;
        }
        if (options.positional().isEmpty()) {
            return commands.refuse(Messages.Cli_Restore_NeedsBackup, Commands.USAGE);
        }
        StoreLocation location = StoreLocation.embedded(Commands.folder(options));
        Path backup = backup(options.positional().get(0), location);
        if (!Files.isDirectory(backup.resolve(StoreLocation.DATABASE_FOLDER))) {
            return commands.refuse(NLS.bind(Messages.Cli_Restore_NotABackup, backup), Commands.FAILED);
        }
        try {
            Backups.restore(backup, location)
                    .ifPresent(old -> commands.out.println(NLS.bind(Messages.Cli_Restore_MovedAside, old)));
        } catch (IOException e) {
            return commands.refuse(NLS.bind(Messages.Cli_Restore_Failed, location.dataDirectory()), Commands.FAILED);
        }
        // The restored database must open with its passphrase and pass the check.
        try (JdbcStore store = commands.opened(location)) {
            store.check();
        }
        commands.out.println(NLS.bind(Messages.Cli_Restore_Done, backup.getFileName(), location.dataDirectory()));
        return Commands.OK;
    }

    /** A backup's folder, or its name as `backups` lists it (in the backup folder). */
    private static Path backup(String given, StoreLocation location) {
        Path path = Path.of(given);
        if (!Files.exists(path) && path.getNameCount() == 1) {
            return BackupSettings.read(location.dataDirectory()).folder().resolve(given);
        }
        return path.toAbsolutePath();
    }

    private static int number(Options options, String option, int otherwise) throws Options.Refused {
        if (!options.has(option)) {
            return otherwise;
        }
        try {
            return Integer.parseInt(options.get(option));
        } catch (NumberFormatException e) {
            throw new Options.Refused(NLS.bind(Messages.Cli_NotANumber, option, options.get(option)));
        }
    }
}
