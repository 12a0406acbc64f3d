package nl.leerkring.ui.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.Protocols;
import nl.leerkring.model.Group;
import nl.leerkring.model.GroupKind;
import nl.leerkring.model.Protocol;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * What a group is: its name, its kind, its organisation and the method it usually works with. Saving
 * happens on "Bewaren"; a refusal shows in the title area and what was typed stays.
 */
public class GroupDialog extends TitleAreaDialog {

    /** What the dialog asks for. */
    /** @param months how long case texts are kept after a session; null: until erased by hand */
    public record Values(String name, GroupKind kind, String organisation, String usualProtocolId, Integer months) {
    }

    private final Group group;
    private final Integer months;
    private final List<Protocol> protocols;
    /** Saves the values; returns why not, or null when they were saved. */
    private final Function<Values, String> save;
    private Text name;
    private Combo kind;
    private Text organisation;
    private Combo usual;
    private Spinner term;

    /** @param months the group's retention term, or null */
    public GroupDialog(Shell parent, Group group, Integer months, List<Protocol> protocols, Function<Values, String> save) {
        super(parent);
        this.group = group;
        this.months = months;
        this.protocols = protocols;
        this.save = save;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.GroupDialog_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.GroupDialog_Title);
        setMessage(Messages.GroupDialog_Message);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);

        name = text(form, Messages.GroupDialog_Name, "group.name", group.getName());
        label(form, Messages.GroupDialog_Kind);
        kind = Widgets.id(new Combo(form, SWT.READ_ONLY), "group.kind");
        List<String> kinds = new ArrayList<>(List.of(""));
        GroupKind.VALUES.forEach(k -> kinds.add(kindName(k)));
        kind.setItems(kinds.toArray(String[]::new));
        kind.select(group.getKind() == null ? 0 : group.getKind().getValue() + 1);
        organisation = text(form, Messages.GroupDialog_Organisation, "group.organisation", group.getOrganisation());
        label(form, Messages.GroupDialog_Usual);
        usual = Widgets.id(new Combo(form, SWT.READ_ONLY), "group.usual");
        List<String> methods = new ArrayList<>(List.of(""));
        protocols.forEach(p -> methods.add(Protocols.text(p.getName())));
        usual.setItems(methods.toArray(String[]::new));
        int known = protocols.stream().map(Protocol::getId).toList().indexOf(group.getUsualProtocolId());
        usual.select(known + 1);
        // AVG: after this many months the case texts of a session are erased; 0 keeps them.
        label(form, Messages.GroupDialog_Term);
        term = Widgets.id(new Spinner(form, SWT.BORDER), "group.term");
        term.setValues(months == null ? 0 : months, 0, 240, 0, 1, 12);
        Label hint = Widgets.css(new Label(form, SWT.WRAP), "hint");
        hint.setText(Messages.GroupDialog_TermHint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(hint);
        return area;
    }

    private static Text text(Composite form, String label, String id, String value) {
        label(form, label);
        Text text = Widgets.id(new Text(form, SWT.BORDER), id);
        text.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static void label(Composite form, String text) {
        new Label(form, SWT.NONE).setText(text);
    }

    static String kindName(GroupKind kind) {
        return switch (kind) {
            case INTERVISIEGROEP -> Messages.GroupKind_Intervisiegroep;
            case LEERKRING -> Messages.GroupKind_Leerkring;
            case GILDE -> Messages.GroupKind_Gilde;
            case TEAM -> Messages.GroupKind_Team;
            case NETWERK -> Messages.GroupKind_Netwerk;
        };
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "group.cancel");
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.GroupDialog_Save, true), "group.ok");
    }

    @Override
    protected void okPressed() {
        String typed = name.getText().strip();
        if (typed.isEmpty()) {
            setErrorMessage(Messages.Groups_NeedsName);
            return;
        }
        String org = organisation.getText().strip();
        Values values = new Values(typed, kind.getSelectionIndex() <= 0 ? null : GroupKind.get(kind.getSelectionIndex() - 1),
                org.isEmpty() ? null : org,
                usual.getSelectionIndex() <= 0 ? null : protocols.get(usual.getSelectionIndex() - 1).getId(),
                term.getSelection() == 0 ? null : term.getSelection());
        String refused = save.apply(values);
        if (refused != null) {
            setErrorMessage(refused);
            return;
        }
        super.okPressed();
    }
}
