package nl.leerkring.ui.design;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.ObservablesManager;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.ui.Widgets;

/**
 * The designer's single-value fields: made on a page of two columns (caption, field), and bound to
 * the model with JFace data binding through the editing domain, so each change is an undoable EMF
 * command. One binding per opened protocol: {@link #bind} starts it, {@link #dispose} ends it.
 */
final class FormFields {

    private static final LeerkringPackage L = LeerkringPackage.eINSTANCE;
    /** Typing settles for this long before it becomes one command (and one undo step). */
    private static final int TYPING_DELAY_MILLIS = 350;

    private DataBindingContext bindings;
    private ObservablesManager observables;
    private EditingDomain domain;
    /** The text fields' values as the model gets them: held back while typing settles. */
    private final List<IObservableValue<String>> typing = new ArrayList<>();

    static Text text(Composite page, String label, String id, boolean multi) {
        Label caption = new Label(page, SWT.NONE);
        caption.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, multi ? SWT.BEGINNING : SWT.CENTER).applyTo(caption);
        Text text = Widgets.css(Widgets.id(new Text(page, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)),
                id), "entry");
        // Descriptions, questions and instructions run to several lines: show about five; the form scrolls.
        GridDataFactory.fillDefaults().grab(true, false).hint(200, multi ? 96 : SWT.DEFAULT).indent(8, 0).applyTo(text);
        return text;
    }

    static Spinner spinner(Composite page, String label, String id, int maximum) {
        new Label(page, SWT.NONE).setText(label);
        Spinner spinner = Widgets.id(new Spinner(page, SWT.BORDER), id);
        spinner.setMinimum(0);
        spinner.setMaximum(maximum);
        GridDataFactory.swtDefaults().indent(8, 0).applyTo(spinner);
        return spinner;
    }

    static Button check(Composite page, String label, String id) {
        new Label(page, SWT.NONE);
        Button check = Widgets.id(new Button(page, SWT.CHECK), id);
        check.setText(label);
        GridDataFactory.swtDefaults().indent(8, 0).applyTo(check);
        return check;
    }

    /** Binds through a newly opened protocol's editing domain; {@code binder} makes the bindings. */
    void bind(EditingDomain newDomain, Control anyField, Runnable binder) {
        dispose();
        domain = newDomain;
        bindings = new DataBindingContext(DisplayRealm.getRealm(anyField.getDisplay()));
        observables = new ObservablesManager();
        // The observables made while binding are collected, so the next protocol's bindings start clean.
        observables.runAndCollect(binder);
    }

    /** A Dutch text of the model (feature → LocalizedText.nl), typed into a text field. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void bindText(Control field, WritableValue master, EStructuralFeature text) {
        IObservableValue<String> typed = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY_MILLIS, (Text) field);
        typing.add(typed);
        bindings.bindValue(typed,
                EMFEditProperties.value(domain, FeaturePath.fromList(text, L.getLocalizedText_Nl())).observeDetail(master));
    }

    /**
     * What was typed a moment ago goes into the model now, before the draft is kept, published or
     * tried out (Ctrl+S right after the last key): reading a held-back value hands it on.
     */
    void settle() {
        typing.forEach(IObservableValue::getValue);
    }

    /** While no element of its kind is shown, a number field reads 0 rather than failing on "no value". */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void bindSpinner(Control field, WritableValue master, EStructuralFeature number) {
        bindings.bindValue(WidgetProperties.spinnerSelection().observe((Spinner) field),
                EMFEditProperties.value(domain, number).observeDetail(master), null,
                new UpdateValueStrategy(UpdateValueStrategy.POLICY_UPDATE)
                        .setConverter(IConverter.create(Object.class, Integer.class, v -> v == null ? 0 : (Integer) v)));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    void bindCheck(Control field, WritableValue master, EStructuralFeature flag) {
        bindings.bindValue(WidgetProperties.buttonSelection().observe((Button) field),
                EMFEditProperties.value(domain, flag).observeDetail(master), null,
                new UpdateValueStrategy(UpdateValueStrategy.POLICY_UPDATE)
                        .setConverter(IConverter.create(Object.class, Boolean.class, v -> Boolean.TRUE.equals(v))));
    }

    void dispose() {
        typing.clear();
        if (bindings != null) {
            bindings.dispose();
        }
        if (observables != null) {
            observables.dispose();
        }
    }
}
