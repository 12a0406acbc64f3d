package nl.leerkring.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.privacy.PersonalDataDetector;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.model.StepTime;
import nl.leerkring.reports.internal.Messages;

/**
 * What a session leaves behind (its verslag), ready for any format: the method, date, group and who
 * was there; the agreed actions first; the review of earlier actions; then each step with what it
 * recorded and its time against the timebox. With redaction the report can leave the group: case
 * texts are replaced by their kind, personal data found in what stays is replaced, and names may
 * become initials.
 */
public record SessionReport(String title, String method, LocalDate date, String group, Attendance attendance,
        List<Line> actions, List<Line> reviewed, List<Section> steps) implements Report {

    /** An agreed or reviewed action. */
    public record Line(String text, String owner, String due, String status) {
    }

    /** One step: its title, minutes used against its timebox (null when not timed), and what it recorded. */
    public record Section(String title, Integer minutes, Integer timebox, List<Entry> entries) {
    }

    /** One recorded item: its kind, its text, whether the group chose it. */
    public record Entry(String kind, String text, boolean chosen) {
    }

    /** How the report may travel. */
    public record Options(boolean redact, boolean initials) {
        public static final Options WHOLE = new Options(false, false);
    }

    private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter
            .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM);

    /** Kinds whose texts stay when the report is redacted: what the group learned and agreed. */
    private static final Set<String> KEPT_WHEN_REDACTED = Set.of("leerpunt", "actie");

    /**
     * @param answered the group's earlier actions the session's review answered
     *                 ({@link nl.leerkring.core.actions.ActionService#answeredIn}); may be empty
     */
    public static SessionReport of(Session session, Protocol protocol, List<ActionRecord> answered, Options options) {
        UnaryOperator<String> name = options.initials() ? SessionReport::initials : n -> n;
        PersonalDataDetector detector = new PersonalDataDetector();
        UnaryOperator<String> clean = options.redact() ? t -> t == null ? null : detector.replaceAll(t) : t -> t;

        Attendance attendance = Attendance.of(session);
        Attendance shown = new Attendance(attendance.present().stream().map(name).toList(),
                attendance.absent().stream().map(name).toList(),
                attendance.guests().stream().map(name).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));

        List<Line> actions = session.getItems().stream().filter(Action.class::isInstance).map(Action.class::cast)
                .map(a -> line(a, name, clean)).toList();
        List<Line> reviewed = answered.stream().map(r -> line(r.action(), name, clean)).toList();

        Map<String, Section> sections = new LinkedHashMap<>();
        // Each step as the session ran it: once per case, and the closing round when it had one.
        List<Step> ran = nl.leerkring.core.ValueRound.after(session, nl.leerkring.core.CaseRounds.expand(session, protocol));
        for (Step step : ran) {
            Optional<StepTime> time = session.getStepTimes().stream().filter(t -> t.getStepId().equals(step.getId()))
                    .findFirst();
            List<Entry> entries = new ArrayList<>();
            for (Item item : session.getItems()) {
                if (item instanceof Action || !step.getId().equals(item.getStepId())) {
                    continue;
                }
                String kind = Protocols.kind(protocol, item.getKindId()).map(ItemKind::getName).map(Protocols::text)
                        .orElse(item.getKindId());
                // What a subgroup brought says which; codes say what was told of value.
                String label = kind + (item.getSubgroup() == null ? "" : " \u00b7 " + item.getSubgroup())
                        + (item.getMarks().isEmpty() ? "" : " \u00b7 " + nl.leerkring.core.ItemCodes.line(protocol, item));
                boolean kept = !options.redact() || KEPT_WHEN_REDACTED.contains(item.getKindId());
                entries.add(new Entry(label, kept ? clean.apply(item.getText())
                        : NLS.bind(Messages.Report_LeftOut, kind.toLowerCase(java.util.Locale.ROOT)), item.isChosen()));
            }
            sections.put(step.getId(), new Section(Protocols.text(step.getTitle()),
                    time.map(t -> (t.getElapsedSeconds() + 59) / 60).orElse(null),
                    time.map(t -> t.getTimeboxSeconds() / 60).orElse(step.getTimeboxMinutes() > 0 ? step.getTimeboxMinutes() : null),
                    entries));
        }
        return new SessionReport(session.getTitle(), Protocols.text(protocol.getName()), session.getDate(),
                session.getGroup(), shown, actions, reviewed, new ArrayList<>(sections.values()));
    }

    private static Line line(Action action, UnaryOperator<String> name, UnaryOperator<String> clean) {
        return new Line(clean.apply(action.getText()), name.apply(action.getOwner()),
                action.getDueDate() == null ? Messages.Csv_NextSession : DUE.format(action.getDueDate()),
                ActionLifecycle.label(action.getStatus() == null ? ActionStatus.OPEN : action.getStatus()));
    }

    /** The session's date as the reader's language writes it in full ("24 september 2026"). */
    public static String date(LocalDate date) {
        return date == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .format(date);
    }

    /** "Anna de Boer" → "A.d.B."; a single name → its first letter with a dot. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            initials.append(part.charAt(0)).append('.');
        }
        return initials.toString();
    }
}
