package nl.leerkring.ui.dialogs;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import nl.leerkring.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.StoreException;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * Asks for what a new session needs: the method ({@link MethodChooser}), a title, the date and who takes part. The
 * session is started from the dialog, so a rejected title keeps the dialog open with everything
 * typed so far and the reason shown.
 */
public class NewSessionDialog extends TitleAreaDialog {

    /** What the user asked for; the starter turns it into a stored session or rejects it. */
    public record Request(Protocol protocol, String title, LocalDate date, java.time.LocalTime time, String group,
            Attendance attendance, boolean planOnly, boolean valueRound) {
    }

    /** The button that plans the session for its date instead of starting it now. */
    private static final int PLAN_ID = IDialogConstants.CLIENT_ID + 1;

    private final List<Protocol> protocols;
    private final Protocol preselected;
    private final List<String> groups;
    private final Function<String, List<Participant>> lastParticipants;
    private final Function<String, Integer> openActions;
    /** The current members of a group, by name; none for a new group. */
    private final Function<String, List<String>> members;
    private List<String> memberNames = List.of();
    private Table memberTable;
    private Label guestsHint;
    /** Set while the participants' text is rewritten from the ticks, so the ticks are not rewritten back. */
    private boolean syncing;
    private final Function<Request, Session> starter;
    private Combo group;
    private Label reviewHint;
    private MethodChooser chooser;
    private Text title;
    private DateField date;
    private DateTime time;
    private Text participants;
    private Session started;
    private Button valueRound;
    private boolean planned;

    /** "Today" for the date field: the application's clock service, or a test's. */
    private final java.time.Clock clock;

