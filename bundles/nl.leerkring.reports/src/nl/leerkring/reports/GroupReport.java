package nl.leerkring.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.LearningPreferences;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.privacy.PersonalDataDetector;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.Item;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.reports.GroupFigures.Bucket;
import nl.leerkring.reports.charts.Chart;
import nl.leerkring.reports.charts.ChartPainter;
import nl.leerkring.reports.internal.Messages;

/**
 * What a group's sessions brought over a period, for the lead's team meeting or a learning
 * network's yearly account: the sessions held with their attendance, the actions made, done,
 * carried over and dropped, why actions were not carried out, what the group learned, the actions
 * carried over more than twice, the learning preferences no session served, what the group told of
 * the value it created (its stories and their codes), and the charts. Redacted, learnings and action texts lose the
 * personal data the detector finds and names may become initials, as in a session's verslag.
 */
public record GroupReport(String group, Period period, List<SessionLine> sessions, Figures figures,
        List<Count> reasons, List<String> learnings, List<Carried> carriedOften, List<LearningPreference> unserved,
        List<String> valueStories, List<Chart> charts) implements Report {

    /** One session held: when, what, with which method, how many of the group's members were there. */
    public record SessionLine(LocalDate date, String title, String method, int present, int members) {
    }

    /** The period's actions counted; {@code carriedOver} counts those carried over at least once. */
    public record Figures(int made, int done, int open, int carriedOver, int notCarriedOut, int dropped, double rate) {
    }

    public record Count(String label, int count) {
    }

    /** An open action carried over more than twice: something is in its owner's way. */
    public record Carried(String text, String owner, int times) {
    }

    /** What the report is made from, read from the store once and redacted as often as asked. */
    public record Data(String group, Period period, List<Session> sessions, List<ActionRecord> actions) {
    }

    @Override
    public String title() {
        return NLS.bind(Messages.Group_Title, group);
    }

    /** The counts as every format lists them. */
    public List<Count> figureLines() {
        return List.of(new Count(Messages.Group_Made, figures.made()), new Count(Messages.Group_Done, figures.done()),
                new Count(Messages.Group_Open, figures.open()), new Count(Messages.Group_CarriedOver, figures.carriedOver()),
                new Count(Messages.Group_NotCarriedOut, figures.notCarriedOut()),
                new Count(Messages.Group_Dropped, figures.dropped()));
    }

    /** A section that is a list of lines, and what it says when there are none. */
    public record Listing(String heading, List<String> lines, String none) {
    }

    /** The reasons, the learnings and the actions carried over more than twice, as every format lists them. */
    public List<Listing> listings() {
        return List.of(
                new Listing(Messages.Group_Reasons, reasons.stream().map(c -> c.label() + ": " + c.count()).toList(),
                        Messages.Group_ReasonsNone),
                new Listing(Messages.Group_Learnings, learnings, Messages.Group_LearningsNone),
                new Listing(Messages.Group_CarriedOften, carriedOften.stream()
                        .map(c -> c.text() + " (" + c.owner() + ", " + NLS.bind(Messages.Group_CarriedTimes, c.times()) + ")")
                        .toList(), Messages.Group_CarriedOftenNone),
                new Listing(Messages.Group_Preferences, unserved.stream()
                        .map(p -> NLS.bind(Messages.Group_PreferenceLine, LearningPreferences.name(p))).toList(),
                        Messages.Group_PreferencesAll),
                new Listing(Messages.Group_Stories, valueStories, Messages.Group_StoriesNone));
    }

    /** "44,4% of the actions agreed was completed." */
    public String rateLine() {
        return NLS.bind(Messages.Group_Rate, ChartPainter.format(figures.rate(), "%"));
    }

    /** The table of sessions held: headers first, then one row per session. */
    public List<List<String>> sessionTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Messages.Group_Date, Messages.Group_Session, Messages.Group_Method, Messages.Group_Attendance));
        for (SessionLine line : sessions) {
            rows.add(List.of(SessionReport.date(line.date()), line.title(), line.method(),
                    line.members() == 0 ? "" : NLS.bind(Messages.Group_AttendanceValue, line.present(), line.members())));
        }
        return rows;
    }

    /** A chart's numbers as a table, for Markdown and for readers who cannot see the picture. */
    public static List<List<String>> numbers(Chart chart) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        chart.series().forEach(s -> header.add(s.name()));
        if (chart.targetLabel() != null) {
            header.add(chart.targetLabel());
        }
        rows.add(header);
        for (int n = 0; n < chart.categories().size(); n++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(n));
            for (Chart.Series series : chart.series()) {
                row.add(ChartPainter.format(series.values().get(n), chart.unit()));
            }
            if (chart.targetLabel() != null) {
                row.add(chart.target(n) == null ? "" : ChartPainter.format(chart.target(n), chart.unit()));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Reads the group's sessions held in the period (with their methods) and takes the actions they
     * agreed from the group's series. Grows with the archive: never on the UI thread.
     *
     * @param series the group's series ({@link ActionService#series}), read once by the caller
     */
    public static Data gather(SessionService sessions, List<ActionService.SeriesEntry> series, String group, Period period) {
        return gather(sessions, sessions.sessionsOfGroup(group), series, group, period);
    }

    /** Likewise, from the group's sessions the caller read already. */
    public static Data gather(SessionService sessions, List<SessionSummary> groupSessions,
            List<ActionService.SeriesEntry> series, String group, Period period) {
        List<Session> held = groupSessions.stream()
                .filter(s -> s.status() != SessionStatus.PLANNED && period.contains(s.date()))
                .sorted(Comparator.comparing(SessionSummary::date).thenComparing(SessionSummary::updatedAt))
                .map(s -> sessions.open(s.id())).toList();
        List<ActionRecord> made = series.stream().flatMap(e -> e.made().stream())
                .filter(r -> period.contains(r.sessionDate())).toList();
        return new Data(group, period, held, made);
    }

    public static GroupReport of(Data data, SessionReport.Options options) {
        UnaryOperator<String> name = options.initials() ? SessionReport::initials : n -> n;
        PersonalDataDetector detector = new PersonalDataDetector();
        UnaryOperator<String> clean = options.redact() ? t -> t == null ? null : detector.replaceAll(t) : t -> t;

        List<SessionLine> sessions = data.sessions().stream().map(s -> {
            Attendance attendance = Attendance.of(s);
            return new SessionLine(s.getDate(), s.getTitle(),
                    s.getProtocol() == null ? s.getProtocolId() : Protocols.text(s.getProtocol().getName()),
                    attendance.present().size(), attendance.present().size() + attendance.absent().size());
        }).toList();

        List<ActionRecord> actions = data.actions().stream().filter(r -> data.period().contains(r.sessionDate())).toList();
        Map<Bucket, Integer> buckets = new LinkedHashMap<>();
        actions.forEach(r -> buckets.merge(Bucket.of(r.action().getStatus()), 1, Integer::sum));
        Figures figures = new Figures(actions.size(), buckets.getOrDefault(Bucket.DONE, 0),
                buckets.getOrDefault(Bucket.OPEN, 0) + buckets.getOrDefault(Bucket.CARRIED_OVER, 0),
                (int) actions.stream().filter(r -> r.action().getCarryOverCount() > 0).count(),
                buckets.getOrDefault(Bucket.NOT_CARRIED_OUT, 0), buckets.getOrDefault(Bucket.DROPPED, 0),
                GroupFigures.rate(actions));

        Map<ActionReason, Integer> reasons = new LinkedHashMap<>();
        for (ActionReason reason : ActionReason.values()) {
            int count = (int) actions.stream().filter(r -> r.action().getReason() == reason).count();
            if (reason != ActionReason.NONE && count > 0) {
                reasons.put(reason, count);
            }
        }

        // What the sessions wrote down as learned, then what the owners learned from their actions.
        Set<String> learnings = new LinkedHashSet<>();
        for (Session session : data.sessions()) {
            session.getItems().stream().filter(i -> "leerpunt".equals(i.getKindId())).map(Item::getText)
                    .filter(t -> t != null && !t.isBlank()).forEach(t -> learnings.add(clean.apply(t.strip())));
        }
        actions.stream().map(r -> r.action().getLearning()).filter(t -> t != null && !t.isBlank())
                .forEach(t -> learnings.add(clean.apply(t.strip())));

        List<Carried> often = actions.stream().map(ActionRecord::action)
                .filter(a -> ActionLifecycle.isOpen(a.getStatus()) && a.getCarryOverCount() > 2)
                .sorted(Comparator.comparingInt(Action::getCarryOverCount).reversed())
                .map(a -> new Carried(clean.apply(a.getText()), name.apply(a.getOwner()), a.getCarryOverCount())).toList();

        Map<LearningPreference, Integer> mix = LearningPreferences
                .mix(data.sessions().stream().map(Session::getProtocol).toList());
        // Value stories: what was told, with the codes it was tagged with; for an action, what it brought.
        List<String> stories = new ArrayList<>();
        for (Session session : data.sessions()) {
            session.getItems().stream().filter(i -> !i.getMarks().isEmpty()).forEach(i -> stories
                    .add(ItemCodes.line(session.getProtocol(), i) + ": " + clean.apply(i.getText().strip())
                            + (i instanceof Action a && a.getOutcome() != null ? " \u2014 " + clean.apply(a.getOutcome().strip()) : "")));
        }
        List<Chart> charts = new ArrayList<>(List.of(GroupFigures.statusByMonth(actions, data.period()),
                GroupFigures.completionByMonth(actions, data.period()), GroupFigures.stepTimes(data.sessions()),
                GroupFigures.learningMix(mix)));
        List<Chart> profiles = GroupFigures.valueProfiles(data.sessions());
        charts.addAll(profiles);
        if (!profiles.isEmpty()) {
            charts.add(GroupFigures.valueByMonth(data.sessions(), data.period()));
        }
        return new GroupReport(data.group(), data.period(), sessions, figures,
                reasons.entrySet().stream().map(e -> new Count(ActionLifecycle.label(e.getKey()), e.getValue())).toList(),
                new ArrayList<>(learnings), often, data.sessions().isEmpty() ? List.of() : LearningPreferences.missing(mix),
                stories, List.copyOf(charts));
    }
}
