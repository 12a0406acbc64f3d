package nl.leerkring.ui.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.LearningPreferences;
import nl.leerkring.core.edit.ProtocolCommands;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Role;
import nl.leerkring.model.Step;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The details of what is selected in the outline — the protocol, a phase or a step — bound to the
 * model through the editing domain ({@link FormFields}), so every change is an undoable EMF
 * command. Problems of the validator show at their field.
 * The rows of the lists (roles, kinds of items, what a step records) are made by {@link ListRows}.
 */
final class DetailsForm {

    private static final LeerkringPackage L = LeerkringPackage.eINSTANCE;

    private final Composite stack;
    private final StackLayout pages = new StackLayout();
    private final Composite protocolPage;
    private final Composite phasePage;
    private final Composite stepPage;
    private final Composite empty;
    private final Composite rolesArea;
    private final Composite protocolRoles;
    private final Composite protocolKinds;
    private final Composite protocolPreferences;
    private final Composite protocolMeetings;
    private final MeetingRows meetings;
    private final Runnable fit;
    private boolean refreshPending;
    /** What the dynamic lists were built for; while it stays the same they are updated in place. */
    private String builtShape;
    private final List<Runnable> updaters = new ArrayList<>();
    /** The rows of the lists (roles, kinds, what a step records), which update through {@link #updaters}. */
    private final ListRows rows;
    private final Composite capturesArea;
    private final Text tips;

    private final WritableValue<Protocol> protocolValue;
    private final WritableValue<Phase> phaseValue;
    private final WritableValue<Step> stepValue;
    private final FormFields fields = new FormFields();
    private EditingDomain domain;

    /** The field of each feature, for problems to point at. */
    private final FieldMarks marks = new FieldMarks();
    private final Map<EStructuralFeature, Control> protocolFields = marks.of(Protocol.class);
    private final Map<EStructuralFeature, Control> phaseFields = marks.of(Phase.class);
    private final Map<EStructuralFeature, Control> stepFields = marks.of(Step.class);

