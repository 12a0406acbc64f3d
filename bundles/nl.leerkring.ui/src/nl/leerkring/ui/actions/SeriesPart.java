package nl.leerkring.ui.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import nl.leerkring.core.LearningPreferences;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.Trajectories;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.model.Action;
import nl.leerkring.reports.GroupReport;
import nl.leerkring.reports.Period;
import nl.leerkring.reports.SessionReport;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.LatestRead;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.StoreFollower;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.dialogs.ReportDialog;
import nl.leerkring.ui.internal.Messages;

/**
 * A group's series of sessions over a period: per session the actions made, the actions its review
 * completed and what was learned from them, so the group sees what its learning brought over time;
 * for the lead, the open actions carried over more than twice; and the group report's charts, with
 * the report itself (Groepsverslag…). Everything shown is read off the UI thread: it grows with the
 * archive.
 */
public class SeriesPart {

    /** The part's id in Application.e4xmi. */
    public static final String ID = "nl.leerkring.ui.part.series";

    /** What was read for the group and period shown. */
    private record Shown(List<ActionService.SeriesEntry> series, GroupReport.Data data,
            java.util.Optional<Trajectories.Progress> trajectory) {
    }

    @Inject
    private ActionService actions;

    @Inject
    private SessionService sessions;

    @Inject
    private StoreChanges changes;

    @Inject
    private ProtocolLibrary library;

    /** "Today" for the periods: the application's clock service, or a test's. */
    @Inject
    private Clock clock;

