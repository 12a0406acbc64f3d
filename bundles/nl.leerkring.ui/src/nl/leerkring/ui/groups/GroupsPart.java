package nl.leerkring.ui.groups;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import nl.leerkring.core.GroupStore;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Retention;
import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.model.Group;
import nl.leerkring.model.MemberRole;
import nl.leerkring.model.Membership;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.LatestRead;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.StoreFollower;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.actions.CurrentUser;
import nl.leerkring.ui.internal.Messages;

/**
 * Groepen: the groups, a group's members (add, rename, leave) and its open actions, where an action
 * whose owner left the group is marked and can be handed over. On a team database the server's
 * rights decide who may change what; a refusal shows in the message line and nothing changes.
 */
public class GroupsPart {

    /** The part's id in Application.e4xmi. */
    public static final String ID = "nl.leerkring.ui.part.groups";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    @Inject
    private GroupStore groups;

    /** The day someone joins or leaves: the application's clock service, or a test's. */
    @Inject
    private java.time.Clock clock;

    @Inject
    private ActionService actions;

    @Inject
    private StoreChanges changes;

    @Inject
    private ProtocolLibrary library;

    @Inject
    private Retention retention;

    private TableViewer groupList;
    private Label title;
    private TableViewer members;
    private TableViewer open;
    private MessageLine message;
    private Group shown;
    /** The ids of the open actions whose owner left the group. */
    private Set<String> ofLeavers = Set.of();
    private LatestRead reads;