    /**
     * @param warn shows a refusal to the lead, e.g. removing a role a step still gives the word to
     * @param fit  called when the form's height may have changed
     */
    DetailsForm(Composite parent, java.util.function.Consumer<String> warn, Runnable fit) {
        this.fit = fit;
        rows = new ListRows(() -> domain, warn, updaters);
        meetings = new MeetingRows(rows, () -> domain, updaters);
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(pages);
        org.eclipse.core.databinding.observable.Realm realm = DisplayRealm.getRealm(parent.getDisplay());
        protocolValue = new WritableValue<>(realm, null, Protocol.class);
        phaseValue = new WritableValue<>(realm, null, Phase.class);
        stepValue = new WritableValue<>(realm, null, Step.class);

        empty = new Composite(stack, SWT.NONE);

        protocolPage = page();
        protocolFields.put(L.getProtocol_Name(), FormFields.text(protocolPage, Messages.Editor_Name, "editor.protocol.name", false));
        protocolFields.put(L.getProtocol_Description(),
                FormFields.text(protocolPage, Messages.Editor_Description, "editor.protocol.description", true));
        protocolFields.put(L.getProtocol_DurationMinutes(),
                FormFields.spinner(protocolPage, Messages.Editor_Duration, "editor.protocol.duration", 600));
        protocolFields.put(L.getProtocol_DurationSourced(),
                FormFields.check(protocolPage, Messages.Editor_DurationSourced, "editor.protocol.durationSourced"));
        protocolFields.put(L.getProtocol_GroupSizeMin(),
                FormFields.spinner(protocolPage, Messages.Editor_GroupMin, "editor.protocol.groupMin", 100));
        protocolFields.put(L.getProtocol_GroupSizeMax(),
                FormFields.spinner(protocolPage, Messages.Editor_GroupMax, "editor.protocol.groupMax", 100));
        protocolFields.put(L.getProtocol_GroupSizeSourced(),
                FormFields.check(protocolPage, Messages.Editor_GroupSourced, "editor.protocol.groupSourced"));
        protocolFields.put(L.getProtocol_FollowUpReview(),
                FormFields.check(protocolPage, Messages.Editor_FollowUp, "editor.protocol.followUp"));
        protocolFields.put(L.getProtocol_ReviewMinutes(),
                FormFields.spinner(protocolPage, Messages.Editor_ReviewMinutes, "editor.protocol.reviewMinutes", 120));
        protocolFields.put(L.getProtocol_ReviewWithinDuration(),
                FormFields.check(protocolPage, Messages.Editor_ReviewWithin, "editor.protocol.reviewWithin"));
        new Label(protocolPage, SWT.NONE).setText(Messages.Editor_Preferences);
        protocolPreferences = new Composite(protocolPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(protocolPreferences);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(protocolPreferences);
        protocolFields.put(L.getProtocol_LearningPreferences(), protocolPreferences);
        new Label(protocolPage, SWT.NONE).setText(Messages.Editor_ProtocolRoles);
        protocolRoles = new Composite(protocolPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(protocolRoles);
        protocolFields.put(L.getProtocol_Roles(), protocolRoles);
        new Label(protocolPage, SWT.NONE).setText(Messages.Editor_ProtocolKinds);
        protocolKinds = new Composite(protocolPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(protocolKinds);
        protocolFields.put(L.getProtocol_ItemKinds(), protocolKinds);
        new Label(protocolPage, SWT.NONE).setText(Messages.Editor_Meetings);
        protocolMeetings = new Composite(protocolPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(protocolMeetings);
        protocolFields.put(L.getProtocol_Meetings(), protocolMeetings);

        phasePage = page();
        phaseFields.put(L.getPhase_Name(), FormFields.text(phasePage, Messages.Editor_Name, "editor.phase.name", false));

        stepPage = page();
        stepFields.put(L.getStep_Title(), FormFields.text(stepPage, Messages.Editor_StepTitle, "editor.step.title", false));
        stepFields.put(L.getStep_Prompt(), FormFields.text(stepPage, Messages.Editor_Prompt, "editor.step.prompt", true));
        stepFields.put(L.getStep_Instruction(), FormFields.text(stepPage, Messages.Editor_Instruction, "editor.step.instruction", true));
        stepFields.put(L.getStep_TimeboxMinutes(), FormFields.spinner(stepPage, Messages.Editor_Timebox, "editor.step.timebox", 240));
        stepFields.put(L.getStep_TimeboxSourced(),
                FormFields.check(stepPage, Messages.Editor_TimeboxSourced, "editor.step.timeboxSourced"));
        stepFields.put(L.getStep_Skippable(), FormFields.check(stepPage, Messages.Editor_Skippable, "editor.step.skippable"));
        stepFields.put(L.getStep_RepeatPerParticipant(), FormFields.check(stepPage, Messages.Editor_Round, "editor.step.round"));
        stepFields.put(L.getStep_Subgroups(), FormFields.check(stepPage, Messages.Editor_Subgroups, "editor.step.subgroups"));
        stepFields.put(L.getStep_PerCase(), FormFields.check(stepPage, Messages.Editor_PerCase, "editor.step.perCase"));
        new Label(stepPage, SWT.NONE).setText(Messages.Editor_Roles);
        rolesArea = new Composite(stepPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rolesArea);
        stepFields.put(L.getStep_ActiveRoles(), rolesArea);
        new Label(stepPage, SWT.NONE).setText(Messages.Editor_Captures);
        capturesArea = new Composite(stepPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(capturesArea);
        stepFields.put(L.getStep_Captures(), capturesArea);
        new Label(stepPage, SWT.NONE).setText(Messages.Editor_Tips);
        tips = Widgets.css(Widgets.id(new Text(stepPage, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "editor.step.tips"),
                "entry");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 60).applyTo(tips);
        tips.addListener(SWT.FocusOut, e -> commitTips());
        stepFields.put(L.getStep_Tips(), tips);

        pages.topControl = empty;
    }

    Composite control() {
        return stack;
    }

    private Composite page() {
        Composite page = new Composite(stack, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 8).applyTo(page);
        return page;
    }

    /** Binds the fields to a newly opened protocol and its editing domain. */
    void bind(EditingDomain newDomain) {
        domain = newDomain;
        builtShape = null;
        fields.bind(newDomain, stack, this::bindAll);
    }

    private void bindAll() {
        fields.bindText(protocolFields.get(L.getProtocol_Name()), protocolValue, L.getProtocol_Name());
        fields.bindText(protocolFields.get(L.getProtocol_Description()), protocolValue, L.getProtocol_Description());
        fields.bindSpinner(protocolFields.get(L.getProtocol_DurationMinutes()), protocolValue, L.getProtocol_DurationMinutes());
        fields.bindCheck(protocolFields.get(L.getProtocol_DurationSourced()), protocolValue, L.getProtocol_DurationSourced());
        fields.bindSpinner(protocolFields.get(L.getProtocol_GroupSizeMin()), protocolValue, L.getProtocol_GroupSizeMin());
        fields.bindSpinner(protocolFields.get(L.getProtocol_GroupSizeMax()), protocolValue, L.getProtocol_GroupSizeMax());
        fields.bindCheck(protocolFields.get(L.getProtocol_GroupSizeSourced()), protocolValue, L.getProtocol_GroupSizeSourced());
        fields.bindCheck(protocolFields.get(L.getProtocol_FollowUpReview()), protocolValue, L.getProtocol_FollowUpReview());
        fields.bindSpinner(protocolFields.get(L.getProtocol_ReviewMinutes()), protocolValue, L.getProtocol_ReviewMinutes());
        fields.bindCheck(protocolFields.get(L.getProtocol_ReviewWithinDuration()), protocolValue,
                L.getProtocol_ReviewWithinDuration());
        fields.bindText(phaseFields.get(L.getPhase_Name()), phaseValue, L.getPhase_Name());
        fields.bindText(stepFields.get(L.getStep_Title()), stepValue, L.getStep_Title());
        fields.bindText(stepFields.get(L.getStep_Prompt()), stepValue, L.getStep_Prompt());
        fields.bindText(stepFields.get(L.getStep_Instruction()), stepValue, L.getStep_Instruction());
        fields.bindSpinner(stepFields.get(L.getStep_TimeboxMinutes()), stepValue, L.getStep_TimeboxMinutes());
        fields.bindCheck(stepFields.get(L.getStep_TimeboxSourced()), stepValue, L.getStep_TimeboxSourced());
        fields.bindCheck(stepFields.get(L.getStep_Skippable()), stepValue, L.getStep_Skippable());
        fields.bindCheck(stepFields.get(L.getStep_RepeatPerParticipant()), stepValue, L.getStep_RepeatPerParticipant());
        fields.bindCheck(stepFields.get(L.getStep_Subgroups()), stepValue, L.getStep_Subgroups());
        fields.bindCheck(stepFields.get(L.getStep_PerCase()), stepValue, L.getStep_PerCase());
    }

    /** Shows the details of the element (a protocol, phase or step). */
    void show(EObject element) {
        protocolValue.setValue(element instanceof Protocol p ? p : null);
        phaseValue.setValue(element instanceof Phase p ? p : null);
        stepValue.setValue(element instanceof Step s ? s : null);
        pages.topControl = element instanceof Protocol ? protocolPage
                : element instanceof Phase ? phasePage : element instanceof Step ? stepPage : empty;
        refreshLists();
        stack.layout(true, true);
        fit.run();
    }

    EObject shown() {
        return stepValue.getValue() != null ? stepValue.getValue()
                : phaseValue.getValue() != null ? phaseValue.getValue() : protocolValue.getValue();
    }

    /**
     * After an edit: the lists are rebuilt once the event that made the edit is done, since the
     * widget that made it may be one of those rebuilt.
     */
    void refreshListsLater() {
        if (!refreshPending) {
            refreshPending = true;
            stack.getDisplay().asyncExec(() -> {
                refreshPending = false;
                if (!stack.isDisposed()) {
                    refreshLists();
                }
            });
        }
    }

    /** The protocol's roles and item kinds, and the roles, captures and tips of the shown step: lists, not single values. */
    void refreshLists() {
        String shape = shape();
        if (!shape.equals(builtShape)) {
            builtShape = shape;
            updaters.clear();
            refreshProtocolLists();
            buildStepLists();
            stack.layout(true, true);
            fit.run();
        }
        // Built for these entries: only their values may have changed (an edit, an undo). Widgets are
        // not rebuilt for that, so the field the lead is working in keeps the focus.
        updaters.forEach(Runnable::run);
    }

    private void buildStepLists() {
        Step step = stepValue.getValue();
        for (Control child : rolesArea.getChildren()) {
            child.dispose();
        }
        for (Control child : capturesArea.getChildren()) {
            child.dispose();
        }
        if (step == null || !(step.eContainer() instanceof Phase phase) || !(phase.eContainer() instanceof Protocol protocol)) {
            return;
        }
        // Two to a row: role names such as "Externe expert of inwoner" stay whole beside the kinds.
        GridLayoutFactory.fillDefaults().numColumns(Math.max(1, Math.min(2, protocol.getRoles().size()))).applyTo(rolesArea);
        for (Role role : protocol.getRoles()) {
            rows.roleCheck(rolesArea, step, role);
        }
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(capturesArea);
        for (ItemKind kind : protocol.getItemKinds()) {
            rows.captureRow(capturesArea, step, kind);
        }
        updaters.add(() -> {
            if (!tips.isFocusControl()) {
                tips.setText(String.join("\n", step.getTips().stream().map(t -> t.getNl() == null ? "" : t.getNl()).toList()));
            }
        });
    }

    /**
     * The shown element with its roles, kinds of items and the kinds the step records: what decides
     * which widgets the lists have.
     */
    private String shape() {
        StringBuilder shape = new StringBuilder();
        Protocol protocol = protocolValue.getValue();
        Step step = stepValue.getValue();
        Protocol owner = protocol != null ? protocol
                : step != null && step.eContainer() != null ? (Protocol) step.eContainer().eContainer() : null;
        shape.append(System.identityHashCode(protocol)).append('/').append(System.identityHashCode(step));
        if (owner != null) {
            owner.getRoles().forEach(r -> shape.append("/r").append(System.identityHashCode(r)));
            owner.getItemKinds().forEach(k -> shape.append("/k").append(System.identityHashCode(k)));
            owner.getMeetings().forEach(m -> shape.append("/m").append(System.identityHashCode(m)));
            // The phases by name too: the meetings' phase boxes are labelled with them.
            owner.getPhases().forEach(p -> shape.append("/p").append(System.identityHashCode(p))
                    .append(p.getName() == null ? "" : p.getName().getNl()));
        }
        if (step != null) {
            step.getCaptures().forEach(c -> shape.append("/c").append(System.identityHashCode(c)));
        }
        return shape.toString();
    }

    /**
     * The protocol's learning preferences, its roles (who may own actions) and kinds of items, each
     * renamable and removable, and a row to add one; its trajectory's meetings.
     */
    private void refreshProtocolLists() {
        for (Control child : protocolRoles.getChildren()) {
            child.dispose();
        }
        for (Control child : protocolKinds.getChildren()) {
            child.dispose();
        }
        for (Control child : protocolPreferences.getChildren()) {
            child.dispose();
        }
        for (Control child : protocolMeetings.getChildren()) {
            child.dispose();
        }
        Protocol protocol = protocolValue.getValue();
        if (protocol == null) {
            return;
        }
        for (LearningPreference preference : LearningPreference.VALUES) {
            rows.memberCheck(protocolPreferences, "editor.protocol.preference." + preference.getName(),
                    LearningPreferences.name(preference), protocol, L.getProtocol_LearningPreferences(), preference);
        }
        rows.namedList(protocolRoles, "editor.protocol.role", protocol.getRoles(), Role::getId, Role::getName,
                L.getRole_OwnsActions(), Messages.Editor_OwnsActions, role -> ProtocolCommands.removeRole(domain, role),
                Messages.Editor_RoleInUse, Messages.Editor_NewRole,
                (name, flag) -> ProtocolCommands.addRole(domain, protocol, name, flag));
        rows.namedList(protocolKinds, "editor.protocol.kind", protocol.getItemKinds(), ItemKind::getId, ItemKind::getName,
                L.getItemKind_Action(), Messages.Editor_IsAction, kind -> ProtocolCommands.removeItemKind(domain, kind),
                Messages.Editor_KindInUse, Messages.Editor_NewKind,
                (name, flag) -> ProtocolCommands.addItemKind(domain, protocol, name, flag));
        meetings.build(protocolMeetings, protocol);
    }

    /** The tips field holds one tip per line; leaving it replaces the step's tips in one command. */
    private void commitTips() {
        Step step = stepValue.getValue();
        if (step != null) {
            rows.replaceTips(step, tips.getText());
        }
    }

    private void execute(Command command) {
        rows.execute(command);
    }

    /** Marks the fields of the shown element that have problems, with the problem as the tooltip. */
    void showProblems(List<Diagnostic> problems) {
        marks.show(shown(), problems);
    }

    /** Whether a field of the shown element is marked with this problem's message (for the tests). */
    boolean marked(String message) {
        return marks.marked(message);
    }

    /** Puts the cursor in the field of a feature of the shown element. */
    void focus(EStructuralFeature feature) {
        marks.focus(shown(), feature);
    }

    /** What was typed a moment ago, or into a name not yet left, counts now. */
    void settle() {
        fields.settle();
        rows.settle();
    }

    void dispose() {
        fields.dispose();
    }
}
