package nl.leerkring.ui.design;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;

import nl.leerkring.core.Protocols;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/** The protocol's outline: the protocol, its phases and their steps; steps can be dragged to another place. */
final class OutlineTree {

    private final TreeViewer viewer;

    /**
     * @param onDrop moves a dragged step to a phase, before the given step (null: at the phase's end)
     */
    OutlineTree(Composite parent, DropTarget onDrop) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Widgets.css(Widgets.id(viewer.getTree(), "editor.outline"), "items");
        nl.leerkring.ui.Accessibility.name(viewer.getTree(), () -> Messages.A11y_Outline);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof Root root ? new Object[] { root.protocol() } : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Protocol p ? p.getPhases().toArray()
                        : parent instanceof Phase phase ? phase.getSteps().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof Step || element instanceof Phase
                        ? ((org.eclipse.emf.ecore.EObject) element).eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        viewer.setLabelProvider(LabelProvider.createTextProvider(OutlineTree::label));
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);

        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = viewer.getStructuredSelection().getFirstElement() instanceof Step;
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return dragged() != null && (target instanceof Step || target instanceof Phase);
            }

            @Override
            public boolean performDrop(Object data) {
                Step step = dragged();
                Object target = getCurrentTarget();
                if (target instanceof Phase phase) {
                    onDrop.accept(step, phase, null);
                } else if (target instanceof Step before) {
                    boolean after = getCurrentLocation() == LOCATION_AFTER;
                    Phase phase = (Phase) before.eContainer();
                    int index = phase.getSteps().indexOf(before) + (after ? 1 : 0);
                    onDrop.accept(step, phase, index < phase.getSteps().size() ? phase.getSteps().get(index) : null);
                }
                return true;
            }

            private Step dragged() {
                return LocalSelectionTransfer.getTransfer().getSelection() instanceof StructuredSelection s
                        && s.getFirstElement() instanceof Step step ? step : null;
            }
        });
    }

    /**
     * The viewer's input: the protocol is the outline's top element, and JFace needs the input to be
     * something else (an element equal to the input makes the tree expand itself forever).
     */
    record Root(Protocol protocol) {
    }

    /** Shows the protocol's outline, fully expanded. */
    void show(Protocol protocol) {
        viewer.setInput(new Root(protocol));
        viewer.expandAll();
    }

    /** Where a dropped step goes. */
    @FunctionalInterface
    interface DropTarget {
        void accept(Step step, Phase phase, Step before);
    }

    TreeViewer viewer() {
        return viewer;
    }

    static String label(Object element) {
        if (element instanceof Protocol protocol) {
            return Protocols.text(protocol.getName());
        }
        if (element instanceof Phase phase) {
            return Protocols.text(phase.getName());
        }
        if (element instanceof Step step) {
            return NLS.bind(Messages.Editor_StepLabel, Protocols.text(step.getTitle()), step.getTimeboxMinutes());
        }
        return "";
    }
}