    private Combo group;
    private Combo period;
    private Button report;
    private Label carriedOften;
    private Label preferences;
    private Label trajectory;
    private Tree tree;
    private ChartsView charts;
    private MessageLine message;
    private Shown shown;
    /** The reads asked for: only the latest one is shown. */
    private LatestRead reads;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 8).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        // On a narrow window the buttons move to a second line rather than out of sight.
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.marginLeft = row.marginTop = row.marginRight = row.marginBottom = 0;
        row.spacing = 8;
        top.setLayout(row);
        new Label(top, SWT.NONE).setText(Messages.Actions_Group);
        group = Widgets.id(new Combo(top, SWT.READ_ONLY), "series.group");
        group.setLayoutData(new RowData(260, SWT.DEFAULT));
        group.addListener(SWT.Selection, e -> show());
        new Label(top, SWT.NONE).setText(Messages.Series_Period);
        period = Widgets.id(new Combo(top, SWT.READ_ONLY), "series.period");
        int year = today().getYear();
        period.setItems(Messages.Series_LastTwelveMonths, NLS.bind(Messages.Series_Year, year),
                NLS.bind(Messages.Series_Year, year - 1));
        period.select(0);
        period.addListener(SWT.Selection, e -> show());
        Button csv = Widgets.id(new Button(top, SWT.PUSH), "series.csv");
        csv.setText(Messages.Csv_Export);
        csv.addListener(SWT.Selection, e -> {
            if (shown != null) {
                ActionsExport.ask(tree.getShell(), ActionsExport.spreadsheet(), group.getText(), this::shownActions, message);
            }
        });
        report = Widgets.id(new Button(top, SWT.PUSH), "series.report");
        report.setText(Messages.Series_Report);
        report.addListener(SWT.Selection, e -> openReport());
        trajectory = Widgets.css(Widgets.id(new Label(parent, SWT.WRAP), "series.trajectory"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(trajectory);
        carriedOften = Widgets.css(Widgets.id(new Label(parent, SWT.WRAP), "series.carriedOften"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(carriedOften);
        preferences = Widgets.css(Widgets.id(new Label(parent, SWT.WRAP), "series.preferences"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(preferences);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = Widgets.css(Widgets.id(new Tree(sash, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), "series.tree"), "items");
        reads = new LatestRead(tree);
        Accessibility.name(tree, () -> Messages.A11y_Series);
        charts = new ChartsView(sash);
        sash.setWeights(11, 9);
        message = new MessageLine(parent, "series.message");
        StoreFollower.follow(changes, tree, Set.of(StoreChanges.Kind.SESSIONS, StoreChanges.Kind.ACTIONS), this::refresh);
        refresh();
        Accessibility.nameAll(parent);
    }

    /** Shows the latest sessions and reviews each time the part comes to the front. */
    @Focus
    public void focus() {
        refresh();
        group.setFocus();
    }

    /** Reads the groups again and shows the one picked (the most recently active at first). */
    public void refresh() {
        // The groups are found among all sessions: a read that grows with the archive.
        read(sessions::groups, groups -> {
            String chosen = group.getText();
            group.setItems(groups.toArray(String[]::new));
            int at = groups.indexOf(chosen);
            if (!groups.isEmpty()) {
                group.select(at < 0 ? 0 : at);
            }
            show();
        });
    }

    /** Reads off the UI thread and shows what was read, unless a later read was asked for meanwhile. */
    private <T> void read(java.util.function.Supplier<T> what, java.util.function.Consumer<T> shower) {
        reads.read(what, shower, message::error);
    }

    /** Whether a read is still under way (for the UI tests). */
    public boolean isReading() {
        return reads.reading();
    }

    private void show() {
        if (group.getSelectionIndex() < 0) {
            tree.removeAll();
            new TreeItem(tree, SWT.NONE).setText(Messages.Series_NoGroups);
            carriedOften.setText("");
            preferences.setText("");
            showLine(trajectory, "");
            charts.show(List.of());
            shown = null;
            report.setEnabled(false);
            return;
        }
        String name = group.getText();
        Period chosen = chosenPeriod();
        read(() -> {
            // Only the period's sessions and their actions: a year's series whatever the group's history.
            List<ActionService.SeriesEntry> series = actions.series(name, chosen.from(), chosen.until());
            // The group's sessions, read once for the report and for where it is in its trajectory.
            List<nl.leerkring.core.SessionSummary> groupSessions = sessions.sessionsOfGroup(name);
            return new Shown(series, GroupReport.gather(sessions, groupSessions, series, name, chosen),
                    Trajectories.of(groupSessions, library, today()));
        }, this::fill);
    }

    private Period chosenPeriod() {
        LocalDate today = today();
        return switch (period.getSelectionIndex()) {
            case 1 -> Period.year(today.getYear());
            case 2 -> Period.year(today.getYear() - 1);
            default -> Period.lastTwelveMonths(today);
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void fill(Shown read) {
        shown = read;
        tree.removeAll();
        List<ActionService.SeriesEntry> series = read.series();
        // Leads look out for actions that keep being carried over: something is in their way.
        List<String> often = series.stream().flatMap(e -> e.made().stream()).map(ActionRecord::action)
                .filter(a -> ActionLifecycle.isOpen(a.getStatus()) && a.getCarryOverCount() > 2)
                .map(a -> NLS.bind(Messages.Series_Times, line(a), a.getCarryOverCount())).toList();
        carriedOften.setText(often.isEmpty() ? Messages.Series_CarriedOftenNone
                : NLS.bind(Messages.Series_CarriedOften, String.join("; ", often)));
        if (series.isEmpty()) {
            new TreeItem(tree, SWT.NONE).setText(Messages.Series_NoneInPeriod);
        }
        for (ActionService.SeriesEntry entry : series) {
            TreeItem session = new TreeItem(tree, SWT.NONE);
            session.setText(NLS.bind(Messages.Series_Session, new Object[] { entry.title(),
                    ActionTexts.date(entry.date()), entry.made().size(), entry.completed().size() })
                    + (entry.members() == 0 ? "" : NLS.bind(Messages.Series_Attendance, entry.present(), entry.members())));
            for (ActionRecord made : entry.made()) {
                item(session, NLS.bind(Messages.Series_Made, line(made.action())));
            }
            List<TreeItem> completed = new ArrayList<>();
            for (ActionRecord finished : entry.completed()) {
                TreeItem item = item(session, NLS.bind(Messages.Series_Completed, line(finished.action())));
                if (finished.action().getOutcome() != null) {
                    item(item, NLS.bind(Messages.Actions_OutcomeLine, finished.action().getOutcome()));
                }
                if (finished.action().getLearning() != null) {
                    item(item, NLS.bind(Messages.Actions_LearningLine, finished.action().getLearning()));
                }
                completed.add(item);
            }
            // What was learned is the point of the series: open down to it (GTK expands parents first).
            session.setExpanded(true);
            completed.forEach(item -> item.setExpanded(true));
        }
        // Where the group is in its trajectory, whatever the period shown.
        showLine(trajectory, read.trajectory().map(Trajectories.Progress::line).orElse(""));
        GroupReport account = GroupReport.of(read.data(), SessionReport.Options.WHOLE);
        charts.show(account.charts());
        // A lead varies the group's diet: the preferences its methods left out are named.
        preferences.setText(read.data().sessions().isEmpty() ? ""
                : account.unserved().isEmpty() ? Messages.Series_AllServed
                        : NLS.bind(Messages.Series_Unserved, account.unserved().stream()
                                .map(LearningPreferences::name).collect(java.util.stream.Collectors.joining(", "))));
        report.setEnabled(true);
        message.error("");
        carriedOften.getParent().layout(true, true);
    }

    /** A line that says nothing takes no room (most groups follow no trajectory). */
    private static void showLine(Label line, String text) {
        line.setText(text);
        line.setVisible(!text.isEmpty());
        ((org.eclipse.swt.layout.GridData) line.getLayoutData()).exclude = text.isEmpty();
        line.getParent().layout(true, true);
    }

    /** Groepsverslag…: the report of what is shown, previewed and saved as the user chooses. */
    public ReportDialog openReport() {
        if (shown == null) {
            return null;
        }
        ReportDialog dialog = ReportDialog.of(tree.getShell(), shown.data());
        dialog.open();
        return dialog;
    }

    /** Writes the shown group's actions to a spreadsheet; says where, or why not. */
    public boolean exportSpreadsheet(java.nio.file.Path file) {
        return shown != null && ActionsExport.write(ActionsExport.spreadsheet(), file, this::shownActions, message);
    }

    /** The actions made in the shown sessions. */
    private List<ActionRecord> shownActions() {
        return shown.series().stream().flatMap(entry -> entry.made().stream()).toList();
    }

    /** What the charts say, for a screen reader (and the UI tests). */
    public String chartsDescription() {
        return charts.description();
    }
    private static String line(Action action) {
        return action.getText() + " (" + action.getOwner() + ", " + ActionTexts.status(action) + ")";
    }

    private static TreeItem item(TreeItem parent, String text) {
        TreeItem item = new TreeItem(parent, SWT.NONE);
        item.setText(text);
        return item;
    }

    /** Every line of the tree, depth-first, for a quick look (and the UI tests). */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, lines);
        }
        return lines;
    }

    private static void collect(TreeItem item, List<String> lines) {
        lines.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, lines);
        }
    }
}
