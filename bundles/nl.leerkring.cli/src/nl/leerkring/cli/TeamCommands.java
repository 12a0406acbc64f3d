package nl.leerkring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.cli.internal.Messages;
import nl.leerkring.core.StoreException;
import nl.leerkring.model.MemberRole;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.MoveReport;
import nl.leerkring.store.StoreLocation;

/** The team database: creating or upgrading its tables, and moving a laptop's data in. */
final class TeamCommands {

    private final Commands commands;

    TeamCommands(Commands commands) {
        this.commands = commands;
    }

    int db(List<String> words) throws Options.Refused {
        String sub = words.isEmpty() ? "--help" : words.get(0);
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        return switch (sub) {
            case "init" -> dbInit(rest);
            case "grant" -> dbGrant(rest);
            case "move" -> dbMove(rest);
            case "--help" -> {
                commands.out.println(Messages.Cli_Db_Help);
                yield words.isEmpty() ? Commands.USAGE : Commands.OK;
            }
            default -> commands.refuse(NLS.bind(Messages.Cli_UnknownCommand, "db " + sub), Commands.USAGE);
        };
    }

    private int dbInit(List<String> words) throws Options.Refused {
        Options options = new Options("db init", words, Set.of(), Set.of("--help", "--print")).atMost("db init", 1);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_DbInit_Help);
            return Commands.OK;
        }
        if (options.positional().isEmpty()) {
            return commands.refuse(Messages.Cli_DbInit_NeedsUrl, Commands.USAGE);
        }
        StoreLocation location = StoreLocation.team(options.positional().get(0));
        location.jdbcUrl();
        if (options.has("--print")) {
            try (JdbcStore store = new JdbcStore(location)) {
                commands.out.print(store.schemaScript());
            }
            return Commands.OK;
        }
        try (JdbcStore store = commands.opened(location)) {
            // Opening a second time only tells the version the database had.
            int found = store.open();
            int now = JdbcStore.schemaVersion();
            commands.out.println(found == 0 ? NLS.bind(Messages.Cli_DbInit_Created, store.name(), now)
                    : found == now ? NLS.bind(Messages.Cli_DbInit_Current, store.name(), now)
                            : NLS.bind(Messages.Cli_DbInit_Upgraded, new Object[] { store.name(), found, now }));
            try {
                store.applyTeamRights();
            } catch (StoreException e) {
                // The tables are there; without the rights everyone who may log in may change everything.
                return commands.refuse(NLS.bind(Messages.Cli_DbInit_NoRights, store.name()), Commands.FAILED);
            }
            commands.out.println(Messages.Cli_DbInit_Rights);
        }
        return Commands.OK;
    }

    /** db grant URL --login L --person NAME --role member|facilitator|lead [--group NAME] */
    private int dbGrant(List<String> words) throws Options.Refused {
        Options options = new Options("db grant", words, Set.of("--login", "--person", "--role", "--group"),
                Commands.HELP).atMost("db grant", 1);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_DbGrant_Help);
            return Commands.OK;
        }
        if (options.positional().isEmpty()) {
            return commands.refuse(Messages.Cli_DbInit_NeedsUrl, Commands.USAGE);
        }
        String login = options.get("--login");
        String person = options.get("--person");
        if (!JdbcStore.isLogin(login) || person == null || person.isBlank()) {
            return commands.refuse(Messages.Cli_DbGrant_NeedsLogin, Commands.USAGE);
        }
        MemberRole role = switch (String.valueOf(options.get("--role"))) {
            case "member", "lid" -> MemberRole.MEMBER;
            case "facilitator", "begeleider" -> MemberRole.FACILITATOR;
            case "lead", "leidinggevende" -> MemberRole.LEAD;
            default -> null;
        };
        if (role == null) {
            return commands.refuse(NLS.bind(Messages.Cli_DbGrant_BadRole, options.get("--role")), Commands.USAGE);
        }
        StoreLocation location = StoreLocation.team(options.positional().get(0));
        location.jdbcUrl();
        try (JdbcStore store = commands.opened(location)) {
            boolean made = store.grant(login, person.strip(), role, options.get("--group"));
            commands.out.println(NLS.bind(Messages.Cli_DbGrant_Done, new Object[] { login, person.strip(),
                    options.get("--role"), options.get("--group") == null ? store.name() : options.get("--group") }));
            if (made) {
                commands.out.println(NLS.bind(Messages.Cli_DbGrant_NoPassword, login));
            }
        }
        return Commands.OK;
    }

    private int dbMove(List<String> words) throws Options.Refused {
        Options options = new Options("db move", words, Set.of("--data", "--to"), Commands.HELP).atMost("db move", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_DbMove_Help);
            return Commands.OK;
        }
        if (options.get("--to") == null) {
            return commands.refuse(Messages.Cli_DbMove_NeedsBoth, Commands.USAGE);
        }
        Path data = Commands.folder(options);
        StoreLocation from = StoreLocation.embedded(data);
        // Moving from a folder without a database would create an empty one there: refuse instead.
        if (!Files.isDirectory(from.databaseDirectory())) {
            return commands.refuse(NLS.bind(Messages.Cli_NoData, data), Commands.FAILED);
        }
        StoreLocation to = StoreLocation.team(options.get("--to"));
        to.jdbcUrl();
        try (JdbcStore source = commands.opened(from); JdbcStore target = commands.opened(to)) {
            MoveReport report = source.moveTo(target);
            if (report.movedNothing()) {
                commands.out.println(NLS.bind(Messages.Cli_DbMove_Nothing, target.name()));
            }
            for (MoveReport.Kind kind : MoveReport.Kind.values()) {
                commands.out.println(NLS.bind(Messages.Cli_DbMove_Line, new Object[] { kindText(kind),
                        report.moved().getOrDefault(kind, 0), report.alreadyThere().getOrDefault(kind, 0) }));
            }
        }
        return Commands.OK;
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
}
