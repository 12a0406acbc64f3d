package nl.leerkring.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.Families;
import nl.leerkring.core.LearningPreferences;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;
import nl.leerkring.ui.PreferenceFilter;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The rows of a form where the facilitator picks the method: a search by name or kind, a learning
 * preference it should serve, the methods left, and what the chosen one is (kind, length, the
 * preferences it serves, its steps). Narrowing selects the best match that is left.
 */
final class MethodChooser {

    private final ComboViewer viewer;
    private final Text search;
    private final Label description;

    /** Adds the rows to {@code form}, a grid of two columns; {@code changed} runs when another method is chosen. */
    MethodChooser(Composite form, List<Protocol> protocols, Runnable changed) {
        label(form, Messages.NewSession_SearchLabel);
        search = Widgets.id(new Text(form, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH), "newSession.search");
        search.setMessage(Messages.NewSession_Search);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        label(form, Messages.Protocols_Preference);
        PreferenceFilter preference = new PreferenceFilter(form, "newSession.preference");
        GridDataFactory.swtDefaults().applyTo(preference.control());
        label(form, Messages.NewSession_Protocol);
        viewer = new ComboViewer(form, SWT.READ_ONLY);
        Widgets.id(viewer.getCombo(), "newSession.protocol");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(LabelProvider.createTextProvider(p -> Protocols.text(((Protocol) p).getName())));
        viewer.setInput(protocols);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                String wanted = wanted();
                Protocol protocol = (Protocol) element;
                return wanted.isEmpty() || (Protocols.text(protocol.getName()) + " " + Families.name(protocol.getFamily()))
                        .toLowerCase(Locale.ROOT).contains(wanted);
            }
        });
        preference.narrow(viewer, this::selectBest);
        search.addModifyListener(e -> {
            viewer.refresh();
            selectBest();
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        new Label(form, SWT.NONE);
        description = Widgets.id(new Label(form, SWT.WRAP), "newSession.description");
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(description);
        viewer.addSelectionChangedListener(e -> {
            describe(selected());
            changed.run();
        });
    }

    /** Runs {@code shower} with each method chosen from now on (null when none is left). */
    void onChosen(java.util.function.Consumer<Protocol> shower) {
        viewer.addSelectionChangedListener(e -> shower.accept(selected()));
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private String wanted() {
        return search.getText().strip().toLowerCase(Locale.ROOT);
    }

    /** The method named exactly as typed, else the first whose name starts so, else the first left. */
    private void selectBest() {
        String wanted = wanted();
        List<Protocol> shown = new ArrayList<>();
        for (int i = 0; viewer.getElementAt(i) != null; i++) {
            shown.add((Protocol) viewer.getElementAt(i));
        }
        Function<Protocol, String> name = p -> Protocols.text(p.getName()).toLowerCase(Locale.ROOT);
        shown.stream().filter(p -> name.apply(p).equals(wanted)).findFirst()
                .or(() -> shown.stream().filter(p -> name.apply(p).startsWith(wanted)).findFirst())
                .or(() -> shown.stream().findFirst())
                .ifPresentOrElse(best -> select(best), () -> viewer.setSelection(StructuredSelection.EMPTY));
    }

    void select(Protocol protocol) {
        viewer.setSelection(new StructuredSelection(protocol));
    }

    /** The method chosen, or null when the search leaves none. */
    Protocol selected() {
        return (Protocol) viewer.getStructuredSelection().getFirstElement();
    }

    private void describe(Protocol protocol) {
        if (protocol == null) {
            description.setText("");
            return;
        }
        List<Step> steps = Protocols.steps(protocol);
        String kind = Families.name(protocol.getFamily())
                + (protocol.getDurationMinutes() > 0 ? " \u00b7 " + protocol.getDurationMinutes() + " min" : "")
                + (protocol.getLearningPreferences().isEmpty() ? "" : " \u00b7 " + LearningPreferences.names(protocol));
        String stepTitles = steps.stream().map(s -> Protocols.text(s.getTitle())).collect(Collectors.joining(" \u2192 "));
        description.setText(kind + "\n" + Protocols.text(protocol.getDescription()) + "\n"
                + NLS.bind(Messages.NewSession_Steps, steps.size(), stepTitles));
        description.getParent().layout(true, true);
    }
}
