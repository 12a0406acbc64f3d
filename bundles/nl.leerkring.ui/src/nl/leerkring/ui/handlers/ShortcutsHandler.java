package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import nl.leerkring.ui.internal.Messages;

/** F1: every key binding of the application model with what it does, so nothing is a secret. */
public class ShortcutsHandler {

    @Execute
    public void execute(MApplication application, @Named("activeShell") Shell shell) {
        StringBuilder text = new StringBuilder();
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                text.append(binding.getKeySequence().replace("M1", "Ctrl").replace("M2", "Shift").replace("M3", "Alt")
                        .replace("ARROW_RIGHT", "\u2192").replace("ARROW_LEFT", "\u2190"))
                        .append("\t").append(binding.getCommand().getLocalizedCommandName()).append("\n");
            }
        }
        MessageDialog.openInformation(shell, Messages.Shortcuts_Title, text.toString());
    }
}
