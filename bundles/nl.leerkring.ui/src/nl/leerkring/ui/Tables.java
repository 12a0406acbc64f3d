package nl.leerkring.ui;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Lists as every part shows them: a table viewer whose columns share the width by weight. */
public final class Tables {

    private static final int MIN_COLUMN_WIDTH = 40;

    private Tables() {
    }

    /**
     * A viewer over a list, in a holder composite of its own (the column layout needs one); lay out
     * the holder, {@code viewer.getControl().getParent()}, in the parent.
     */
    public static TableViewer create(Composite parent, int style, String id) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new TableColumnLayout());
        TableViewer viewer = new TableViewer(holder, style);
        Widgets.id(viewer.getTable(), id);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    /** Adds a column showing {@code text} of each element on one line; the full text is the tooltip. */
    public static <T> void column(TableViewer viewer, String title, int weight, Class<T> type, Function<T, String> text) {
        column(viewer, title, weight, type, text, text);
    }

    /** A column whose tooltip says more than the cell (what a narrow list leaves out). */
    public static <T> void column(TableViewer viewer, String title, int weight, Class<T> type, Function<T, String> text,
            Function<T, String> tooltip) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        ((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(),
                new ColumnWeightData(weight, MIN_COLUMN_WIDTH));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(type.cast(element));
                return value == null ? "" : value.replace('\n', ' ');
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip.apply(type.cast(element));
            }
        });
    }
}
