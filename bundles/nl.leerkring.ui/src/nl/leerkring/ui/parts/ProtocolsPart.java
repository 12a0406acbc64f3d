package nl.leerkring.ui.parts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import org.eclipse.e4.ui.di.Focus;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import nl.leerkring.core.Families;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.LearningPreferences;
import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.StoreException;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.PreferenceFilter;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The protocol library: every method a facilitator can run, with its family, version, length,
 * origin and the learning preferences it serves (a filter narrows the list to one); import and
 * export of protocol files, and retiring a protocol from new sessions.
 */
public class ProtocolsPart {

    @Inject
    private ProtocolLibrary library;

    private TableViewer viewer;
    private Label details;
    private MessageLine message;
    private Button export;
    private Button retire;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.Protocols_Preference);
        viewer = Tables.create(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL, "protocols.table");
        Accessibility.name(viewer.getTable(), () -> Messages.A11y_Protocols);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl().getParent());
        Tables.column(viewer, Messages.Protocols_Column_Name, 40, Protocol.class, p -> Protocols.text(p.getName()));
        Tables.column(viewer, Messages.Protocols_Column_Family, 30, Protocol.class, p -> Families.name(p.getFamily()));
        Tables.column(viewer, Messages.Protocols_Column_Minutes, 15, Protocol.class,
                p -> p.getDurationMinutes() > 0 ? Integer.toString(p.getDurationMinutes()) : "");
        Tables.column(viewer, Messages.Protocols_Column_Version, 15, Protocol.class, p -> Integer.toString(p.getVersion()));
        Tables.column(viewer, Messages.Protocols_Column_Preferences, 30, Protocol.class, LearningPreferences::names);
        new PreferenceFilter(top, "protocols.preference").narrow(viewer, this::showDetails);
        viewer.addSelectionChangedListener(e -> showDetails());

        details = Widgets.id(new Label(parent, SWT.WRAP), "protocols.details");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        Button importButton = button(buttons, Messages.Protocols_Import, "protocols.import");
        importButton.addListener(SWT.Selection, e -> chooseImport());
        export = button(buttons, Messages.Protocols_Export, "protocols.export");
        export.addListener(SWT.Selection, e -> chooseExport());
        retire = button(buttons, Messages.Protocols_Retire, "protocols.retire");
        retire.addListener(SWT.Selection, e -> retireSelected());

        message = new MessageLine(parent, "protocols.message");
        refresh();
        Accessibility.nameAll(parent);
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    /** Shows versions published in the designer since, each time the part comes to the front. */
    @Focus
    public void focus() {
        refresh();
        viewer.getControl().setFocus();
    }

    private void refresh() {
        viewer.setInput(library.protocols());
        showDetails();
    }

    private Protocol selected() {
        return (Protocol) viewer.getStructuredSelection().getFirstElement();
    }

    private void showDetails() {
        Protocol protocol = selected();
        export.setEnabled(protocol != null);
        retire.setEnabled(protocol != null);
        details.setText(protocol == null ? "" : Protocols.text(protocol.getDescription()) + "\n\n"
                + NLS.bind(Messages.Protocols_Details, new Object[] { Protocols.steps(protocol).size(),
                        originText(protocol), protocol.getReference(), timing(protocol) }));
        details.getParent().layout(true, true);
    }

    /** Which of the method's times and numbers the source states, and which are Leerkring's own choice. */
    private static String timing(Protocol protocol) {
        List<Step> steps = Protocols.steps(protocol);
        long sourced = steps.stream().filter(Step::isTimeboxSourced).count();
        if (sourced == 0 && !protocol.isDurationSourced() && !protocol.isGroupSizeSourced()) {
            return Messages.Protocols_TimingOwn;
        }
        return NLS.bind(Messages.Protocols_Timing, new Object[] { sourced, steps.size(),
                (protocol.isDurationSourced() ? Messages.Protocols_TimingDuration : "")
                        + (protocol.isGroupSizeSourced() ? Messages.Protocols_TimingGroup : "") });
    }

    private static String originText(Protocol protocol) {
        return switch (protocol.getOrigin()) {
        case SOURCES -> Messages.Protocols_Origin_SOURCES;
        case LITERATURE -> Messages.Protocols_Origin_LITERATURE;
        case INFERRED -> Messages.Protocols_Origin_INFERRED;
        };
    }

    private void chooseImport() {
        FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xmi", "*" });
        String file = dialog.open();
        if (file != null) {
            importFrom(Path.of(file));
        }
    }

    private void chooseExport() {
        Protocol protocol = selected();
        if (protocol == null) {
            return;
        }
        FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xmi" });
        dialog.setFileName(protocol.getId() + ".xmi");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            exportTo(protocol, Path.of(file));
        }
    }

    /** Imports and publishes a protocol file; a refused file changes nothing and says why. */
    public void importFrom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Protocol imported = library.importFile(in, file.getFileName().toString());
            refresh();
            viewer.setSelection(new StructuredSelection(imported), true);
            message.notice(NLS.bind(Messages.Protocols_Imported, Protocols.text(imported.getName()), imported.getVersion()));
        } catch (InputRejectedException | StoreException e) {
            message.error(e.getMessage());
        } catch (IOException e) {
            message.error(NLS.bind(Messages.Protocols_FileError, file, e.getMessage()));
        }
    }

    /** Writes the protocol to an .xmi file another Leerkring (or any EMF tool) can read. */
    public void exportTo(Protocol protocol, Path file) {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ProtocolExchange.write(protocol, out);
            message.notice(NLS.bind(Messages.Protocols_Exported, Protocols.text(protocol.getName()), file));
        } catch (IOException e) {
            message.error(NLS.bind(Messages.Protocols_FileError, file, e.getMessage()));
        }
    }

    private void retireSelected() {
        Protocol protocol = selected();
        if (protocol != null) {
            try {
                library.retire(protocol.getId());
                refresh();
                message.notice(NLS.bind(Messages.Protocols_Retired, Protocols.text(protocol.getName())));
            } catch (InputRejectedException | StoreException e) {
                message.error(e.getMessage());
            }
        }
    }
}
