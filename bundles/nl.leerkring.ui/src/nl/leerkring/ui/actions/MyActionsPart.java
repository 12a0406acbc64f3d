package nl.leerkring.ui.actions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.DateField;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import org.eclipse.e4.ui.di.Focus;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import nl.leerkring.core.GroupStore;
import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.actions.ActionUpdate;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.ui.LatestRead;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.StoreFollower;
import nl.leerkring.ui.PrivacyCheck;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * "Mijn acties": an action owner picks themselves and sees their actions across all groups and
 * sessions, overdue first; they update the status, add progress notes and record the outcome and
 * what they learned. Every change is committed at once by the action service.
 */
public class MyActionsPart {

    /** The part's id in Application.e4xmi. */
    public static final String ID = "nl.leerkring.ui.part.myActions";

    @Inject
    private ActionService actions;

    @Inject
    private StoreChanges changes;

    @Inject
    private GroupStore groups;

    /** A team database login that was given to nobody yet: there are no actions to show. */
    private String loginOfNobody;

    private Combo me;
    private ActionFilters filters;
    private Label summary;
    private TableViewer viewer;
    private Group detail;
    private Label description;
    private org.eclipse.swt.widgets.List history;
    private Combo newStatus;
    private Text outcome;
    private Text learning;
    private Combo reason;
    private DateField due;
    private Button nextSession;
    private Text note;
    private MessageLine message;
    private final PrivacyCheck privacy = new PrivacyCheck();