    /**
     * @param preselected the method offered first (the group's usual one), or null for the first in the list
     * @param groups the groups that met before, most recent first
     * @param lastParticipants who took part in a group's last session, to fill in for its next one
     * @param openActions how many open actions a group has: a method with a follow-up begins the
     *                    group's next session with their review, and the dialog says so
     */
    public NewSessionDialog(Shell parent, java.time.Clock clock, List<Protocol> protocols, Protocol preselected,
            List<String> groups, Function<String, List<Participant>> lastParticipants,
            Function<String, Integer> openActions, Function<String, List<String>> members,
            Function<Request, Session> starter) {
        super(parent);
        this.clock = clock;
        this.members = members;
        this.protocols = protocols;
        this.preselected = preselected;
        this.groups = groups;
        this.lastParticipants = lastParticipants;
        this.openActions = openActions;
        this.starter = starter;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.NewSession_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.NewSession_Title);
        setMessage(Messages.NewSession_Message);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);

        chooser = new MethodChooser(form, protocols, () -> {
            if (reviewHint != null) {
                showReview();
            }
            updateButtons();
        });
        new Label(form, SWT.NONE);
        Label trajectory = Widgets.css(Widgets.id(new Label(form, SWT.WRAP), "newSession.trajectory"), "hint");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(trajectory);
        chooser.onChosen(protocol -> {
            // A trajectory's meetings are planned together: say so before the lead presses a button.
            trajectory.setText(protocol == null || protocol.getMeetings().isEmpty() ? ""
                    : NLS.bind(Messages.NewSession_Trajectory, protocol.getMeetings().size()));
            trajectory.getParent().layout(true, true);
        });

        label(form, Messages.NewSession_SessionTitle);
        title = Widgets.id(new Text(form, SWT.BORDER | SWT.SINGLE), "newSession.title");
        title.setMessage(Messages.NewSession_SessionTitle_Hint);
        title.setTextLimit(300);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        title.addModifyListener(e -> updateButtons());

        label(form, Messages.NewSession_Group);
        group = Widgets.id(new Combo(form, SWT.DROP_DOWN), "newSession.group");
        group.setItems(groups.toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        // A group that met before brings its participants along: the next session is two clicks.
        group.addListener(SWT.Selection, e -> fillParticipants());
        group.addListener(SWT.FocusOut, e -> fillParticipants());
        new Label(form, SWT.NONE);
        reviewHint = Widgets.css(Widgets.id(new Label(form, SWT.WRAP), "newSession.review"), "hint");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reviewHint);

        Label participantsLabel = label(form, Messages.NewSession_Participants);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(participantsLabel);
        participants = Widgets.id(new Text(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP), "newSession.participants");
        participants.setMessage(Messages.NewSession_Participants_Hint);
        // Enter starts a new name; Tab leaves the field, as everywhere else in the form.
        participants.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(participants);
        participants.addModifyListener(e -> showAttendance());
        // The group's members, ticked when they are there; whoever else is named comes as a guest.
        Label membersLabel = label(form, Messages.NewSession_Members);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(membersLabel);
        memberTable = Widgets.id(new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL), "newSession.members");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(memberTable);
        memberTable.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                membersTicked();
            }
        });
        new Label(form, SWT.NONE);
        guestsHint = Widgets.css(Widgets.id(new Label(form, SWT.WRAP), "newSession.guests"), "hint");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(guestsHint);

        label(form, Messages.NewSession_Date);
        Composite when = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(when);
        date = new DateField(when, "newSession.date", clock);
        date.set(LocalDate.now(clock));
        time = Widgets.id(new DateTime(when, SWT.TIME | SWT.SHORT | SWT.BORDER), "newSession.time");
        new Label(form, SWT.NONE);
        valueRound = Widgets.id(new Button(form, SWT.CHECK), "newSession.valueRound");
        valueRound.setText(Messages.NewSession_ValueRound);

        if (!protocols.isEmpty()) {
            chooser.select(preselected != null && protocols.contains(preselected) ? preselected : protocols.get(0));
        }
        title.setFocus();
        nl.leerkring.ui.Accessibility.nameAll(form);
        return area;
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    /** Tells the facilitator the session will begin with the review of the group's open actions. */
    private void showReview() {
        Protocol protocol = selectedProtocol();
        String name = group == null ? "" : group.getText().strip();
        int open = protocol != null && protocol.isFollowUpReview() && !name.isEmpty() ? openActions.apply(name) : 0;
        reviewHint.setText(open > 0 ? NLS.bind(Messages.NewSession_Review, open) : "");
        reviewHint.getParent().layout(true, true);
    }

    private void fillParticipants() {
        showReview();
        if (group.getText().isBlank()) {
            return;
        }
        if (title.getText().isBlank()) {
            title.setText(group.getText().strip() + " \u2013 " + java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .format(date.value().orElse(LocalDate.now(clock))));
        }
        memberNames = members.apply(group.getText().strip());
        if (!participants.getText().isBlank()) {
            showAttendance();
            return;
        }
        Protocol protocol = selectedProtocol();
        List<Participant> last = lastParticipants.apply(group.getText().strip());
        if (last.isEmpty()) {
            participants.setText(String.join("\n", memberNames));
            return;
        }
        participants.setText(last.stream().map(p -> {
            String role = protocol == null || p.getRoleId() == null ? null
                    : protocol.getRoles().stream().filter(r -> r.getId().equals(p.getRoleId())).findFirst()
                            .map(r -> Protocols.text(r.getName())).orElse(null);
            return role == null ? p.getName() : p.getName() + " (" + role + ")";
        }).collect(Collectors.joining("\n")));
    }

    private List<String> lines() {
        return Arrays.stream(participants.getText().split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    private List<String> names() {
        return lines().stream().map(Attendance::nameOf).toList();
    }

    /** Ticks the members named in the participants' text; names who are not members are guests. */
    private void showAttendance() {
        if (syncing || memberTable == null) {
            return;
        }
        List<String> names = names();
        memberTable.removeAll();
        for (String member : memberNames) {
            TableItem item = new TableItem(memberTable, SWT.NONE);
            item.setText(member);
            item.setChecked(names.contains(member));
        }
        List<String> guests = guests(names);
        guestsHint.setText(guests.isEmpty() ? "" : NLS.bind(Messages.NewSession_Guests, String.join(", ", guests)));
        guestsHint.getParent().layout(true, true);
    }

    /** A tick adds the member's name to the participants; taking it away removes their line. */
    private void membersTicked() {
        List<String> lines = new java.util.ArrayList<>(lines());
        for (TableItem item : memberTable.getItems()) {
            boolean named = lines.stream().anyMatch(line -> Attendance.nameOf(line).equals(item.getText()));
            if (item.getChecked() && !named) {
                lines.add(item.getText());
            } else if (!item.getChecked() && named) {
                lines.removeIf(line -> Attendance.nameOf(line).equals(item.getText()));
            }
        }
        syncing = true;
        participants.setText(String.join("\n", lines));
        syncing = false;
        showAttendance();
    }

    /** Who is named but not a member: a guest (a group without members yet has none). */
    private List<String> guests(List<String> names) {
        return memberNames.isEmpty() ? List.of() : names.stream().filter(name -> !memberNames.contains(name)).toList();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, PLAN_ID, Messages.NewSession_Plan, false), "newSession.plan");
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.NewSession_Start, true), "newSession.start");
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Cancel, false);
        updateButtons();
    }

    private void updateButtons() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            boolean complete = selectedProtocol() != null && !title.getText().isBlank();
            getButton(IDialogConstants.OK_ID).setEnabled(complete);
            getButton(PLAN_ID).setEnabled(complete);
        }
    }

    private Protocol selectedProtocol() {
        return chooser.selected();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == PLAN_ID) {
            submit(true);
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        submit(false);
    }

    private void submit(boolean planOnly) {
        try {
            Request request = new Request(selectedProtocol(), title.getText(), date.date(),
                    java.time.LocalTime.of(time.getHours(), time.getMinutes()), group.getText(),
                    new Attendance(lines(), memberNames.stream().filter(m -> !names().contains(m)).toList(),
                            java.util.Set.copyOf(guests(names()))),
                    planOnly, valueRound.getSelection());
            started = starter.apply(request);
            planned = planOnly;
        } catch (InputRejectedException | StoreException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** Whether the dialog planned (rather than started) what it was asked. */
    public boolean planned() {
        return planned;
    }

    /** The session the dialog started, or null when it was cancelled. */
    public Session startedSession() {
        return started;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
