package nl.leerkring.ui.dialogs;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import nl.leerkring.core.StoreBackups.Backup;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * Picks the backup to put back, newest first, and says what happens to the data in use: it is moved
 * aside, never deleted. Pressing "Terugzetten" is the confirmation.
 */
public class RestoreBackupDialog extends TitleAreaDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final List<Backup> backups;
    private org.eclipse.swt.widgets.List list;
    private Backup chosen;

    public RestoreBackupDialog(Shell parent, List<Backup> backups) {
        super(parent);
        this.backups = backups;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Restore_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Restore_Title);
        setMessage(Messages.Restore_Message);
        list = Widgets.id(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), "restore.list");
        backups.forEach(backup -> list.add(WHEN.format(backup.at())));
        list.select(0);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 180).indent(10, 10).applyTo(list);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "restore.cancel");
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.Restore_Do, true), "restore.ok");
    }

    @Override
    protected void okPressed() {
        chosen = list.getSelectionIndex() < 0 ? null : backups.get(list.getSelectionIndex());
        super.okPressed();
    }

    /** The backup picked, or null. */
    public Backup chosen() {
        return chosen;
    }
}
