package nl.leerkring.ui.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;
import nl.leerkring.core.GroupStore;
import nl.leerkring.core.StoreException;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.ui.Background;
import nl.leerkring.ui.internal.Messages;

/**
 * At start, tells the person who picked themselves in "Mijn acties" how many of their actions are
 * overdue or due this week, in a note that goes away by itself.
 */
public class ActionReminderAddon {

    @Inject
    private ActionService actions;

    @Inject
    private GroupStore groups;

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application) {
        if (application.getChildren().isEmpty()
                || !(application.getChildren().get(0).getWidget() instanceof Shell shell)) {
            return;
        }
        MWindow window = application.getChildren().get(0);
        Runnable openMyActions = () -> window.getContext().get(EPartService.class).showPart(MyActionsPart.ID,
                PartState.ACTIVATE);
        // Read in the background: at startup the database may still be opening.
        Background.load(shell, () -> text(CurrentUser.name(groups)), text -> {
            if (text != null) {
                new ReminderPopup(shell, text, openMyActions);
            }
        }, troubleShownByTheParts -> {
        });
    }

    /**
     * Shows the note when the owner has actions overdue or due this week.
     *
     * @return the note, or null when there is nothing to tell
     */
    public ReminderPopup remind(Shell shell, String owner, Runnable openMyActions) {
        String text = text(owner);
        return text == null ? null : new ReminderPopup(shell, text, openMyActions);
    }

    /** The note's text, or null when there is nothing to tell. */
    private String text(String owner) {
        if (owner == null || owner.isBlank()) {
            return null;
        }
        ActionService.Reminder reminder;
        try {
            reminder = actions.reminder(owner);
        } catch (StoreException e) {
            return null; // the parts report the store's trouble; a reminder is not worth a second message
        }
        if (reminder.overdue() == 0 && reminder.dueThisWeek() == 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (reminder.overdue() > 0) {
            parts.add(NLS.bind(Messages.Reminder_Overdue, reminder.overdue()));
        }
        if (reminder.dueThisWeek() > 0) {
            parts.add(NLS.bind(Messages.Reminder_DueThisWeek, reminder.dueThisWeek()));
        }
        return NLS.bind(Messages.Reminder_Text, owner, String.join(Messages.Reminder_And, parts));
    }
}
