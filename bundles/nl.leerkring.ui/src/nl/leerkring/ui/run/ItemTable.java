package nl.leerkring.ui.run;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/** The tables of recorded items on the run page and the summary: one row an item, in type for a room. */
final class ItemTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** A column: its title, its share of the width, and what it shows of an item. */
    record Column(String title, int weight, Function<Item, String> text) {
    }

    private ItemTable() {
    }

    static TableViewer create(Composite parent, String id, List<Column> columns) {
        TableViewer viewer = Tables.create(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 120).applyTo(viewer.getControl().getParent());
        Widgets.css(viewer.getTable(), "items");
        viewer.getTable().setHeaderVisible(columns.size() > 1);
        columns.forEach(spec -> Tables.column(viewer, spec.title(), spec.weight(), Item.class, spec.text()));
        return viewer;
    }

    /** What, who and when of an action. */
    static List<Column> actionColumns() {
        return List.of(new Column(Messages.Column_Text, 60, Item::getText),
                new Column(Messages.Column_Owner, 20, item -> ((Action) item).getOwner()),
                new Column(Messages.Column_Due, 20, item -> due((Action) item)));
    }

    /** An item's text as the tables show it: the chosen one starred. */
    static String shown(Item item) {
        return item.isChosen() ? "\u2605 " + item.getText() : item.getText();
    }

    static String due(Action action) {
        return action.getDueDate() == null ? Messages.Run_NextSession : DATE.format(action.getDueDate());
    }
}
