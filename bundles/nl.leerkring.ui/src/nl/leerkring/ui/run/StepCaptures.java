package nl.leerkring.ui.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.run.SessionRun;
import nl.leerkring.model.Action;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Step;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.CodePicker;
import nl.leerkring.ui.DateField;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.actions.ReviewSection;
import nl.leerkring.ui.internal.Messages;
import nl.leerkring.ui.run.ItemTable.Column;

/**
 * What the current step records: an entry and a table per kind of item (actions with an owner and a
 * date), whose turn it is in a round, the review of the group's open actions, or the actions agreed
 * so far in a step that records nothing. Built anew for each step; redrawn from the session.
 */
final class StepCaptures {

    /** Days ahead a new action's due date starts at; most teams meet every two weeks. */
    private static final int DEFAULT_DUE_DAYS = 14;

    private final Composite area;
    private final RunPage page;
    private final ActionService actions;
    private final List<Runnable> refreshers = new ArrayList<>();
    /** Whose turn it is, in steps that go round the group; null in other steps. */
    private Combo turn;
    /** Which subgroup is reporting, in steps worked in subgroups; null in other steps. */
    private Combo subgroup;

    StepCaptures(Composite area, RunPage page, ActionService actions) {
        this.area = area;
        this.page = page;
        this.actions = actions;
    }

    Composite area() {
        return area;
    }

    /** Replaces the entries by those of the step. */
    void rebuild(Step step) {
        for (Control child : area.getChildren()) {
            child.dispose();
        }
        refreshers.clear();
        SessionRun run = page.run();
        turn = takesTurns(run, step) ? turnRow(run) : null;
        subgroup = step.isSubgroups() ? subgroupRow(run) : null;
        if (ActionReview.isReview(step)) {
            ReviewSection review = new ReviewSection(area, actions,
                    run.session(), page::attempt, page::say);
            refreshers.add(review::refresh);
        } else if (step.getCaptures().isEmpty()) {
            actionsRecap(run);
        }
        for (Capture capture : step.getCaptures()) {
            if (capture.getKind().isAction()) {
                actionCapture(run, step, capture);
            } else {
                itemCapture(run, step, capture);
            }
        }
        Accessibility.nameAll(area);
    }

    /** Redraws the tables and counts from the session. */
    void refresh() {
        refreshers.forEach(Runnable::run);
    }

    /** Puts the keyboard in the step's first entry field; false when the step has none. */
    boolean focusFirst() {
        List<Text> texts = entries();
        return !texts.isEmpty() && (texts.get(0).setFocus() || texts.get(0).forceFocus());
    }

    /** A round (once per participant) or counts per participant: items are attributed to whose turn it is. */
    private static boolean takesTurns(SessionRun run, Step step) {
        return !Attendance.present(run.session()).isEmpty()
                && (step.isRepeatPerParticipant() || step.getCaptures().stream().anyMatch(Capture::isPerParticipant));
    }

    private Combo turnRow(SessionRun run) {
        Composite row = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        Widgets.css(new Label(row, SWT.NONE), "turn").setText(Messages.Run_Turn);
        Combo combo = Widgets.css(Widgets.id(new Combo(row, SWT.READ_ONLY), "run.turn"), "turn");
        combo.setItems(Attendance.present(run.session()).stream().map(Participant::getName).toArray(String[]::new));
        combo.select(0);
        RunPage.button(row, Messages.Run_NextTurn, "run.turn.next", () -> {
            combo.select((combo.getSelectionIndex() + 1) % combo.getItemCount());
            focusFirst();
        });
        return combo;
    }

    /**
     * The subgroups report in turn: named "Subgroep 1" and on (a name of their own can be typed);
     * about one per three who are there, as triads.
     */
    private Combo subgroupRow(SessionRun run) {
        Composite row = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        Widgets.css(new Label(row, SWT.NONE), "turn").setText(Messages.Run_Subgroup);
        Combo combo = Widgets.css(Widgets.id(new Combo(row, SWT.DROP_DOWN), "run.subgroup"), "turn");
        int count = Math.max(2, (Attendance.present(run.session()).size() + 2) / 3);
        for (int i = 1; i <= count; i++) {
            combo.add(NLS.bind(Messages.Run_SubgroupName, i));
        }
        combo.select(0);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(combo);
        RunPage.button(row, Messages.Run_NextSubgroup, "run.subgroup.next", () -> {
            int at = combo.indexOf(combo.getText());
            combo.select(at < 0 ? 0 : (at + 1) % combo.getItemCount());
            focusFirst();
        });
        return combo;
    }

    /** Which subgroup is reporting, or null outside subgroup steps. */
    private String currentSubgroup() {
        return subgroup == null || subgroup.isDisposed() ? null : subgroup.getText();
    }

