package nl.leerkring.ui.actions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import nl.leerkring.ui.DateField;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.ValueRound;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.Session;
import nl.leerkring.model.StatusChange;
import nl.leerkring.ui.CodePicker;
import nl.leerkring.ui.PrivacyCheck;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The review (terugblik) a group's next session begins with: every open action of its earlier
 * sessions, and for the selected one the owner's answer — done with what it brought and what was
 * learned (and the value it created, coded), continue to a new date, adjust with a follow-on action, drop with a reason, or discuss later. The session service keeps
 * the group in this step until each has an answer.
 */
public final class ReviewSection {

    /** Days ahead a continued action's new date starts at. */
    private static final int DEFAULT_DAYS = 14;

    private final ActionService actions;
    private final Session session;
    private final Predicate<Runnable> runner;
    private final Consumer<String> warn;
    private final PrivacyCheck privacy = new PrivacyCheck();
    private final Group group;
    private final TableViewer viewer;
    private final Text outcome;
    private final Text learning;
    private final Text followOn;
    private final CodePicker value;
    private final DateField due;
    private final Button nextSession;
    private final Combo reason;
    private final List<ActionReason> reasons = Arrays.stream(ActionReason.values())
            .filter(r -> r != ActionReason.NONE).toList();
    private List<ActionRecord> listed = List.of();

    /**
     * @param runner runs an answer and shows a refusal where the run part shows its messages; says whether it went through
     * @param warn   shows a warning there
     */
    public ReviewSection(Composite parent, ActionService actions, Session session, Predicate<Runnable> runner,
            Consumer<String> warn) {
        this.actions = actions;
        this.session = session;
        this.runner = runner;
        this.warn = warn;
        group = Widgets.css(Widgets.id(new Group(parent, SWT.NONE), "review.group"), "capture");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().applyTo(group);

        viewer = Tables.create(group, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, "review.table");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 150).applyTo(viewer.getControl().getParent());
        Widgets.css(viewer.getTable(), "items");
        Tables.column(viewer, Messages.Column_Text, 36, ActionRecord.class, r -> r.action().getText());
        Tables.column(viewer, Messages.Column_Owner, 14, ActionRecord.class, r -> r.action().getOwner());
        Tables.column(viewer, Messages.Actions_Column_Session, 16, ActionRecord.class,
                r -> r.sessionTitle() + " (" + ActionTexts.date(r.sessionDate()) + ")");
        Tables.column(viewer, Messages.Column_Due, 12, ActionRecord.class, r -> ActionTexts.due(r.action()));
        Tables.column(viewer, Messages.Actions_Column_Status, 10, ActionRecord.class, r -> ActionTexts.status(r.action()));
        Tables.column(viewer, Messages.Review_Column_Answer, 12, ActionRecord.class, this::answer);
        Tables.column(viewer, Messages.Column_Codes, 14, ActionRecord.class, r -> ItemCodes.line(null, r.action()));

        Composite form = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(form);

        new Label(form, SWT.NONE).setText(Messages.Actions_Outcome);
        outcome = text(form, "review.outcome");
        new Label(form, SWT.NONE).setText(Messages.Actions_Learning);
        learning = text(form, "review.learning");
        button(form, Messages.Review_Done, "review.done", this::done);

