package nl.leerkring.ui.dialogs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.reports.ActionsCsv;
import nl.leerkring.reports.GroupReport;
import nl.leerkring.reports.MarkdownReport;
import nl.leerkring.reports.Report;
import nl.leerkring.reports.ReportFiles;
import nl.leerkring.reports.SessionReport;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * Verslag… and Groepsverslag…: a closed session's report or a group's report over a period,
 * previewed as text, saved as PDF, HTML or Markdown; or the actions behind it as a spreadsheet. Case
 * texts are left out by default for PDF and HTML, the formats that travel; names can become
 * initials. The preview shows exactly what the file will say.
 */
public class ReportDialog extends TitleAreaDialog {

    /** The formats, in the order the choice lists them. */
    private static final List<String> FORMATS = java.util.stream.Stream
            .concat(ReportFiles.FORMATS.stream(), java.util.stream.Stream.of("csv")).toList();
    private static final int SAVE = IDialogConstants.CLIENT_ID + 1;

    private final String heading;
    private final String fileName;
    private final Function<SessionReport.Options, Report> report;
    private final List<ActionRecord> actions;
    private Combo format;
    private Button redact;
    private Button initials;
    private Text preview;

    /**
     * @param report  the report with the redaction asked for; made anew for each preview, so no store
     *                call: whatever it needs was read before
     * @param actions the actions the spreadsheet lists
     */
    private ReportDialog(Shell parent, String heading, String fileName, Function<SessionReport.Options, Report> report,
            List<ActionRecord> actions) {
        super(parent);
        this.heading = heading;
        this.fileName = fileName.replaceAll("[\\\\/:*?\"<>|]", "-");
        this.report = report;
        this.actions = actions;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /**
     * The closed session's verslag; the spreadsheet holds the actions it agreed.
     *
     * @param answered the earlier actions its review answered
     */
    public static ReportDialog of(Shell parent, Session session, Protocol protocol, List<ActionRecord> answered) {
        List<ActionRecord> agreed = session.getItems().stream().filter(nl.leerkring.model.Action.class::isInstance)
                .map(a -> new ActionRecord((nl.leerkring.model.Action) a, session.getId(), session.getTitle(),
                        session.getGroup(), session.getDate()))
                .toList();
        return new ReportDialog(parent, NLS.bind(Messages.Report_Heading, session.getTitle()), session.getTitle(),
                options -> SessionReport.of(session, protocol, answered, options), agreed);
    }

    /** The group's report over the period read; the spreadsheet holds the actions agreed in it. */
    public static ReportDialog of(Shell parent, GroupReport.Data data) {
        return new ReportDialog(parent, NLS.bind(Messages.Report_GroupHeading, data.group(), data.period().label()),
                data.group(), options -> GroupReport.of(data, options), data.actions());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Report_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(heading);
        setMessage(Messages.Report_Message);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(4).margins(10, 10).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Report_Format);
        format = Widgets.id(new Combo(form, SWT.READ_ONLY), "report.format");
        format.setItems(Messages.Report_Pdf, Messages.Report_Html, Messages.Report_Markdown, Messages.Report_Csv);
        format.select(0);
        redact = Widgets.id(new Button(form, SWT.CHECK), "report.redact");
        redact.setText(Messages.Report_Redact);
        redact.setSelection(true);
        initials = Widgets.id(new Button(form, SWT.CHECK), "report.initials");
        initials.setText(Messages.Report_Initials);
        // Markdown is for pasting into the group's own places; what travels leaves case texts out.
        format.addListener(SWT.Selection, e -> {
            redact.setSelection(!"md".equals(chosenFormat()));
            showPreview();
        });
        redact.addListener(SWT.Selection, e -> showPreview());
        initials.addListener(SWT.Selection, e -> showPreview());
        preview = Widgets.id(new Text(form, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP), "report.preview");
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(640, 360).applyTo(preview);
        showPreview();
        return area;
    }

    private String chosenFormat() {
        return FORMATS.get(Math.max(0, format.getSelectionIndex()));
    }

    private Report report() {
        return report.apply(new SessionReport.Options(redact.getSelection(), initials.getSelection()));
    }

    private void showPreview() {
        preview.setText("csv".equals(chosenFormat()) ? ActionsCsv.toCsv(actions, java.util.Locale.getDefault()).substring(1)
                : MarkdownReport.render(report()));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false), "report.close");
        Widgets.id(createButton(parent, SAVE, Messages.Report_Save, true), "report.save");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId != SAVE) {
            super.buttonPressed(buttonId);
            return;
        }
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + chosenFormat() });
        dialog.setFileName(NLS.bind(Messages.Report_File, fileName, chosenFormat()));
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            save(Path.of(file));
        }
    }

    /** Writes the report in the chosen format; says where in the title area, or why not. */
    public boolean save(Path file) {
        try {
            if ("csv".equals(chosenFormat())) {
                ActionsCsv.write(actions, file);
            } else {
                ReportFiles.write(report(), chosenFormat(), file);
            }
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.Report_Failed, file));
            return false;
        }
        setErrorMessage(null);
        setMessage(NLS.bind(Messages.Report_Saved, file));
        return true;
    }
}