    /** Whose turn it is in a round, or null outside rounds. */
    private String currentTurn() {
        return turn == null || turn.isDisposed() ? null : turn.getText();
    }

    /** A step that collects nothing (taking action) shows the actions agreed so far, to read them aloud. */
    private void actionsRecap(SessionRun run) {
        Group group = group(Messages.Run_AgreedActions, "run.actions.group");
        TableViewer viewer = ItemTable.create(group, "run.actions", ItemTable.actionColumns());
        refreshers.add(() -> viewer.setInput(run.session().getItems().stream().filter(Action.class::isInstance).toList()));
    }

    private void itemCapture(SessionRun run, Step step, Capture capture) {
        ItemKind kind = capture.getKind();
        String id = "capture." + kind.getId();
        Group group = group("", id + ".group");
        Composite entry = entryRow(group, 2);
        Text text = entryText(entry, id + ".text");
        text.setMessage(Protocols.text(kind.getName()));
        CodePicker codes = kind.getCodes().isEmpty() ? null : new CodePicker(group, kind, id);
        Runnable add = () -> {
            if (page.privacyChecked(text) && page.attempt(() -> run.add(new ItemEntry(kind.getId(), text.getText(),
                    currentTurn(), currentSubgroup(), codes == null ? List.of() : codes.marks())))) {
                text.setText("");
                if (codes != null) {
                    codes.clear();
                }
                boolean full = capture.getMax() > 0 && run.recorded(step, kind.getId()).size() >= capture.getMax();
                // A kind that has all it may hold hands the keyboard on to the next field of the step.
                (full ? nextEntry(text) : text).setFocus();
            }
        };
        onEnter(text, add);
        RunPage.button(entry, Messages.Run_Add, id + ".add", add);
        List<Column> columns = new ArrayList<>(List.of(new Column(Messages.Column_Text, 70, ItemTable::shown)));
        if (turn != null) {
            columns.add(new Column(Messages.Column_Author, 15, Item::getAuthor));
        }
        if (subgroup != null) {
            columns.add(new Column(Messages.Column_Subgroup, 20, Item::getSubgroup));
        }
        if (codes != null) {
            columns.add(new Column(Messages.Column_Codes, 30, item -> ItemCodes.line(run.session().getProtocol(), item)));
        }
        recordedItems(run, group, id, step, capture, columns, codes);
    }

    private void actionCapture(SessionRun run, Step step, Capture capture) {
        ItemKind kind = capture.getKind();
        String id = "capture." + kind.getId();
        Group group = group("", id + ".group");
        Composite entry = entryRow(group, 6);
        Text description = entryText(entry, id + ".text");
        description.setMessage(Messages.Run_Description);
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(300, 48).applyTo(description);
        new Label(entry, SWT.NONE).setText(Messages.Run_Owner);
        Combo owner = Widgets.id(new Combo(entry, SWT.DROP_DOWN), id + ".owner");
        owner.setItems(run.session().getParticipants().stream().map(Participant::getName).toArray(String[]::new));
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(owner);
        new Label(entry, SWT.NONE).setText(Messages.Run_Due);
        DateField due = new DateField(entry, id + ".due", run.clock());
        due.set(LocalDate.now(run.clock()).plusDays(DEFAULT_DUE_DAYS));
        Button nextSession = Widgets.id(new Button(entry, SWT.CHECK), id + ".nextSession");
        nextSession.setText(Messages.Run_NextSession);
        nextSession.addListener(SWT.Selection, e -> due.setEnabled(!nextSession.getSelection()));
        Runnable add = () -> {
            if (page.privacyChecked(description) && page.attempt(() -> run.addAction(kind.getId(),
                    description.getText(), owner.getText(), nextSession.getSelection() ? null : due.date()))) {
                description.setText("");
                owner.setText("");
                description.setFocus();
            }
        };
        onEnter(description, add);
        // Enter in the owner or the date field adds the action too: typed in one go, left to right.
        owner.addListener(SWT.DefaultSelection, e -> add.run());
        due.onEnter(add);
        RunPage.button(entry, Messages.Run_Add, id + ".add", add);
        recordedItems(run, group, id, step, capture, ItemTable.actionColumns(), null);
    }

    private static Composite entryRow(Group group, int columns) {
        Composite entry = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(entry);
        return entry;
    }