        // What it brought, coded: applied or realised value (VAW.1 W+), for "done" and "adjust".
        new Label(form, SWT.NONE).setText(Messages.Review_Value);
        Composite valueRow = new Composite(form, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(valueRow);
        GridLayoutFactory.fillDefaults().applyTo(valueRow);
        value = new CodePicker(valueRow, ValueRound.kind(), "review.value");

        new Label(form, SWT.NONE).setText(Messages.Actions_NewDue);
        Composite dueRow = new Composite(form, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(dueRow);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(dueRow);
        due = new DateField(dueRow, "review.due", actions.lifecycle().clock());
        due.set(actions.lifecycle().today().plusDays(DEFAULT_DAYS));
        nextSession = Widgets.id(new Button(dueRow, SWT.CHECK), "review.nextSession");
        nextSession.setText(Messages.Run_NextSession);
        nextSession.addListener(SWT.Selection, e -> due.setEnabled(!nextSession.getSelection()));
        button(form, Messages.Review_Continue, "review.continue", this::carryOn);

        new Label(form, SWT.NONE).setText(Messages.Review_FollowOn);
        followOn = text(form, "review.followOn");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, 44).applyTo(followOn);
        button(form, Messages.Review_Adjust, "review.adjust", this::adjust);

        new Label(form, SWT.NONE).setText(Messages.Actions_Reason);
        reason = Widgets.id(new Combo(form, SWT.READ_ONLY), "review.reason");
        reason.setItems(reasons.stream().map(ActionLifecycle::label).toArray(String[]::new));
        GridDataFactory.fillDefaults().span(3, 1).applyTo(reason);
        button(form, Messages.Review_Drop, "review.drop", this::drop);

        Label spacer = new Label(form, SWT.NONE);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(spacer);
        button(form, Messages.Review_Defer, "review.defer", this::defer);
    }

    private static Text text(Composite parent, String id) {
        Text text = Widgets.css(Widgets.id(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id),
                "entry");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 44).applyTo(text);
        return text;
    }

    private static void button(Composite parent, String label, String id, Runnable action) {
        Button button = Widgets.css(Widgets.id(new Button(parent, SWT.PUSH), id), "navigation");
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
    }

    /** Reads the list again; the selection moves to the first action still without an answer. */
    public void refresh() {
        if (group.isDisposed()) {
            return;
        }
        listed = actions.reviewList(session);
        long open = listed.stream().filter(r -> !ActionReview.answered(r, session)).count();
        group.setText(NLS.bind(Messages.Review_Title, listed.size(), open));
        viewer.setInput(listed);
        listed.stream().filter(r -> !ActionReview.answered(r, session)).findFirst()
                .ifPresent(r -> viewer.setSelection(new StructuredSelection(r), true));
    }

    /** What this review decided about the action, empty while it has no answer. */
    private String answer(ActionRecord record) {
        List<StatusChange> here = record.action().getHistory().stream()
                .filter(c -> session.getId().equals(c.getSessionId())).toList();
        if (here.isEmpty()) {
            return "";
        }
        StatusChange last = here.get(here.size() - 1);
        return last.getFrom() == last.getTo() ? Messages.Review_Defer : ActionLifecycle.label(last.getTo());
    }

    private ActionRecord selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof ActionRecord r ? r : null;
    }

    private void answerWith(Consumer<ActionRecord> answer) {
        ActionRecord record = selected();
        if (record == null) {
            warn.accept(Messages.Review_SelectFirst);
            return;
        }
        for (Text entry : List.of(outcome, learning, followOn)) {
            String found = privacy.check(entry);
            if (found != null) {
                entry.setFocus();
                warn.accept(NLS.bind(Messages.Actions_PersonalData, found));
                return;
            }
        }
        if (runner.test(() -> answer.accept(record))) {
            outcome.setText("");
            learning.setText("");
            followOn.setText("");
            reason.deselectAll();
            value.clear();
            refresh();
        }
    }

    private void done() {
        answerWith(r -> actions.reviewDone(session, r, outcome.getText(), learning.getText(), value.marks()));
    }

    private void carryOn() {
        answerWith(r -> actions.reviewContinue(session, r, ActionTexts.read(due)));
    }

    private void adjust() {
        answerWith(r -> actions.reviewAdjust(session, r, outcome.getText(), learning.getText(), value.marks(),
                followOn.getText(), ActionTexts.read(due)));
    }

    private void drop() {
        int index = reason.getSelectionIndex();
        ActionReason why = index < 0 ? ActionReason.NONE : reasons.get(index);
        answerWith(r -> actions.reviewDrop(session, r, why, null));
    }

    private void defer() {
        answerWith(r -> actions.reviewDefer(session, r));
    }
}
