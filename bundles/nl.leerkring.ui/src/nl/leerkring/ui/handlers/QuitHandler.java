package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import nl.leerkring.ui.UnsavedDrafts;

/**
 * Ctrl+Q: close the application. Sessions and actions were stored as they were typed; an unsaved
 * designer draft is asked about first.
 */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, EPartService parts, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (UnsavedDrafts.mayClose(shell, parts)) {
            workbench.close();
        }
    }
}
