package nl.leerkring.ui.dialogs;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.StoreAccess;
import nl.leerkring.core.StoreException;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * Sessie › Wachtwoordzin wijzigen…: the current passphrase, then the new one twice. The data stays
 * where it is; only the key that opens it changes. A wrong current passphrase gets another try.
 */
public class ChangePassphraseDialog extends TitleAreaDialog {

    private final StoreAccess access;
    private Text current;
    private Text next;
    private Text repeat;

    public ChangePassphraseDialog(Shell parent, StoreAccess access) {
        super(parent);
        this.access = access;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ChangePassphrase_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.ChangePassphrase_Title);
        setMessage(NLS.bind(Messages.ChangePassphrase_Message, StoreAccess.MIN_PASSPHRASE_LENGTH));
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        current = field(form, Messages.ChangePassphrase_Current, "passphrase.current");
        next = field(form, Messages.ChangePassphrase_New, "passphrase.new");
        repeat = field(form, Messages.Passphrase_Repeat, "passphrase.repeat");
        return area;
    }

    private static Text field(Composite form, String label, String id) {
        new Label(form, SWT.NONE).setText(label);
        Text text = Widgets.id(new Text(form, SWT.BORDER | SWT.PASSWORD), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "passphrase.cancel");
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.ChangePassphrase_Do, true), "passphrase.ok");
    }

    @Override
    protected void okPressed() {
        char[] old = current.getTextChars();
        char[] chosen = next.getTextChars();
        try {
            if (chosen.length < StoreAccess.MIN_PASSPHRASE_LENGTH) {
                retry(NLS.bind(Messages.Passphrase_TooShort, StoreAccess.MIN_PASSPHRASE_LENGTH), next);
            } else if (!Arrays.equals(chosen, repeat.getTextChars())) {
                retry(Messages.Passphrase_Mismatch, next);
            } else {
                access.changePassphrase(old, chosen);
                super.okPressed();
            }
        } catch (StoreException e) {
            retry(e.getMessage(), current);
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(chosen, '\0');
        }
    }

    /** Says why not and empties the fields from the one to type again. */
    private void retry(String why, Text from) {
        setErrorMessage(why);
        if (from == current) {
            current.setText("");
        }
        next.setText("");
        repeat.setText("");
        from.setFocus();
    }
}
