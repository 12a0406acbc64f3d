package nl.leerkring.ui.design;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

import nl.leerkring.core.StoreException;
import nl.leerkring.model.Protocol;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.internal.Messages;

/** The flow diagram saved as a picture: PNG for slides, SVG for print; where it went is said. */
final class DiagramExport {

    private final FlowCanvas diagram;
    private final MessageLine message;

    DiagramExport(FlowCanvas diagram, MessageLine message) {
        this.diagram = diagram;
        this.message = message;
    }

    /** Asks where to save the protocol's diagram (extension "*.png" or "*.svg"), then saves it. */
    void ask(Protocol protocol, String extension) {
        if (protocol == null) {
            message.error(Messages.Editor_ChooseSource);
            return;
        }
        FileDialog dialog = new FileDialog(diagram.control().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName(protocol.getId() + extension.substring(1));
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            export(Path.of(file));
        }
    }

    /** Writes the diagram as PNG or SVG, by the file's extension. */
    boolean export(Path file) {
        boolean done = message.run(() -> {
            try {
                if (file.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                    diagram.exportSvg(file);
                } else {
                    diagram.exportPng(file);
                }
            } catch (java.io.IOException | org.eclipse.swt.SWTException e) {
                throw new StoreException(NLS.bind(Messages.Editor_ExportFailed, file, e.getMessage()), e);
            }
        });
        if (done) {
            message.notice(NLS.bind(Messages.Editor_Exported, file));
        }
        return done;
    }
}
