package nl.leerkring.ui.design;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.internal.Messages;

/** The validator's problems of the draft as a list: how bad, what, where; a double-click goes there. */
final class ProblemsTable {

    private final TableViewer viewer;

    ProblemsTable(Composite parent, Consumer<Diagnostic> goTo) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(Messages.Editor_Problems);
        viewer = Tables.create(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, "editor.problems");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 90).applyTo(viewer.getControl().getParent());
        Tables.column(viewer, Messages.Editor_Severity, 12, Diagnostic.class,
                d -> d.getSeverity() >= Diagnostic.ERROR ? Messages.Editor_Error : Messages.Editor_Warning);
        Tables.column(viewer, Messages.Editor_Problem, 70, Diagnostic.class, Diagnostic::getMessage);
        Tables.column(viewer, Messages.Editor_Where, 18, Diagnostic.class, d -> OutlineTree.label(owner(d)));
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Diagnostic problem) {
                goTo.accept(problem);
            }
        });
    }

    void show(List<Diagnostic> problems) {
        viewer.setInput(problems);
    }

    /** The step, phase or protocol a problem is about (a capture's problem is its step's). */
    static EObject owner(Diagnostic problem) {
        EObject object = problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject o) ? null : o;
        while (object != null && !(object instanceof Step || object instanceof Phase || object instanceof Protocol)) {
            object = object.eContainer();
        }
        return object;
    }
}