    /** The group's open actions, and which of them belong to someone who left. */
    private record OpenActions(Set<String> ofLeavers, List<ActionRecord> open) {
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(16, 8).applyTo(parent);
        Composite left = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(false, true).hint(260, SWT.DEFAULT).applyTo(left);
        GridLayoutFactory.fillDefaults().spacing(8, 8).applyTo(left);
        groupList = Tables.create(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, "groups.list");
        Accessibility.name(groupList.getTable(), () -> Messages.A11y_Groups);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(groupList.getControl().getParent());
        Tables.column(groupList, Messages.Groups_Column_Group, 100, Group.class, Group::getName);
        groupList.addSelectionChangedListener(e -> show((Group) groupList.getStructuredSelection().getFirstElement()));
        Composite groupButtons = new Composite(left, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(groupButtons);
        button(groupButtons, Messages.Groups_New, "groups.new", this::newGroup);
        button(groupButtons, Messages.Groups_Edit, "groups.edit", this::editGroup);

        Composite right = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        GridLayoutFactory.fillDefaults().spacing(8, 8).applyTo(right);
        title = Widgets.css(Widgets.id(new Label(right, SWT.WRAP), "groups.title"), "prompt");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        members = Tables.create(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, "groups.members");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(members.getControl().getParent());
        Tables.column(members, Messages.Groups_Column_Name, 40, Membership.class, m -> m.getPerson().getDisplayName());
        Tables.column(members, Messages.Groups_Column_Role, 20, Membership.class, m -> role(m.getRole()));
        Tables.column(members, Messages.Groups_Column_Joined, 20, Membership.class, m -> date(m.getJoined()));
        Tables.column(members, Messages.Groups_Column_Left, 20, Membership.class, m -> date(m.getLeft()));
        Composite memberButtons = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(memberButtons);
        button(memberButtons, Messages.Groups_AddMember, "groups.add", this::addMember);
        button(memberButtons, Messages.Groups_Rename, "groups.rename", this::rename);
        button(memberButtons, Messages.Groups_Role, "groups.role", this::changeRole);
        button(memberButtons, Messages.Groups_Leave, "groups.leave", this::leave);

        Label openLabel = new Label(right, SWT.NONE);
        openLabel.setText(Messages.Groups_OpenActions);
        open = Tables.create(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, "groups.actions");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(open.getControl().getParent());
        Tables.column(open, Messages.Column_Text, 50, ActionRecord.class, r -> r.action().getText());
        Tables.column(open, Messages.Groups_Column_Owner, 30, ActionRecord.class, r -> ofLeavers.contains(r.action().getId())
                ? NLS.bind(Messages.Groups_OwnerLeft, r.action().getOwner()) : r.action().getOwner());
        Tables.column(open, Messages.Groups_Column_Due, 20, ActionRecord.class, r -> date(r.action().getDueDate()));
        button(right, Messages.Groups_HandOver, "groups.handover", this::handOver);
        message = new MessageLine(right, "groups.message");
        reads = new LatestRead(open.getControl());

        // Groups and members another client of a team database changes show up here too.
        StoreFollower.follow(changes, groupList.getControl(),
                Set.of(StoreChanges.Kind.GROUPS, StoreChanges.Kind.SESSIONS, StoreChanges.Kind.ACTIONS), this::refresh);
        refresh();
        Accessibility.nameAll(parent);
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Whether the shown group's actions are still being read (the UI tests wait on it). */
    public boolean reading() {
        return reads.reading();
    }

    @Focus
    public void focus() {
        refresh();
        groupList.getControl().setFocus();
    }

    /** Reads the groups again and shows the one that was shown. */
    public void refresh() {
        refresh(shown == null ? null : shown.getId());
    }

    /** Reads the groups again and shows the one with this id (else the first). */
    private void refresh(String groupId) {
        message.run(() -> {
            List<Group> all = groups.groups();
            groupList.setInput(all);
            Group again = all.stream().filter(g -> g.getId().equals(groupId)).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
            if (again != null) {
                groupList.setSelection(new StructuredSelection(again), true);
            }
            show(again);
        });
    }

    /** Shows the group's members and open actions; selects it in the list. */
    public void show(Group group) {
        shown = group;
        if (group == null) {
            title.setText(Messages.Groups_None);
            members.setInput(List.of());
            // Also so that a read still under way for the group shown before does not fill it in.
            reads.read(() -> new OpenActions(Set.of(), List.of()), this::showOpen, message::error);
            return;
        }
        long current = group.getMemberships().stream().filter(m -> m.getLeft() == null).count();
        String what = java.util.stream.Stream.of(group.getKind() == null ? null : GroupDialog.kindName(group.getKind()),
                group.getOrganisation()).filter(Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
        title.setText(NLS.bind(Messages.Groups_Title, group.getName(), current) + (what.isEmpty() ? "" : " (" + what + ")"));
        members.setInput(group.getMemberships());
        // A group's actions grow with its years: read off the UI thread, the newest choice shown.
        String name = group.getName();
        reads.read(() -> new OpenActions(actions.ofLeavers(name).stream().map(r -> r.action().getId())
                .collect(java.util.stream.Collectors.toSet()), actions.openOfGroup(name)), this::showOpen, message::error);
        title.getParent().layout(true, true);
    }

    private void showOpen(OpenActions read) {
        ofLeavers = read.ofLeavers();
        open.setInput(read.open());
    }

    public void newGroup() {
        InputDialog ask = new InputDialog(groupList.getControl().getShell(), Messages.Groups_New, Messages.Groups_NewQuestion,
                "", text -> text == null || text.isBlank() ? Messages.Groups_NeedsName : null);
        String[] made = new String[1];
        if (ask.open() == Window.OK && message.run(() -> made[0] = groups.addGroup(ask.getValue().strip()))) {
            refresh(made[0]);
        }
    }

    private void editGroup() {
        if (shown == null) {
            return;
        }
        String groupId = shown.getId();
        Integer[] months = { null };
        if (!message.run(() -> months[0] = retention.months(shown.getName()).stream().boxed().findFirst().orElse(null))) {
            return;
        }
        GroupDialog dialog = new GroupDialog(groupList.getControl().getShell(), shown, months[0], library.protocols(), values -> {
            try {
                groups.saveGroup(groupId, values.name(), values.kind(), values.organisation(), values.usualProtocolId());
                retention.setMonths(values.name(), values.months());
                return null;
            } catch (RuntimeException e) {
                return MessageLine.reason(e);
            }
        });
        if (dialog.open() == Window.OK) {
            refresh(groupId);
        }
    }

    /** Member, facilitator or lead: the member's role in this group. */
    private void changeRole() {
        Membership chosen = (Membership) members.getStructuredSelection().getFirstElement();
        if (chosen == null) {
            message.notice(Messages.Groups_PickMember);
            return;
        }
        String[] roles = { Messages.Groups_Role_Member, Messages.Groups_Role_Facilitator, Messages.Groups_Role_Lead,
                IDialogConstants.CANCEL_LABEL };
        MessageDialog ask = new MessageDialog(groupList.getControl().getShell(), Messages.Groups_Role, null,
                NLS.bind(Messages.Groups_RoleQuestion, chosen.getPerson().getDisplayName(), shown.getName()),
                MessageDialog.QUESTION, chosen.getRole() == null ? 0 : chosen.getRole().getValue(), roles);
        int answer = ask.open();
        if (answer >= 0 && answer < 3) {
            String groupId = shown.getId();
            if (message.run(() -> groups.setRole(groupId, chosen.getPerson().getId(), MemberRole.get(answer)))) {
                refresh(groupId);
            }
        }
    }

    private void addMember() {
        if (shown == null) {
            return;
        }
        String groupId = shown.getId();
        InputDialog ask = new InputDialog(groupList.getControl().getShell(), Messages.Groups_AddMember,
                NLS.bind(Messages.Groups_AddQuestion, shown.getName()), "",
                text -> text == null || text.isBlank() ? Messages.Groups_NeedsName : null);
        if (ask.open() == Window.OK
                && message.run(() -> groups.addMember(groupId, ask.getValue().strip(), MemberRole.MEMBER, LocalDate.now(clock)))) {
            refresh();
        }
    }

    private void rename() {
        Membership chosen = (Membership) members.getStructuredSelection().getFirstElement();
        if (chosen == null) {
            message.notice(Messages.Groups_PickMember);
            return;
        }
        String personId = chosen.getPerson().getId();
        InputDialog ask = new InputDialog(groupList.getControl().getShell(), Messages.Groups_Rename,
                Messages.Groups_RenameQuestion, chosen.getPerson().getDisplayName(),
                text -> text == null || text.isBlank() ? Messages.Groups_NeedsName : null);
        if (ask.open() == Window.OK && message.run(() -> groups.renamePerson(personId, ask.getValue().strip()))) {
            refresh();
        }
    }

    private void leave() {
        Membership chosen = (Membership) members.getStructuredSelection().getFirstElement();
        if (chosen == null || chosen.getLeft() != null) {
            message.notice(Messages.Groups_PickMember);
            return;
        }
        String name = chosen.getPerson().getDisplayName();
        String groupId = shown.getId();
        if (MessageDialog.openQuestion(groupList.getControl().getShell(), Messages.Groups_Leave,
                NLS.bind(Messages.Groups_LeaveQuestion, name, shown.getName()))
                && message.run(() -> groups.leaveGroup(groupId, chosen.getPerson().getId(), LocalDate.now(clock)))) {
            refresh();
        }
    }

    private void handOver() {
        ActionRecord chosen = (ActionRecord) open.getStructuredSelection().getFirstElement();
        if (chosen == null) {
            message.notice(Messages.Groups_PickAction);
            return;
        }
        List<String> names = shown.getMemberships().stream().filter(m -> m.getLeft() == null)
                .map(m -> m.getPerson().getDisplayName()).filter(n -> !Objects.equals(n, chosen.action().getOwner())).toList();
        HandOverDialog dialog = new HandOverDialog(groupList.getControl().getShell(), chosen.action().getText(),
                chosen.action().getOwner(), names, (to, why) -> {
                    try {
                        actions.handOver(chosen, to, why, CurrentUser.name(groups));
                        return null;
                    } catch (RuntimeException e) {
                        return MessageLine.reason(e);
                    }
                });
        if (dialog.open() == Window.OK) {
            refresh();
        }
    }

    private static String role(MemberRole role) {
        return role == null ? "" : switch (role) {
            case FACILITATOR -> Messages.Groups_Role_Facilitator;
            case LEAD -> Messages.Groups_Role_Lead;
            default -> Messages.Groups_Role_Member;
        };
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
