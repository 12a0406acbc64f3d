package nl.leerkring.ui;

import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import nl.leerkring.core.LearningPreferences;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.Protocol;

/**
 * A choice of one of Ruijters' learning preferences, or all of them, that narrows a viewer of
 * methods to those serving it: a lead looking for a method that lets the group practise finds one.
 */
public final class PreferenceFilter {

    private final Combo combo;

    /** Shows the choice, all preferences first, in {@code parent}. */
    public PreferenceFilter(Composite parent, String id) {
        combo = Widgets.id(new Combo(parent, SWT.READ_ONLY), id);
        combo.add(LearningPreferences.all());
        LearningPreference.VALUES.forEach(p -> combo.add(LearningPreferences.name(p)));
        combo.select(0);
    }

    /** Shows in {@code methods} only those serving the preference chosen, each time it changes; then runs {@code after}. */
    public void narrow(StructuredViewer methods, Runnable after) {
        methods.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return LearningPreferences.serves((Protocol) element, chosen());
            }
        });
        combo.addListener(SWT.Selection, e -> {
            methods.refresh();
            after.run();
        });
    }

    /** The preference chosen, or null for all. */
    public LearningPreference chosen() {
        int at = combo.getSelectionIndex();
        return at <= 0 ? null : LearningPreference.VALUES.get(at - 1);
    }

    public Combo control() {
        return combo;
    }
}
