package nl.leerkring.ui;

import java.util.Collection;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;
import nl.leerkring.ui.internal.Messages;

/**
 * Sessions are stored as they are typed, but a designer's draft is kept only when the lead saves
 * it. Before Leerkring closes (Ctrl+Q or the window's close button) with a draft unsaved, it asks:
 * save, don't save, or cancel. As an addon it puts itself in as the windows' close handler.
 */
public class UnsavedDrafts {

    /** Ids of the question's buttons, for the UI tests. */
    public static final String SAVE = "drafts.save";
    public static final String DISCARD = "drafts.discard";
    public static final String CANCEL = "drafts.cancel";
    private static final java.util.List<String> BUTTONS = java.util.List.of(SAVE, DISCARD, CANCEL);

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application) {
        for (MWindow window : application.getChildren()) {
            IWindowCloseHandler ask = closing -> !(closing.getWidget() instanceof Shell shell)
                    || mayClose(shell, closing.getContext().get(EPartService.class));
            window.getContext().set(IWindowCloseHandler.class, ask);
        }
    }

    /** Whether Leerkring may close: nothing unsaved, or the user saved it or let it go. */
    public static boolean mayClose(Shell shell, EPartService parts) {
        return mayClose(shell, parts.getDirtyParts(), part -> parts.savePart(part, false) && !part.isDirty());
    }

    /**
     * @param save saves one part; false when it could not (the part says why), and then nothing closes
     */
    public static boolean mayClose(Shell shell, Collection<MPart> dirty, Predicate<MPart> save) {
        if (dirty.isEmpty()) {
            return true;
        }
        String names = dirty.stream().map(MPart::getLocalizedLabel).collect(Collectors.joining(", "));
        MessageDialog question = new MessageDialog(shell, Messages.Quit_Title, null, NLS.bind(Messages.Quit_Unsaved, names),
                MessageDialog.QUESTION, 0, Messages.Quit_Save, Messages.Quit_Discard, Messages.Quit_Cancel) {
            @Override
            protected Button createButton(Composite parent, int id, String label, boolean defaultButton) {
                return Widgets.id(super.createButton(parent, id, label, defaultButton), BUTTONS.get(id));
            }
        };
        return switch (question.open()) {
            case 0 -> dirty.stream().allMatch(save);
            case 1 -> true;
            default -> false;
        };
    }
}
