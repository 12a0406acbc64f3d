package nl.leerkring.cli;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.cli.internal.Messages;
import nl.leerkring.core.StoreAccess;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/** Keeping the data safe: its check, the passphrase, retention and erasure (backups: {@link BackupCommands}). */
final class SafetyCommands {

    private final Commands commands;

    SafetyCommands(Commands commands) {
        this.commands = commands;
    }

    int passphrase(List<String> words) throws Options.Refused {
        Options options = new Options("passphrase", words, Set.of("--data"), Commands.HELP).atMost("passphrase", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Passphrase_Help);
            return Commands.OK;
        }
        StoreLocation location = Commands.existing(options);
        try (JdbcStore store = new JdbcStore(location, null)) {
            if (store.state() == StoreAccess.State.UNENCRYPTED) {
                // Data from before encryption: the new passphrase encrypts it (a copy is made first).
                store.unlock(commands.newPassphrase(location.dataDirectory(), "LEERKRING_NEW_PASSPHRASE").toCharArray());
                commands.out.println(NLS.bind(Messages.Cli_Passphrase_Encrypted, location.dataDirectory()));
                return Commands.OK;
            }
        }
        try (JdbcStore store = commands.opened(location)) {
            char[] current = JdbcStore.passphraseFromEnvironment();
            String asked = current != null ? new String(current)
                    : commands.ask.apply(NLS.bind(Messages.Cli_Passphrase, location.dataDirectory()));
            if (asked == null) {
                return commands.refuse(Messages.Cli_PassphraseNeeded, Commands.FAILED);
            }
            store.changePassphrase(asked.toCharArray(),
                    commands.newPassphrase(location.dataDirectory(), "LEERKRING_NEW_PASSPHRASE").toCharArray());
        }
        commands.out.println(NLS.bind(Messages.Cli_Passphrase_Changed, location.dataDirectory()));
        return Commands.OK;
    }

    int retention(List<String> words) throws Options.Refused {
        Options options = new Options("retention", words, Set.of("--data", "--db", "--group", "--months"), Commands.HELP)
                .atMost("retention", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Retention_Help);
            return Commands.OK;
        }
        String group = options.get("--group");
        if (group == null) {
            return commands.refuse(Messages.Cli_Retention_NeedsGroup, Commands.USAGE);
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
                return commands.refuse(NLS.bind(Messages.Cli_Retention_BadMonths, options.get("--months")), Commands.USAGE);
            }
        }
        StoreLocation location = Commands.location(options);
        if (commands.lacksData(location)) {
            return Commands.FAILED;
        }
        try (JdbcStore store = commands.opened(location)) {
            if (options.has("--months")) {
                store.setMonths(group, months);
            }
            int erased = store.eraseExpired(java.time.LocalDate.now(commands.clock));
            commands.out.println(NLS.bind(Messages.Cli_Retention_Done, new Object[] { group,
                    store.months(group).isPresent() ? store.months(group).getAsInt() : "-", erased }));
        }
        return Commands.OK;
    }

    int erase(List<String> words) throws Options.Refused {
        Options options = new Options("erase", words, Set.of("--data", "--db", "--person"), Commands.HELP).atMost("erase", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Erase_Help);
            return Commands.OK;
        }
        String person = options.get("--person");
        if (person == null || person.isBlank()) {
            return commands.refuse(Messages.Cli_Erase_NeedsPerson, Commands.USAGE);
        }
        StoreLocation location = Commands.location(options);
        if (commands.lacksData(location)) {
            return Commands.FAILED;
        }
        try (JdbcStore store = commands.opened(location)) {
            int changed = store.erasePerson(person.strip());
            // The name is not repeated: the terminal may be logged or on a shared screen.
            commands.out.println(NLS.bind(Messages.Cli_Erase_Done, changed, nl.leerkring.core.Retention.FORMER_MEMBER));
        }
        return Commands.OK;
    }

    int check(List<String> words) throws Options.Refused {
        Options options = new Options("check", words, Set.of("--data"), Commands.HELP).atMost("check", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Check_Help);
            return Commands.OK;
        }
        StoreLocation location = Commands.existing(options);
        try (JdbcStore store = commands.opened(location)) {
            store.check();
        }
        commands.out.println(NLS.bind(Messages.Cli_Check_Sound, location.dataDirectory()));
        return Commands.OK;
    }
}
