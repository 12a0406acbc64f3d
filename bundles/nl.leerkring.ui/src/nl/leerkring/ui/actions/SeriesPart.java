package nl.leerkring.ui.actions;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import org.eclipse.e4.ui.di.Focus;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.StoreException;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.model.Action;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.StoreFollower;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * A group's series of sessions: per session the actions made, the actions its review completed and
 * what was learned from them, so the group sees what its learning brought over time; and, for the
 * lead, the open actions carried over more than twice.
 */
public class SeriesPart {

    /** The part's id in Application.e4xmi. */
    public static final String ID = "nl.leerkring.ui.part.series";

    @Inject
    private ActionService actions;

    @Inject
    private SessionService sessions;

    @Inject
    private StoreChanges changes;

    private Combo group;
    private Label carriedOften;
    private Tree tree;
    private MessageLine message;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 8).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.Actions_Group);
        group = Widgets.id(new Combo(top, SWT.READ_ONLY), "series.group");
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(group);
        group.addListener(SWT.Selection, e -> show());
        org.eclipse.swt.widgets.Button csv = Widgets.id(new org.eclipse.swt.widgets.Button(top, SWT.PUSH), "series.csv");
        csv.setText(Messages.Csv_Export);
        // The group's actions, every session of the series.
        csv.addListener(SWT.Selection, e -> {
            if (group.getSelectionIndex() >= 0) {
                ActionsExport.ask(tree.getShell(), ActionsExport.spreadsheet(), group.getText(), this::groupsActions, message);
            }
        });
        carriedOften = Widgets.css(Widgets.id(new Label(parent, SWT.WRAP), "series.carriedOften"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(carriedOften);
        tree = Widgets.css(Widgets.id(new Tree(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), "series.tree"), "items");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        message = new MessageLine(parent, "series.message");
        StoreFollower.follow(changes, tree, Set.of(StoreChanges.Kind.SESSIONS, StoreChanges.Kind.ACTIONS), this::refresh);
        refresh();
    }

    /** Shows the latest sessions and reviews each time the part comes to the front. */
    @Focus
    public void focus() {
        refresh();
        group.setFocus();
    }

    /** Reads the groups again and shows the one picked (the most recently active at first). */
    public void refresh() {
        try {
            String shown = group.getText();
            List<String> groups = sessions.groups();
            group.setItems(groups.toArray(String[]::new));
            int at = groups.indexOf(shown);
            if (!groups.isEmpty()) {
                group.select(at < 0 ? 0 : at);
            }
            show();
        } catch (InputRejectedException | StoreException e) {
            message.error(e.getMessage());
        }
    }

    private void show() {
        tree.removeAll();
        if (group.getSelectionIndex() < 0) {
            new TreeItem(tree, SWT.NONE).setText(Messages.Series_NoGroups);
            carriedOften.setText("");
            return;
        }
        try {
            List<ActionService.SeriesEntry> series = actions.series(group.getText());
            // Leads look out for actions that keep being carried over: something is in their way.
            List<String> often = series.stream().flatMap(e -> e.made().stream()).map(ActionRecord::action)
                    .filter(a -> ActionLifecycle.isOpen(a.getStatus()) && a.getCarryOverCount() > 2)
                    .map(a -> NLS.bind(Messages.Series_Times, line(a), a.getCarryOverCount())).toList();
            carriedOften.setText(often.isEmpty() ? Messages.Series_CarriedOftenNone
                    : NLS.bind(Messages.Series_CarriedOften, String.join("; ", often)));
            for (ActionService.SeriesEntry entry : series) {
                TreeItem session = new TreeItem(tree, SWT.NONE);
                session.setText(NLS.bind(Messages.Series_Session, new Object[] { entry.title(),
                        ActionTexts.date(entry.date()), entry.made().size(), entry.completed().size() })
                        + (entry.members() == 0 ? "" : NLS.bind(Messages.Series_Attendance, entry.present(), entry.members())));
                for (ActionRecord made : entry.made()) {
                    item(session, NLS.bind(Messages.Series_Made, line(made.action())));
                }
                List<TreeItem> completed = new java.util.ArrayList<>();
                for (ActionRecord done : entry.completed()) {
                    TreeItem item = item(session, NLS.bind(Messages.Series_Completed, line(done.action())));
                    if (done.action().getOutcome() != null) {
                        item(item, NLS.bind(Messages.Actions_OutcomeLine, done.action().getOutcome()));
                    }
                    if (done.action().getLearning() != null) {
                        item(item, NLS.bind(Messages.Actions_LearningLine, done.action().getLearning()));
                    }
                    completed.add(item);
                }
                // What was learned is the point of the series: open down to it (GTK expands parents first).
                session.setExpanded(true);
                completed.forEach(item -> item.setExpanded(true));
            }
            message.error("");
            carriedOften.getParent().layout(true, true);
        } catch (InputRejectedException | StoreException e) {
            message.error(e.getMessage());
        }
    }

    /** Writes the shown group's actions to a spreadsheet; says where, or why not. */
    public boolean exportSpreadsheet(java.nio.file.Path file) {
        return group.getSelectionIndex() >= 0 && ActionsExport.write(ActionsExport.spreadsheet(), file, this::groupsActions, message);
    }

    /** The actions made in the shown group's sessions. */
    private List<ActionRecord> groupsActions() {
        return actions.series(group.getText()).stream().flatMap(entry -> entry.made().stream()).toList();
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