    /**
     * The items of one kind recorded in this step, with a way to remove one (and to choose one, or
     * give it the codes ticked in {@code codes} when the kind has a code list); the group title
     * counts them.
     */
    private void recordedItems(SessionRun run, Group group, String id, Step step, Capture capture,
            List<Column> columns, CodePicker codes) {
        TableViewer viewer = ItemTable.create(group, id + ".table", columns);
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Item item) {
                askEdit(run, item);
            }
        });
        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(codes == null ? 2 : 3).applyTo(buttons);
        removeButton(run, buttons, id + ".remove", viewer);
        if (!capture.getKind().isAction()) {
            chooseButton(run, buttons, id + ".choose", viewer);
        }
        if (codes != null) {
            retagButton(run, buttons, id + ".retag", viewer, codes);
        }
        refreshers.add(() -> {
            List<Item> items = run.recorded(step, capture.getKind().getId());
            group.setText(title(capture, items.size()));
            viewer.setInput(items);
        });
    }

    private Group group(String title, String id) {
        Group group = Widgets.css(Widgets.id(new Group(area, SWT.NONE), id), "capture");
        group.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().applyTo(group);
        return group;
    }

    private static Text entryText(Composite parent, String id) {
        Text text = Widgets.css(Widgets.id(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id), "entry");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 48).applyTo(text);
        return text;
    }

    /**
     * Enter adds the item, so the facilitator can type, press Enter and type the next; Shift+Enter
     * breaks the line. Tab moves on to the next field, as in a form, instead of typing a tab.
     */
    private static void onEnter(Text text, Runnable add) {
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.SHIFT) == 0) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                add.run();
            } else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        text.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.SHIFT) == 0) {
                e.doit = false;
            }
        });
    }

    /** The step's entry fields, in order. */
    private List<Text> entries() {
        List<Text> texts = new ArrayList<>();
        if (!area.isDisposed()) {
            collectEntries(area, texts);
        }
        return texts;
    }

    private static void collectEntries(Composite composite, List<Text> into) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Text text && (text.getStyle() & SWT.MULTI) != 0) {
                into.add(text);
            } else if (child instanceof Composite nested) {
                collectEntries(nested, into);
            }
        }
    }

    /** The step's entry field after this one, or this one when it is the last. */
    private Text nextEntry(Text current) {
        List<Text> texts = entries();
        int at = texts.indexOf(current);
        return at >= 0 && at + 1 < texts.size() ? texts.get(at + 1) : current;
    }

    private void removeButton(SessionRun run, Composite parent, String id, TableViewer viewer) {
        Runnable remove = () -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Item selected) {
                page.attempt(() -> run.remove(selected));
            }
        };
        Button button = RunPage.button(parent, Messages.Run_Remove, id, remove);
        button.setEnabled(false);
        viewer.addSelectionChangedListener(e -> button.setEnabled(!e.getSelection().isEmpty()));
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                remove.run();
            } else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                // Alt+Up/Down reorders, as in a list editor; the selection stays on the moved item.
                e.doit = false;
                if (viewer.getStructuredSelection().getFirstElement() instanceof Item selected) {
                    page.attempt(() -> run.move(selected, e.keyCode == SWT.ARROW_UP ? -1 : 1));
                    viewer.setSelection(new StructuredSelection(selected));
                }
            }
        });
    }

    /** Marks the selected item as the one the group goes on with (★), or takes the mark away. */
    private void chooseButton(SessionRun run, Composite parent, String id, TableViewer viewer) {
        Button button = RunPage.button(parent, Messages.Run_Choose, id, () -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Item selected) {
                page.attempt(() -> run.choose(selected, !selected.isChosen()));
            }
        });
        button.setEnabled(false);
        viewer.addSelectionChangedListener(e -> button.setEnabled(!e.getSelection().isEmpty()));
    }

    /** Gives the selected item the codes ticked now instead of its own; undone like any change. */
    private void retagButton(SessionRun run, Composite parent, String id, TableViewer viewer, CodePicker codes) {
        Button button = RunPage.button(parent, Messages.Run_Retag, id, () -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Item selected
                    && page.attempt(() -> run.mark(selected, codes.marks()))) {
                codes.clear();
            }
        });
        button.setEnabled(false);
        viewer.addSelectionChangedListener(e -> button.setEnabled(!e.getSelection().isEmpty()));
    }

    /** Asks for the new text of an item (double-click); the change can be undone. */
    private void askEdit(SessionRun run, Item item) {
        InputDialog dialog = new InputDialog(area.getShell(), Messages.Run_EditTitle, Messages.Run_EditQuestion,
                item.getText(), text -> text == null || text.isBlank() ? Messages.Run_EditNeedsText : null);
        if (dialog.open() == InputDialog.OK) {
            page.attempt(() -> run.edit(item, dialog.getValue()));
        }
    }

    private static String title(Capture capture, int count) {
        String name = Protocols.text(capture.getKind().getName());
        return capture.getMin() > 0 ? NLS.bind(Messages.Capture_Min, new Object[] { name, capture.getMin(), count })
                : NLS.bind(Messages.Capture_Count, name, count);
    }
}
