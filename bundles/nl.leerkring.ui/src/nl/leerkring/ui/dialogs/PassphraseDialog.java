package nl.leerkring.ui.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.StoreAccess;
import nl.leerkring.core.StoreAccess.State;
import nl.leerkring.ui.Background;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * Asks for the passphrase that opens the data on this computer, before anything is shown: once to
 * open it, or twice to create it (or to encrypt data from before encryption, which can also wait).
 * A wrong passphrase gets another try; what is typed is never shown or kept.
 */
public class PassphraseDialog extends TitleAreaDialog {

    /** The button that keeps data from before encryption as it is, for now. */
    public static final int LATER = IDialogConstants.CLIENT_ID + 1;

    private final StoreAccess access;
    private final State state;
    private Text passphrase;
    private Text repeat;
    /** The data are being opened or encrypted. */
    private boolean busy;

    public PassphraseDialog(Shell parent, StoreAccess access) {
        super(parent);
        this.access = access;
        this.state = access.state();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Passphrase_Window);
    }

    /** Wide enough for the fields, narrow enough that the explanation wraps. */
    @Override
    protected Point getInitialSize() {
        int width = Math.min(super.getInitialSize().x, 620);
        return new Point(width, getShell().computeSize(width, SWT.DEFAULT, true).y);
    }

    private boolean choosing() {
        return state != State.LOCKED;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        switch (state) {
            case NEW -> {
                setTitle(Messages.Passphrase_NewTitle);
                setMessage(NLS.bind(Messages.Passphrase_NewMessage, StoreAccess.MIN_PASSPHRASE_LENGTH));
            }
            case UNENCRYPTED -> {
                setTitle(Messages.Passphrase_EncryptTitle);
                setMessage(Messages.Passphrase_EncryptMessage);
            }
            default -> {
                setTitle(Messages.Passphrase_OpenTitle);
                setMessage(Messages.Passphrase_OpenMessage);
            }
        }
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Passphrase_Label);
        passphrase = Widgets.id(new Text(form, SWT.BORDER | SWT.PASSWORD), "passphrase.text");
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(passphrase);
        if (choosing()) {
            new Label(form, SWT.NONE).setText(Messages.Passphrase_Repeat);
            repeat = Widgets.id(new Text(form, SWT.BORDER | SWT.PASSWORD), "passphrase.repeat");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(repeat);
            Label explanation = Widgets.id(new Label(form, SWT.WRAP), "passphrase.explanation");
            explanation.setText(NLS.bind(state == State.NEW ? Messages.Passphrase_NewExplanation
                    : Messages.Passphrase_EncryptExplanation, StoreAccess.MIN_PASSPHRASE_LENGTH));
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(explanation);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (state == State.UNENCRYPTED) {
            Widgets.id(createButton(parent, LATER, Messages.Passphrase_Later, false), "passphrase.later");
        }
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, Messages.Passphrase_Quit, false), "passphrase.quit");
        Widgets.id(createButton(parent, IDialogConstants.OK_ID,
                state == State.LOCKED ? Messages.Passphrase_Open : Messages.Passphrase_Protect, true), "passphrase.ok");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == LATER) {
            access.openUnencrypted();
            setReturnCode(LATER);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected void okPressed() {
        char[] typed = passphrase.getTextChars();
        if (choosing() && typed.length < StoreAccess.MIN_PASSPHRASE_LENGTH) {
            java.util.Arrays.fill(typed, '\0');
            refuse(NLS.bind(Messages.Passphrase_TooShort, StoreAccess.MIN_PASSPHRASE_LENGTH));
            return;
        }
        if (choosing() && !java.util.Arrays.equals(typed, repeat.getTextChars())) {
            java.util.Arrays.fill(typed, '\0');
            refuse(Messages.Passphrase_Mismatch);
            return;
        }
        // Opening starts the database, and encrypting data from before rewrites all of it: off the UI
        // thread, with the dialog saying so and closing only when it is done.
        String asked = getMessage();
        setBusy(true);
        setErrorMessage(null);
        setMessage(state == State.UNENCRYPTED ? Messages.Passphrase_Encrypting : Messages.Passphrase_Opening);
        Background.load(passphrase, () -> {
            try {
                access.unlock(typed);
                return java.util.Optional.<RuntimeException>empty();
            } catch (RuntimeException failed) {
                return java.util.Optional.of(failed);
            } finally {
                java.util.Arrays.fill(typed, '\0');
            }
        }, failed -> {
            if (failed.isEmpty()) {
                super.okPressed();
                return;
            }
            // Usable again first: a refusal is said here, a program's fault is thrown for the workbench to report.
            setBusy(false);
            setMessage(asked);
            refuse(MessageLine.reason(failed.get()));
        }, this::refuse);
    }

    /** While the data open nothing can be typed, pressed or closed. */
    private void setBusy(boolean on) {
        busy = on;
        passphrase.setEnabled(!on);
        if (repeat != null) {
            repeat.setEnabled(!on);
        }
        for (int id : new int[] { IDialogConstants.OK_ID, IDialogConstants.CANCEL_ID, LATER }) {
            Button button = getButton(id);
            if (button != null) {
                button.setEnabled(!on);
            }
        }
        getShell().setCursor(on ? getShell().getDisplay().getSystemCursor(SWT.CURSOR_WAIT) : null);
    }

    @Override
    protected void handleShellCloseEvent() {
        if (!busy) {
            super.handleShellCloseEvent();
        }
    }

    /** Says why not, empties the fields and puts the cursor back for another try. */
    private void refuse(String why) {
        setErrorMessage(why);
        passphrase.setText("");
        if (repeat != null) {
            repeat.setText("");
        }
        passphrase.setFocus();
    }
}
