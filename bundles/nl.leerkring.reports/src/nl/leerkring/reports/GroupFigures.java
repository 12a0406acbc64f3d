package nl.leerkring.reports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.LearningPreferences;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.model.StepTime;
import nl.leerkring.model.Valence;
import nl.leerkring.reports.charts.Chart;
import nl.leerkring.reports.internal.Messages;

/**
 * The numbers behind a group's charts, computed from its sessions and actions: actions by status per
 * month (the month of the session that agreed them), the share completed per month, the time
 * each step of its methods took against its timebox, the learning preferences its methods served,
 * and what the group told of the value it created.
 */
public final class GroupFigures {

    /** The statuses, as the charts group them. */
    public enum Bucket {
        DONE(0x009e73, EnumSet.of(ActionStatus.DONE, ActionStatus.CLOSED, ActionStatus.ADJUSTED)),
        OPEN(0x0072b2, EnumSet.of(ActionStatus.PROPOSED, ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
        CARRIED_OVER(0xe69f00, EnumSet.of(ActionStatus.CARRIED_OVER)),
        NOT_CARRIED_OUT(0xd55e00, EnumSet.of(ActionStatus.NOT_CARRIED_OUT)),
        DROPPED(0x8c8c8c, EnumSet.of(ActionStatus.CANCELLED));

        /** Colours that stay apart for colour-blind readers (Okabe and Ito). */
        final int rgb;
        final Set<ActionStatus> statuses;

        Bucket(int rgb, Set<ActionStatus> statuses) {
            this.rgb = rgb;
            this.statuses = statuses;
        }

        public static Bucket of(ActionStatus status) {
            for (Bucket bucket : values()) {
                if (bucket.statuses.contains(status == null ? ActionStatus.OPEN : status)) {
                    return bucket;
                }
            }
            throw new IllegalArgumentException(String.valueOf(status));
        }

        public String label() {
            return switch (this) {
                case DONE -> Messages.Chart_Done;
                case OPEN -> Messages.Chart_Open;
                case CARRIED_OVER -> ActionLifecycle.label(ActionStatus.CARRIED_OVER);
                case NOT_CARRIED_OUT -> ActionLifecycle.label(ActionStatus.NOT_CARRIED_OUT);
                case DROPPED -> ActionLifecycle.label(ActionStatus.CANCELLED);
            };
        }
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

    /** Okabe and Ito colours again: positive green, negative vermilion, desired blue, none grey. */
    private static final Map<Valence, Integer> VALENCE_COLOURS = Map.of(Valence.POSITIVE, 0x009e73, Valence.NEGATIVE,
            0xd55e00, Valence.DESIRED, 0x0072b2, Valence.NONE, 0x8c8c8c);

    private GroupFigures() {
    }

    /** Per month of the period, how many of the actions agreed that month are in each status now. */
    public static Chart statusByMonth(List<ActionRecord> actions, Period period) {
        List<YearMonth> months = period.months();
        Map<Bucket, List<Double>> counts = new LinkedHashMap<>();
        for (Bucket bucket : Bucket.values()) {
            counts.put(bucket, new ArrayList<>(java.util.Collections.nCopies(months.size(), 0.0)));
        }
        for (ActionRecord record : actions) {
            int month = months.indexOf(YearMonth.from(record.sessionDate()));
            if (period.contains(record.sessionDate()) && month >= 0) {
                List<Double> row = counts.get(Bucket.of(record.action().getStatus()));
                row.set(month, row.get(month) + 1);
            }
        }
        List<Chart.Series> series = counts.entrySet().stream()
                .map(e -> new Chart.Series(e.getKey().label(), e.getKey().rgb, List.copyOf(e.getValue()))).toList();
        return new Chart(Messages.Chart_StatusByMonth, "", months.stream().map(MONTH::format).toList(), series, List.of(),
                null, true, null);
    }

    /** Per month in which actions were agreed, the share of them completed (done, closed or adjusted), in percent. */
    public static Chart completionByMonth(List<ActionRecord> actions, Period period) {
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (YearMonth month : period.months()) {
            List<ActionRecord> made = actions.stream().filter(r -> period.contains(r.sessionDate())
                    && YearMonth.from(r.sessionDate()).equals(month)).toList();
            if (!made.isEmpty()) {
                labels.add(MONTH.format(month));
                rates.add(rate(made));
            }
        }
        return new Chart(Messages.Chart_Completion, "%", labels,
                List.of(new Chart.Series(Messages.Chart_Done, Bucket.DONE.rgb, rates)), List.of(), null, false, 100.0);
    }

    /** The percentage of the actions that was completed, rounded to one decimal. */
    public static double rate(List<ActionRecord> actions) {
        if (actions.isEmpty()) {
            return 0;
        }
        long done = actions.stream().filter(r -> Bucket.of(r.action().getStatus()) == Bucket.DONE).count();
        return Math.round(1000.0 * done / actions.size()) / 10.0;
    }

    /**
     * Per step of each method the sessions used, the minutes it took on average against its
     * timebox on average; skipped steps and steps never timed are left out. With more than one
     * method the step's label says which.
     */
    public static Chart stepTimes(List<Session> sessions) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        long methods = sessions.stream().map(Session::getProtocolId).distinct().count();
        for (Session session : sessions) {
            Protocol protocol = session.getProtocol();
            if (protocol == null) {
                continue;
            }
            // Each step as the session ran it, a further case's too; the cases of a step count together.
            List<Step> ran = nl.leerkring.core.ValueRound.after(session, nl.leerkring.core.CaseRounds.expand(session, protocol));
            for (Step step : ran) {
                StepTime time = session.getStepTimes().stream().filter(t -> t.getStepId().equals(step.getId())).findFirst()
                        .orElse(null);
                if (time == null || time.getSkipReason() != null || time.getElapsedSeconds() <= 0) {
                    continue;
                }
                String key = protocol.getId() + "/" + step.getId().replaceFirst("~\\d+$", "");
                String title = Protocols.text(step.getTitle());
                labels.putIfAbsent(key, methods > 1 ? Protocols.text(protocol.getName()) + " \u00b7 " + title : title);
                double timebox = time.getTimeboxSeconds() > 0 ? time.getTimeboxSeconds() / 60.0 : step.getTimeboxMinutes();
                double[] sum = sums.computeIfAbsent(key, k -> new double[3]);
                sum[0] += time.getElapsedSeconds() / 60.0;
                sum[1] += timebox;
                sum[2]++;
            }
        }
        List<Double> used = sums.values().stream().map(s -> round(s[0] / s[2])).toList();
        List<Double> timeboxes = sums.values().stream().map(s -> s[1] > 0 ? round(s[1] / s[2]) : null).toList();
        return new Chart(Messages.Chart_StepTimes, Messages.Chart_Minutes, List.copyOf(labels.values()),
                List.of(new Chart.Series(Messages.Chart_Used, Bucket.OPEN.rgb, used)), timeboxes, Messages.Chart_Timebox,
                false, null);
    }

    /** Per learning preference, how many of the sessions used a method that serves it. */
    public static Chart learningMix(Map<LearningPreference, Integer> mix) {
        return new Chart(Messages.Chart_Preferences, "",
                mix.keySet().stream().map(LearningPreferences::name).toList(),
                List.of(new Chart.Series(Messages.Chart_Sessions, Bucket.OPEN.rgb,
                        mix.values().stream().map(Integer::doubleValue).toList())),
                List.of(), null, false, null);
    }

    /**
     * What the group told, per code list its methods tag items with (Wenger's value cycles, the
     * design principles of a community): per code, the items tagged with it by valence. A mark on a
     * narrower code (the topic I, the code I.5) counts for the code of the list above it, and a list
     * with topics gets a second chart per topic. Lists with the same codes (the cycles of the value
     * review, of the closing round and of the review's answers) make one chart. Every code of a list
     * the sessions used is shown, so a cycle nobody spoke of (often applied and realised value,
     * seed 001) stands out at zero.
     */
    public static List<Chart> valueProfiles(List<Session> sessions) {
        Map<List<String>, Profile> profiles = new LinkedHashMap<>();
        Map<String, Profile> ofKind = new java.util.HashMap<>();
        for (Session session : sessions) {
            for (ItemKind kind : codedKinds(session)) {
                List<String> names = names(kind);
                Profile profile = profiles.computeIfAbsent(names, k -> new Profile(Protocols.text(kind.getName())));
                names.forEach(profile::code);
                kind.getCodes().forEach(code -> code.getCodes().forEach(topic -> profile.topic(Protocols.text(topic.getName()))));
                ofKind.putIfAbsent(kind.getId() + names, profile);
            }
        }
        for (Session session : sessions) {
            for (Item item : session.getItems()) {
                ItemKind kind = ItemCodes.codesFor(session.getProtocol(), item);
                Profile profile = kind == null ? null : ofKind.get(kind.getId() + names(kind));
                if (profile != null) {
                    profile.count(kind, item);
                }
            }
        }
        List<Chart> charts = new ArrayList<>();
        for (Profile profile : profiles.values()) {
            charts.add(chart(NLS.bind(Messages.Chart_Value, profile.title), profile.codes));
            if (!profile.topics.isEmpty()) {
                charts.add(chart(NLS.bind(Messages.Chart_ValueTopics, profile.title), profile.topics));
            }
        }
        return charts;
    }

    /** Okabe and Ito colours for the five value cycles, in their order. */
    private static final int[] CYCLE_COLOURS = { 0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9 };

    /**
     * The value told over time: per month of the period, the utterances per value cycle (the value
     * round's, the value review's and the reviews' codes on actions, each counted for its cycle once),
     * so a lead sees whether applied and realised value come later, as seed 001 hopes.
     */
    public static Chart valueByMonth(List<Session> sessions, Period period) {
        List<YearMonth> months = period.months();
        List<nl.leerkring.model.Code> cycles = nl.leerkring.core.ValueRound.kind().getCodes();
        double[][] counts = new double[cycles.size()][months.size()];
        for (Session session : sessions) {
            for (Item item : session.getItems()) {
                java.time.LocalDate told = toldOn(session, item);
                int month = period.contains(told) ? months.indexOf(YearMonth.from(told)) : -1;
                if (month < 0 || item.getMarks().isEmpty()) {
                    continue;
                }
                ItemKind kind = ItemCodes.codesFor(session.getProtocol(), item);
                Set<String> named = new java.util.HashSet<>();
                for (CodeMark mark : item.getMarks()) {
                    List<nl.leerkring.model.Code> path = ItemCodes.path(kind, mark.getCodeId());
                    if (!path.isEmpty()) {
                        named.add(path.get(0).getId());
                    }
                }
                for (int cycle = 0; cycle < cycles.size(); cycle++) {
                    if (named.contains(cycles.get(cycle).getId())) {
                        counts[cycle][month]++;
                    }
                }
            }
        }
        List<Chart.Series> series = new ArrayList<>();
        for (int cycle = 0; cycle < cycles.size(); cycle++) {
            series.add(new Chart.Series(Protocols.text(cycles.get(cycle).getName()), CYCLE_COLOURS[cycle],
                    java.util.Arrays.stream(counts[cycle]).boxed().toList()));
        }
        return new Chart(Messages.Chart_ValueByMonth, "", months.stream().map(MONTH::format).toList(), series, List.of(),
                null, true, null);
    }

    /** When the value was told: the session's date, or for an action the day its review closed it. */
    private static java.time.LocalDate toldOn(Session session, Item item) {
        if (item instanceof nl.leerkring.model.Action action) {
            for (int n = action.getHistory().size() - 1; n >= 0; n--) {
                nl.leerkring.model.StatusChange change = action.getHistory().get(n);
                if (change.getTo() == ActionStatus.CLOSED || change.getTo() == ActionStatus.ADJUSTED) {
                    return java.time.LocalDate.ofInstant(change.getAt(), java.time.ZoneId.systemDefault());
                }
            }
        }
        return session.getDate();
    }

    private static List<String> names(ItemKind kind) {
        return kind.getCodes().stream().map(code -> Protocols.text(code.getName())).toList();
    }

    /** The counts of one code list: per code of the list, and per topic under them, by valence. */
    private static final class Profile {
        final String title;
        final Map<String, double[]> codes = new LinkedHashMap<>();
        final Map<String, double[]> topics = new LinkedHashMap<>();

        Profile(String title) {
            this.title = title;
        }

        void code(String name) {
            codes.computeIfAbsent(name, k -> new double[Valence.VALUES.size()]);
        }

        void topic(String name) {
            topics.computeIfAbsent(name, k -> new double[Valence.VALUES.size()]);
        }

        /** Counts the item once for each code and topic its marks fall under, however many marks name it. */
        void count(ItemKind kind, Item item) {
            Set<String> counted = new java.util.HashSet<>();
            for (CodeMark mark : item.getMarks()) {
                List<nl.leerkring.model.Code> path = ItemCodes.path(kind, mark.getCodeId());
                for (int depth = 0; depth < Math.min(2, path.size()); depth++) {
                    String name = Protocols.text(path.get(depth).getName());
                    double[] counts = (depth == 0 ? codes : topics).get(name);
                    if (counts != null && counted.add(depth + name + mark.getValence())) {
                        counts[mark.getValence().getValue()]++;
                    }
                }
            }
        }
    }

    private static Chart chart(String title, Map<String, double[]> counts) {
        List<Chart.Series> series = new ArrayList<>();
        for (Valence valence : List.of(Valence.POSITIVE, Valence.NEGATIVE, Valence.DESIRED, Valence.NONE)) {
            series.add(new Chart.Series(ItemCodes.name(valence), VALENCE_COLOURS.get(valence),
                    counts.values().stream().map(c -> c[valence.getValue()]).toList()));
        }
        // Counts carry no unit: "2", not "2Uitingen" (the title says what is counted).
        return new Chart(title, "", List.copyOf(counts.keySet()), series, List.of(), null, true, null);
    }

    /** The session's kinds of items that have a code list: the closing round's, and the review's for its actions. */
    private static List<ItemKind> codedKinds(Session session) {
        List<ItemKind> kinds = new ArrayList<>();
        if (session.getProtocol() != null) {
            kinds.addAll(session.getProtocol().getItemKinds());
        }
        boolean valuedActions = session.getItems().stream()
                .anyMatch(item -> item instanceof nl.leerkring.model.Action && !item.getMarks().isEmpty());
        if (session.isValueRound() || valuedActions) {
            kinds.add(nl.leerkring.core.ValueRound.kind());
        }
        return kinds.stream().filter(kind -> !kind.getCodes().isEmpty()).toList();
    }

    private static double round(double minutes) {
        return Math.round(minutes * 10) / 10.0;
    }
}
