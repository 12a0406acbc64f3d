package nl.leerkring.ui.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * The validator's problems at their fields: per kind of element (protocol, phase, step) the field of
 * each feature, marked with an error or warning sign whose tooltip is the problem.
 */
final class FieldMarks {

    private final Map<Class<?>, Map<EStructuralFeature, Control>> fields = new HashMap<>();
    private final List<ControlDecoration> decorations = new ArrayList<>();

    /** The fields of one kind of element, to be filled as the form is built. */
    Map<EStructuralFeature, Control> of(Class<? extends EObject> kind) {
        return fields.computeIfAbsent(kind, k -> new HashMap<>());
    }

    private Map<EStructuralFeature, Control> fieldsOf(EObject element) {
        return fields.entrySet().stream().filter(e -> element != null && e.getKey().isInstance(element))
                .map(Map.Entry::getValue).findFirst().orElse(Map.of());
    }

    /** Marks the fields of the element that have problems, and takes the old marks away. */
    void show(EObject element, List<Diagnostic> problems) {
        decorations.forEach(ControlDecoration::dispose);
        decorations.clear();
        Map<EStructuralFeature, Control> shown = fieldsOf(element);
        for (Diagnostic problem : problems) {
            List<?> data = problem.getData();
            if (data.size() >= 2 && data.get(0) == element && shown.get(data.get(1)) instanceof Control field) {
                ControlDecoration decoration = new ControlDecoration(field, SWT.LEFT | SWT.TOP);
                decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(
                        problem.getSeverity() >= Diagnostic.ERROR ? FieldDecorationRegistry.DEC_ERROR
                                : FieldDecorationRegistry.DEC_WARNING).getImage());
                decoration.setDescriptionText(problem.getMessage());
                decorations.add(decoration);
            }
        }
    }

    /** Whether a field is marked with this problem's message (for the tests). */
    boolean marked(String message) {
        return decorations.stream().anyMatch(d -> message.equals(d.getDescriptionText()));
    }

    /** Puts the cursor in the field of a feature of the element. */
    void focus(EObject element, EStructuralFeature feature) {
        Control field = fieldsOf(element).get(feature);
        if (field != null) {
            field.setFocus();
        }
    }
}
