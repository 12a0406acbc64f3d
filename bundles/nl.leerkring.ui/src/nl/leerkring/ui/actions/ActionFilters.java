package nl.leerkring.ui.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/** Mijn acties' two filters: which statuses (open ones at first) and which group. */
final class ActionFilters {

    /** Filter choices before the single statuses: the open ones, and everything. */
    private static final int SHOW_OPEN = 0;
    private static final int SHOW_ALL = 1;

    private final Combo status;
    private final Combo group;

    /** Both filters with their labels, in the row; {@code changed} runs when one is chosen. */
    ActionFilters(Composite row, Runnable changed) {
        new Label(row, SWT.NONE).setText(Messages.Actions_Show);
        status = Widgets.id(new Combo(row, SWT.READ_ONLY), "actions.status");
        List<String> shows = new ArrayList<>(List.of(Messages.Actions_ShowOpen, Messages.Actions_ShowAll));
        Stream.of(ActionStatus.values()).map(ActionLifecycle::label).forEach(shows::add);
        status.setItems(shows.toArray(String[]::new));
        status.select(SHOW_OPEN);
        status.addListener(SWT.Selection, e -> changed.run());
        new Label(row, SWT.NONE).setText(Messages.Actions_Group);
        group = Widgets.id(new Combo(row, SWT.READ_ONLY), "actions.groupFilter");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        group.addListener(SWT.Selection, e -> changed.run());
    }

    /** Offers the groups of these actions, keeping the one chosen if it is still among them. */
    void groupsOf(List<ActionRecord> actions) {
        String shown = group.getText();
        List<String> choices = new ArrayList<>();
        choices.add(Messages.Actions_AllGroups);
        actions.stream().map(r -> Objects.toString(r.group(), "")).distinct().sorted(Comparator.naturalOrder())
                .forEach(choices::add);
        group.setItems(choices.toArray(String[]::new));
        group.select(Math.max(0, choices.indexOf(shown)));
    }

    /** Whether an action passes both filters. */
    Predicate<ActionRecord> shows() {
        return statusShown().and(groupShown());
    }

    private Predicate<ActionRecord> statusShown() {
        int choice = status.getSelectionIndex();
        if (choice == SHOW_ALL) {
            return r -> true;
        }
        if (choice <= SHOW_OPEN) {
            return r -> ActionLifecycle.isOpen(r.action().getStatus());
        }
        ActionStatus chosen = ActionStatus.values()[choice - 2];
        return r -> r.action().getStatus() == chosen;
    }

    private Predicate<ActionRecord> groupShown() {
        int choice = group.getSelectionIndex();
        String name = group.getText();
        return choice <= 0 ? r -> true : r -> name.equals(Objects.toString(r.group(), ""));
    }
}