    private List<ActionRecord> mine = List.of();
    /** The reads of owners and actions: only the latest one is shown. */
    private LatestRead reads;
    private List<ActionStatus> offered = List.of();
    private final List<ActionReason> reasons = Stream.of(ActionReason.values()).filter(r -> r != ActionReason.NONE).toList();

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 8).applyTo(parent);

        Composite top = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.Actions_Me);
        me = Widgets.id(new Combo(top, SWT.READ_ONLY), "actions.me");
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(me);
        me.addListener(SWT.Selection, e -> {
            CurrentUser.set(me.getText());
            reload();
        });
        filters = new ActionFilters(top, this::showList);
        Button export = Widgets.id(new Button(top, SWT.PUSH), "actions.export");
        export.setText(Messages.Actions_Export);
        export.addListener(SWT.Selection, e -> askExport(ActionsExport.calendar(actions.lifecycle().clock().instant())));
        Button csv = Widgets.id(new Button(top, SWT.PUSH), "actions.csv");
        csv.setText(Messages.Csv_Export);
        csv.addListener(SWT.Selection, e -> askExport(ActionsExport.spreadsheet()));

        summary = Widgets.css(Widgets.id(new Label(parent, SWT.WRAP), "actions.summary"), "prompt");
        summary.setText(Messages.Actions_Loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = Tables.create(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, "actions.table");
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 160).applyTo(viewer.getControl().getParent());
        Widgets.css(viewer.getTable(), "items");
        Tables.column(viewer, Messages.Actions_Column_Status, 12, ActionRecord.class, r -> ActionTexts.status(r.action()));
        Tables.column(viewer, Messages.Column_Text, 38, ActionRecord.class, r -> r.action().getText());
        Tables.column(viewer, Messages.Sessions_Column_Group, 14, ActionRecord.class, r -> Objects.toString(r.group(), ""));
        Tables.column(viewer, Messages.Actions_Column_Session, 16, ActionRecord.class,
                r -> r.sessionTitle() + " (" + ActionTexts.date(r.sessionDate()) + ")");
        Tables.column(viewer, Messages.Column_Due, 14, ActionRecord.class, r -> ActionTexts.due(r.action(), actions.lifecycle()));
        Tables.column(viewer, Messages.Actions_Column_CarriedOver, 6, ActionRecord.class,
                r -> r.action().getCarryOverCount() == 0 ? "" : Integer.toString(r.action().getCarryOverCount()));
        viewer.addSelectionChangedListener(e -> showDetail());
        reads = new LatestRead(viewer.getControl());

        createDetail(parent);
        message = new MessageLine(parent, "actions.message");
        // Actions that other clients of a team database add or change show up here too.
        StoreFollower.follow(changes, viewer.getControl(), Set.of(StoreChanges.Kind.SESSIONS, StoreChanges.Kind.ACTIONS),
                this::reread);

        refreshOwners();
        Accessibility.nameAll(parent);
    }

    private void createDetail(Composite parent) {
        detail = Widgets.css(Widgets.id(new Group(parent, SWT.NONE), "actions.detail"), "capture");
        detail.setText(Messages.Actions_Update);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(detail);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(detail);

        description = Widgets.css(Widgets.id(new Label(detail, SWT.WRAP), "actions.description"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(description);
        history = Widgets.id(new org.eclipse.swt.widgets.List(detail, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
                "actions.history");
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, 110).applyTo(history);

        new Label(detail, SWT.NONE).setText(Messages.Actions_NewStatus);
        newStatus = Widgets.id(new Combo(detail, SWT.READ_ONLY), "actions.newStatus");
        GridDataFactory.fillDefaults().applyTo(newStatus);
        new Label(detail, SWT.NONE).setText(Messages.Actions_Reason);
        reason = Widgets.id(new Combo(detail, SWT.READ_ONLY), "actions.reason");
        reason.setItems(reasons.stream().map(ActionLifecycle::label).toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);

        new Label(detail, SWT.NONE).setText(Messages.Actions_Outcome);
        outcome = text(detail, "actions.outcome");
        new Label(detail, SWT.NONE).setText(Messages.Actions_Learning);
        learning = text(detail, "actions.learning");

        new Label(detail, SWT.NONE).setText(Messages.Actions_NewDue);
        Composite dueRow = new Composite(detail, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(dueRow);
        due = new DateField(dueRow, "actions.due", actions.lifecycle().clock());
        due.set(actions.lifecycle().today().plusDays(14));
        nextSession = Widgets.id(new Button(dueRow, SWT.CHECK), "actions.nextSession");
        nextSession.setText(Messages.Run_NextSession);
        nextSession.addListener(SWT.Selection, e -> due.setEnabled(!nextSession.getSelection()));
        Label spacer = new Label(detail, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
        Button apply = Widgets.id(new Button(detail, SWT.PUSH), "actions.apply");
        apply.setText(Messages.Actions_Apply);
        apply.addListener(SWT.Selection, e -> applyStatus());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(apply);

        new Label(detail, SWT.NONE).setText(Messages.Actions_Note);
        note = text(detail, "actions.note");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 44).applyTo(note);
        Button addNote = Widgets.id(new Button(detail, SWT.PUSH), "actions.addNote");
        addNote.setText(Messages.Actions_AddNote);
        addNote.addListener(SWT.Selection, e -> addNote());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(addNote);
    }

    private static Text text(Composite parent, String id) {
        Text text = Widgets.css(Widgets.id(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id), "entry");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 44).applyTo(text);
        return text;
    }

    /** Shows what changed elsewhere (a session's actions, a review) each time the part comes to the front. */
    @Focus
    public void focus() {
        refreshOwners();
        me.setFocus();
    }

    /**
     * On a team database the login says who the user is, and there is nobody to pick; else everyone
     * who owns an action, with the one remembered from last time picked. Read in the background.
     */
    public void refreshOwners() {
        read(() -> {
            java.util.Optional<CurrentUser.TeamLogin> team = CurrentUser.teamLogin(groups);
            return new Owners(team, team.isPresent() ? team.get().name().stream().toList() : actions.owners());
        }, this::showOwners);
    }

    /** Whose actions can be picked, and the team login if there is one. */
    private record Owners(java.util.Optional<CurrentUser.TeamLogin> team, List<String> names) {
    }

    private void showOwners(Owners read) {
        message.error("");
        me.setItems(read.names().toArray(String[]::new));
        me.setEnabled(read.team().isEmpty());
        int remembered = read.team().isPresent() ? 0 : read.names().indexOf(CurrentUser.get());
        if (remembered >= 0 && remembered < read.names().size()) {
            me.select(remembered);
        }
        loginOfNobody = read.team().filter(t -> t.name().isEmpty()).map(CurrentUser.TeamLogin::login).orElse(null);
        reload();
    }

    /** The owner picked, or null. */
    public String owner() {
        return me.getSelectionIndex() < 0 ? null : me.getText();
    }

    /** Whether a read asked for has not been shown yet (an owner's actions grow with the years). */
    public boolean reading() {
        return reads.reading();
    }

    private <T> void read(java.util.function.Supplier<T> what, java.util.function.Consumer<T> shower) {
        reads.read(what, shower, message::error);
    }

    private void reload() {
        reload(() -> {
        });
    }

    /** Reads the picked owner's actions again, then shows them and runs {@code then}. */
    private void reload(Runnable then) {
        String owner = owner();
        if (mine.isEmpty()) {
            // Nothing shown yet: say that the list is on its way (a refresh keeps what is shown).
            summary.setText(Messages.Actions_Loading);
        }
        read(() -> owner == null ? List.<ActionRecord>of() : actions.ownedBy(owner), read -> {
            mine = read;
            showOwned(owner);
            then.run();
        });
    }

    private void showOwned(String owner) {
        filters.groupsOf(mine);
        if (owner == null) {
            // The owners were just read into the list to pick from.
            summary.setText(loginOfNobody != null ? NLS.bind(Messages.Actions_LoginOfNobody, loginOfNobody)
                    : me.getItemCount() == 0 ? Messages.Actions_NoneYet : Messages.Actions_PickYourself);
        } else {
            ActionService.Reminder reminder = actions.reminder(mine);
            summary.setText(NLS.bind(Messages.Actions_Summary, new Object[] { owner, reminder.overdue(), reminder.dueThisWeek() }));
        }
        showList();
    }

    private void showList() {
        Object kept = viewer.getStructuredSelection().getFirstElement();
        List<ActionRecord> shown = mine.stream().filter(filters.shows()).toList();
        viewer.setInput(shown);
        if (kept instanceof ActionRecord previous) {
            shown.stream().filter(r -> r.action().getId().equals(previous.action().getId())).findFirst()
                    .ifPresent(r -> viewer.setSelection(new StructuredSelection(r), true));
        }
        showDetail();
        summary.getParent().layout(true, true);
    }

    private ActionRecord selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof ActionRecord r ? r : null;
    }

    private void showDetail() {
        ActionRecord record = selected();
        detail.setEnabled(record != null);
        description.setText(record == null ? Messages.Actions_SelectOne : record.action().getText());
        history.removeAll();
        offered = record == null ? List.of() : List.copyOf(actions.nextStatuses(record));
        newStatus.setItems(offered.stream().map(ActionLifecycle::label).toArray(String[]::new));
        if (record != null) {
            // History and notes in the order they happened.
            Stream.concat(
                    record.action().getHistory().stream().map(c -> new Line(c.getAt(), ActionTexts.change(c))),
                    record.action().getNotes().stream().map(n -> new Line(n.getAt(), ActionTexts.note(n))))
                    .sorted(Comparator.comparing(Line::at)).forEach(line -> history.add(line.text()));
            if (record.action().getOutcome() != null) {
                history.add(NLS.bind(Messages.Actions_OutcomeLine, record.action().getOutcome()));
            }
            if (record.action().getLearning() != null) {
                history.add(NLS.bind(Messages.Actions_LearningLine, record.action().getLearning()));
            }
        }
        detail.layout(true, true);
    }

    private record Line(Instant at, String text) {
    }

    private void applyStatus() {
        ActionRecord record = selected();
        int choice = newStatus.getSelectionIndex();
        if (record == null || choice < 0) {
            message.error(record == null ? Messages.Actions_SelectOne : Messages.Actions_ChooseStatus);
            return;
        }
        if (!privacyChecked(outcome) || !privacyChecked(learning)) {
            return;
        }
        ActionStatus to = offered.get(choice);
        int why = reason.getSelectionIndex();
        ActionUpdate update = ActionUpdate.by(owner()).outcome(outcome.getText(), learning.getText())
                .reason(why < 0 ? ActionReason.NONE : reasons.get(why), null);
        if (message.run(() -> actions.changeStatus(record, to, update.due(ActionTexts.read(due))), this::reread)) {
            outcome.setText("");
            learning.setText("");
            reason.deselectAll();
            reload();
        }
    }

    /** Reads the actions again (another client changed them), keeping the status the owner was about to choose. */
    private void reread() {
        String chosen = newStatus.getText();
        reload(() -> newStatus.select(newStatus.indexOf(chosen)));
    }

    private void addNote() {
        ActionRecord record = selected();
        if (record == null) {
            message.error(Messages.Actions_SelectOne);
            return;
        }
        if (privacyChecked(note) && message.run(() -> actions.addNote(record, note.getText(), owner()), this::reread)) {
            note.setText("");
            reload();
        }
    }

    /** The owner's actions to a file; the owner decides where it goes. */
    private void askExport(ActionsExport.Kind kind) {
        String owner = owner();
        if (owner == null) {
            message.error(Messages.Actions_PickYourself);
            return;
        }
        ActionsExport.ask(me.getShell(), kind, owner, () -> actions.ownedBy(owner), message);
    }

    /** Writes the owner's open actions to an iCalendar file; says where, or why not. */
    public boolean export(Path file) {
        String owner = owner();
        return ActionsExport.write(ActionsExport.calendar(actions.lifecycle().clock().instant()), file,
                () -> actions.ownedBy(owner), message);
    }

    /** Whether the entry may be recorded as it is; if not, says which personal data it seems to hold. */
    private boolean privacyChecked(Text entry) {
        String found = privacy.check(entry);
        if (found != null) {
            entry.setFocus();
            message.error(NLS.bind(Messages.Actions_PersonalData, found));
        }
        return found == null;
    }
}
