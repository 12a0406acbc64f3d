package nl.leerkring.ui.dialogs;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.StoreBackups;
import nl.leerkring.core.StoreBackups.Settings;
import nl.leerkring.core.StoreException;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * Sessie › Back-ups…: where backups go (a network drive, say) and how many are kept, and a backup
 * made now. A refused choice is said in the title area and the dialog stays open with what was typed.
 */
public class BackupSettingsDialog extends TitleAreaDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
    private static final int BACKUP_NOW = IDialogConstants.CLIENT_ID + 1;

    private final StoreBackups store;
    private Text folder;
    private Spinner days;
    private Spinner weeks;

    public BackupSettingsDialog(Shell parent, StoreBackups store) {
        super(parent);
        this.store = store;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Backups_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Backups_Title);
        setMessage(Messages.Backups_Message);
        Settings settings = store.settings();
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

        new Label(fields, SWT.NONE).setText(Messages.Backups_Folder);
        folder = Widgets.id(new Text(fields, SWT.BORDER), "backups.folder");
        folder.setText(settings.folder().toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
        Button choose = Widgets.id(new Button(fields, SWT.PUSH), "backups.choose");
        choose.setText(Messages.Backups_Choose);
        choose.addListener(SWT.Selection, e -> chooseFolder());

        days = spinner(fields, Messages.Backups_Days, "backups.days", 1, Settings.MAX_DAYS, settings.days());
        weeks = spinner(fields, Messages.Backups_Weeks, "backups.weeks", 0, Settings.MAX_WEEKS, settings.weeks());
        return area;
    }

    private static Spinner spinner(Composite fields, String label, String id, int min, int max, int value) {
        new Label(fields, SWT.NONE).setText(label);
        Spinner spinner = Widgets.id(new Spinner(fields, SWT.BORDER), id);
        spinner.setValues(value, min, max, 0, 1, 7);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(spinner);
        return spinner;
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folder.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, BACKUP_NOW, Messages.Backups_Now, false), "backups.now");
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "backups.cancel");
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.Backups_Save, true), "backups.ok");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == BACKUP_NOW) {
            backupNow();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Into the folder as saved; the database may be large, so the backup runs off the UI thread. */
    private void backupNow() {
        Button button = getButton(BACKUP_NOW);
        button.setEnabled(false);
        setErrorMessage(null);
        setMessage(Messages.Backups_Running);
        CompletableFuture.supplyAsync(store::backupNow).whenComplete((made, failure) -> {
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            getShell().getDisplay().asyncExec(() -> {
                if (button.isDisposed()) {
                    return;
                }
                button.setEnabled(true);
                if (failure == null) {
                    setMessage(NLS.bind(Messages.Backups_Made, WHEN.format(made.at()), store.settings().folder()));
                } else {
                    setMessage(Messages.Backups_Message);
                    setErrorMessage(failure.getCause() instanceof StoreException e ? e.getMessage() : Messages.Backups_Failed);
                }
            });
        });
    }

    @Override
    protected void okPressed() {
        String typed = folder.getText().strip();
        if (typed.isEmpty()) {
            setErrorMessage(Messages.Backups_NoFolder);
            return;
        }
        try {
            store.configure(new Settings(Path.of(typed), days.getSelection(), weeks.getSelection()));
        } catch (InputRejectedException | StoreException | java.nio.file.InvalidPathException e) {
            setErrorMessage(e instanceof java.nio.file.InvalidPathException ? Messages.Backups_NoFolder : e.getMessage());
            return;
        }
        super.okPressed();
    }
}
