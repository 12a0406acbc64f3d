package nl.leerkring.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.cli.internal.Messages;
import nl.leerkring.core.Core;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.reports.ActionsCsv;
import nl.leerkring.reports.GroupReport;
import nl.leerkring.reports.Period;
import nl.leerkring.reports.ReportFiles;
import nl.leerkring.reports.SessionReport;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/**
 * What the sessions leave behind, for use outside Leerkring: a session's verslag, a group's report over
 * a period, the actions as a spreadsheet.
 */
final class ReportCommands {

    private final Commands commands;

    ReportCommands(Commands commands) {
        this.commands = commands;
    }

    /** actions [--data DIR | --db URL] [--owner NAME] [--group NAME] --format csv --to FILE */
    int actions(List<String> words) throws Options.Refused {
        Options options = new Options("actions", words,
                Set.of("--data", "--db", "--owner", "--group", "--format", "--to"), Commands.HELP).atMost("actions", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Actions_Help);
            return Commands.OK;
        }
        String format = options.get("--format") == null ? "csv" : options.get("--format");
        if (!format.equals("csv")) {
            return commands.refuse(NLS.bind(Messages.Cli_Actions_BadFormat, format), Commands.USAGE);
        }
        if (options.get("--to") == null) {
            return commands.refuse(Messages.Cli_Export_NeedsTo, Commands.USAGE);
        }
        Path file = Path.of(options.get("--to")).toAbsolutePath();
        String owner = options.get("--owner");
        String group = options.get("--group");
        StoreLocation location = Commands.location(options);
        if (commands.lacksData(location)) {
            return Commands.FAILED;
        }
        try (JdbcStore store = commands.opened(location)) {
            List<ActionRecord> records = (owner != null ? store.actionsOwnedBy(owner)
                    : group != null ? store.actionsOfGroup(group) : all(store)).stream()
                    .filter(r -> group == null || group.equals(r.group())).toList();
            try {
                ActionsCsv.write(records, file);
            } catch (IOException e) {
                return commands.refuse(NLS.bind(Messages.Cli_Export_Failed, file), Commands.FAILED);
            }
            commands.out.println(NLS.bind(Messages.Cli_Actions_Done, records.size(), file));
        }
        return Commands.OK;
    }

    /**
     * report [--data DIR | --db URL] (--session ID|TITLE | --group NAME [--since DATE] [--until DATE])
     * --format md|html|pdf [--redact] [--initials] --to FILE
     */
    int report(List<String> words) throws Options.Refused {
        Options options = new Options("report", words,
                Set.of("--data", "--db", "--session", "--group", "--since", "--until", "--format", "--to"),
                Set.of("--help", "--redact", "--initials")).atMost("report", 0);
        if (options.has("--help")) {
            commands.out.println(Messages.Cli_Report_Help);
            return Commands.OK;
        }
        String format = options.get("--format") == null ? "md" : options.get("--format");
        if (!ReportFiles.FORMATS.contains(format)) {
            return commands.refuse(NLS.bind(Messages.Cli_Report_BadFormat, format), Commands.USAGE);
        }
        if (options.get("--session") == null && options.get("--group") == null) {
            return commands.refuse(Messages.Cli_Report_NeedsSession, Commands.USAGE);
        }
        if (options.get("--to") == null) {
            return commands.refuse(Messages.Cli_Export_NeedsTo, Commands.USAGE);
        }
        Path file = Path.of(options.get("--to")).toAbsolutePath();
        SessionReport.Options redaction = new SessionReport.Options(options.has("--redact"), options.has("--initials"));
        if (options.get("--session") == null) {
            return groupReport(options, format, file, redaction);
        }
        String wanted = options.get("--session");
        StoreLocation location = Commands.location(options);
        if (commands.lacksData(location)) {
            return Commands.FAILED;
        }
        try (JdbcStore store = commands.opened(location)) {
            Optional<Session> session = store.loadSession(wanted).or(() -> store.listSessions().stream()
                    .filter(s -> s.title().equals(wanted)).findFirst().flatMap(s -> store.loadSession(s.id())));
            if (session.isEmpty()) {
                return commands.refuse(NLS.bind(Messages.Cli_Report_NoSession, wanted), Commands.FAILED);
            }
            Core core = commands.core(store);
            Protocol protocol = core.library()
                    .find(session.get().getProtocolId(), session.get().getProtocolVersion()).orElse(null);
            if (protocol == null) {
                return commands.refuse(NLS.bind(Messages.Cli_Report_NoSession, wanted), Commands.FAILED);
            }
            List<ActionRecord> answered = core.actions().answeredIn(session.get());
            SessionReport report = SessionReport.of(session.get(), protocol, answered, redaction);
            try {
                ReportFiles.write(report, format, file);
            } catch (IOException e) {
                return commands.refuse(NLS.bind(Messages.Cli_Export_Failed, file), Commands.FAILED);
            }
            commands.out.println(NLS.bind(Messages.Cli_Report_Done, session.get().getTitle(), file));
        }
        return Commands.OK;
    }

    /** The group's report over the period asked for, by default the twelve months up to today. */
    private int groupReport(Options options, String format, Path file, SessionReport.Options redaction)
            throws Options.Refused {
        String group = options.get("--group");
        LocalDate until;
        LocalDate since;
        try {
            until = options.get("--until") == null ? LocalDate.now(commands.clock) : LocalDate.parse(options.get("--until"));
            since = options.get("--since") == null ? Period.lastTwelveMonths(until).from() : LocalDate.parse(options.get("--since"));
        } catch (DateTimeParseException e) {
            return commands.refuse(NLS.bind(Messages.Cli_Report_BadDate, e.getParsedString()), Commands.USAGE);
        }
        if (since.isAfter(until)) {
            return commands.refuse(NLS.bind(Messages.Cli_Report_BadPeriod, since, until), Commands.USAGE);
        }
        StoreLocation location = Commands.location(options);
        if (commands.lacksData(location)) {
            return Commands.FAILED;
        }
        try (JdbcStore store = commands.opened(location)) {
            Core core = commands.core(store);
            if (!core.sessions().groups().contains(group)) {
                return commands.refuse(NLS.bind(Messages.Cli_Report_NoGroup, group), Commands.FAILED);
            }
            GroupReport report = GroupReport.of(GroupReport.gather(core.sessions(),
                    core.actions().series(group, since, until), group, new Period(since, until)), redaction);
            try {
                ReportFiles.write(report, format, file);
            } catch (IOException e) {
                return commands.refuse(NLS.bind(Messages.Cli_Export_Failed, file), Commands.FAILED);
            }
            commands.out.println(NLS.bind(Messages.Cli_Report_GroupDone, new Object[] { group, report.sessions().size(), file }));
        }
        return Commands.OK;
    }

    /** Every action of every owner, by group and then by the session it was agreed in. */
    private static List<ActionRecord> all(JdbcStore store) {
        Map<String, ActionRecord> byId = new LinkedHashMap<>();
        for (String owner : store.actionOwners()) {
            store.actionsOwnedBy(owner).forEach(r -> byId.putIfAbsent(r.action().getId(), r));
        }
        return byId.values().stream()
                .sorted(Comparator.comparing((ActionRecord r) -> Objects.toString(r.group(), ""))
                        .thenComparing(ActionRecord::sessionDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
