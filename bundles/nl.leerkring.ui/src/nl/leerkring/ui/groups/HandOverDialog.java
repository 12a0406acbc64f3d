package nl.leerkring.ui.groups;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * Hands an action over: to whom (the group's members) and why. The hand-over is made by pressing
 * "Overdragen"; a refusal shows in the title area and what was typed stays.
 */
public class HandOverDialog extends TitleAreaDialog {

    private final String action;
    private final String owner;
    private final List<String> members;
    /** Makes the hand-over to (new owner, reason); returns why not, or null when it was made. */
    private final BiFunction<String, String, String> handOver;
    private Combo to;
    private Text reason;

    public HandOverDialog(Shell parent, String action, String owner, List<String> members,
            BiFunction<String, String, String> handOver) {
        super(parent);
        this.action = action;
        this.owner = owner;
        this.members = members;
        this.handOver = handOver;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.HandOver_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.HandOver_Title);
        setMessage(NLS.bind(Messages.HandOver_Message, action, owner));
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.HandOver_To);
        to = Widgets.id(new Combo(form, SWT.DROP_DOWN), "handover.to");
        to.setItems(members.toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(to);
        new Label(form, SWT.NONE).setText(Messages.HandOver_Reason);
        reason = Widgets.id(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "handover.reason");
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 80).applyTo(reason);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "handover.cancel");
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.HandOver_Do, true), "handover.ok");
    }

    @Override
    protected void okPressed() {
        String refused = handOver.apply(to.getText(), reason.getText());
        if (refused != null) {
            setErrorMessage(refused);
            return;
        }
        super.okPressed();
    }
}
