package nl.leerkring.ui.design;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.internal.Messages;

/** A protocol's version history — who published what and when — with "restore as draft" for an older one. */
final class VersionsDialog extends Dialog {

    static final int RESTORE = IDialogConstants.CLIENT_ID + 1;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final List<ProtocolLibrary.Version> history;
    private final String name;
    private TableViewer viewer;
    private ProtocolLibrary.Version chosen;

    VersionsDialog(Shell parent, String name, List<ProtocolLibrary.Version> history) {
        super(parent);
        this.name = name;
        this.history = history;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Versions_Title, name));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        viewer = Tables.create(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER, "versions.table");
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 260).applyTo(viewer.getControl().getParent());
        Tables.column(viewer, Messages.Versions_Version, 8, ProtocolLibrary.Version.class, v -> Integer.toString(v.version()));
        Tables.column(viewer, Messages.Versions_When, 18, ProtocolLibrary.Version.class, v -> v.builtIn()
                ? Messages.Versions_BuiltIn
                : v.publishedAt() == null ? "" : WHEN.format(v.publishedAt().atZone(ZoneId.systemDefault())));
        Tables.column(viewer, Messages.Versions_Who, 14, ProtocolLibrary.Version.class,
                v -> v.publishedBy() == null ? "" : v.publishedBy());
        Tables.column(viewer, Messages.Versions_Changes, 60, ProtocolLibrary.Version.class,
                v -> String.join(" ", v.changes()));
        viewer.setInput(history);
        viewer.addSelectionChangedListener(e -> getButton(RESTORE).setEnabled(!viewer.getStructuredSelection().isEmpty()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RESTORE, Messages.Versions_Restore, false).setEnabled(false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RESTORE) {
            chosen = (ProtocolLibrary.Version) viewer.getStructuredSelection().getFirstElement();
        }
        setReturnCode(buttonId);
        close();
    }

    /** The version to restore, when the dialog closed with "restore". */
    ProtocolLibrary.Version chosen() {
        return chosen;
    }
}
