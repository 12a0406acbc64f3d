package nl.leerkring.ui.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import nl.leerkring.core.GroupStore;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.edit.ProtocolCommands;
import nl.leerkring.core.validation.ProtocolValidator;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Step;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.Undoable;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.actions.CurrentUser;
import nl.leerkring.ui.internal.Messages;

/**
 * Where a lead designs a protocol: the outline of phases and steps, the details of what is selected,
 * the problems the validator finds (at the field and in a list), and the flow diagram. Every edit is
 * an EMF command (undo, redo, a dirty marker); a draft with problems can be saved, only a valid one
 * published, as a new version that running and past sessions do not see.
 * <p>
 * The outline and its structure edits ({@link OutlineEdits}), the details ({@link DetailsForm}), the
 * diagram and its export ({@link DiagramExport}) and the problems list ({@link ProblemsTable}) are
 * classes of their own; the part ties them to one draft, its undo history, drafts and publishing.
 * Just over 400 lines because the source row (open, copy, new, versions) shares the draft's
 * "discard unsaved changes?" question with the rest.
 */
public class ProtocolEditorPart implements Undoable {

    /** The part's id in Application.e4xmi. */
    public static final String ID = "nl.leerkring.ui.part.editor";

    @Inject
    private ProtocolLibrary library;

    @Inject
    private GroupStore groups;

    @Inject
    private IEclipseContext context;

    @Inject
    @Optional
    private MPart part;

    private Combo source;
    private List<Protocol> sources = List.of();
    private Label title;
    private OutlineTree outline;
    private DetailsForm details;
    private FlowCanvas diagram;
    private ProblemsTable problems;
    private OutlineEdits edits;
    private DiagramExport exporter;
    private MessageLine message;

    private Protocol protocol;
    private EditingDomain domain;
    private List<Diagnostic> found = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        // Ctrl+Z and Ctrl+Y find the editor's history here while it is the active part.
        context.set(Undoable.class, this);
        GridLayoutFactory.swtDefaults().margins(10, 8).spacing(6, 6).applyTo(parent);

        Composite top = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.Editor_Source);
        source = Widgets.id(new Combo(top, SWT.READ_ONLY), "editor.source");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
        button(top, Messages.Editor_Open, "editor.open", this::openSelected);
        button(top, Messages.Editor_CopyAs, "editor.copy", this::copySelected);
        button(top, Messages.Editor_New, "editor.new", this::newProtocol);
        button(top, Messages.Editor_Versions, "editor.versions", this::showVersions);

        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
        title = Widgets.css(Widgets.id(new Label(bar, SWT.NONE), "editor.title"), "sessionTitle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        button(bar, Messages.Editor_SaveDraft, "editor.save", this::save);
        button(bar, Messages.Editor_Publish, "editor.publish", this::publish);
        button(bar, Messages.Editor_Preview, "editor.preview", this::preview);
        button(bar, Messages.Editor_ExportPng, "editor.exportPng", () -> exporter.ask(protocol, "*.png"));
        button(bar, Messages.Editor_ExportSvg, "editor.exportSvg", () -> exporter.ask(protocol, "*.svg"));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        outline = new OutlineTree(left, (step, phase, before) -> edits.drop(step, phase, before));
        GridDataFactory.fillDefaults().grab(true, true).hint(220, 200).applyTo(outline.viewer().getControl());
        outline.viewer().addSelectionChangedListener(e -> selectionChanged());
        outline.viewer().getTree().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                edits.move(e.keyCode == SWT.ARROW_UP ? -1 : +1);
                e.doit = false;
            } else if (e.keyCode == SWT.DEL) {
                edits.delete();
            } else if (e.keyCode == SWT.INSERT) {
                edits.addStep();
            }
        });
        Composite editRow = new Composite(left, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(editRow);
        for (Button edit : List.of(button(editRow, Messages.Editor_AddStep, "editor.addStep", () -> edits.addStep()),
                button(editRow, Messages.Editor_AddPhase, "editor.addPhase", () -> edits.addPhase()),
                button(editRow, Messages.Editor_Duplicate, "editor.duplicate", () -> edits.duplicate()),
                button(editRow, Messages.Editor_Delete, "editor.delete", () -> edits.delete()),
                button(editRow, Messages.Editor_Up, "editor.up", () -> edits.move(-1)),
                button(editRow, Messages.Editor_Down, "editor.down", () -> edits.move(+1)))) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(edit);
        }

        org.eclipse.swt.custom.ScrolledComposite formScroller = new org.eclipse.swt.custom.ScrolledComposite(sash,
                SWT.V_SCROLL);
        formScroller.setExpandHorizontal(true);
        formScroller.setExpandVertical(true);
        // The form's height changes with what it shows: it says so, and the scroller fits it again.
        Runnable fit = () -> formScroller.setMinSize(
                details.control().computeSize(formScroller.getClientArea().width, SWT.DEFAULT));
        details = new DetailsForm(formScroller, text -> message.error(text), fit);
        formScroller.setContent(details.control());
        formScroller.addListener(SWT.Resize, e -> fit.run());

        diagram = new FlowCanvas(sash, this::select);
        // The form gets the most: its rows of roles and kinds must be readable; the diagram scrolls.
        sash.setWeights(17, 55, 28);

        problems = new ProblemsTable(parent, this::goTo);
        message = new MessageLine(parent, "editor.message");
        edits = new OutlineEdits(outline, () -> protocol, () -> domain, message);
        exporter = new DiagramExport(diagram, message);

        refreshSources();
        showNothing();
        Accessibility.nameAll(parent);
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    // ---- what to edit

    /** The team's drafts first, then every protocol of the library. */
    public void refreshSources() {
        message.run(() -> {
            List<Protocol> drafts = library.drafts();
            List<Protocol> list = new ArrayList<>(drafts);
            list.addAll(library.protocols());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Protocol p = list.get(i);
                names.add(i < drafts.size() ? NLS.bind(Messages.Editor_DraftOf, Protocols.text(p.getName()))
                        : NLS.bind(Messages.Editor_VersionOf, Protocols.text(p.getName()), p.getVersion()));
            }
            sources = list;
            source.setItems(names.toArray(String[]::new));
        });
    }

    private Protocol selectedSource() {
        int index = source.getSelectionIndex();
        return index < 0 ? null : sources.get(index);
    }

    private void openSelected() {
        Protocol chosen = selectedSource();
        if (chosen == null) {
            message.error(Messages.Editor_ChooseSource);
            return;
        }
        if (mayDiscard()) {
            open(EcoreUtil.copy(chosen));
        }
    }

    /** "Save as": a new protocol copied from the chosen one, under a name the lead gives. */
    private void copySelected() {
        Protocol chosen = selectedSource();
        if (chosen == null) {
            message.error(Messages.Editor_ChooseSource);
            return;
        }
        String name = mayDiscard() ? askName(NLS.bind(Messages.Editor_CopyName, Protocols.text(chosen.getName()))) : null;
        if (name != null) {
            copy(chosen, name);
        }
    }

    /** A copy of the protocol under a new name, opened for editing (also for the UI tests). */
    public void copy(Protocol from, String name) {
        message.run(() -> open(library.copyAsNew(from, name, author())));
    }

    private void newProtocol() {
        String name = mayDiscard() ? askName(Messages.Editor_NewName) : null;
        if (name != null) {
            copy(ProtocolCommands.blank(), name);
        }
    }

    private String askName(String prompt) {
        InputDialog dialog = new InputDialog(source.getShell(), Messages.Editor_NameTitle, prompt, "",
                text -> text.isBlank() ? Messages.Editor_NameMissing : null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    /** Whether unsaved changes may go: there are none, or the lead says so. */
    private boolean mayDiscard() {
        boolean dirty = domain != null
                && ((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
        return !dirty || org.eclipse.jface.dialogs.MessageDialog.openQuestion(source.getShell(),
                Messages.Editor_DiscardTitle, NLS.bind(Messages.Editor_Discard, Protocols.text(protocol.getName())));
    }

    /** Starts editing the protocol (a copy the editor owns), with a fresh undo history. */
    public void open(Protocol working) {
        protocol = working;
        ProtocolCommands.completeTexts(protocol);
        domain = ProtocolCommands.domain();
        domain.getCommandStack().addCommandStackListener(e -> modelChanged());
        details.bind(domain);
        outline.show(protocol);
        outline.viewer().setSelection(new StructuredSelection(protocol));
        modelChanged();
        message.error("");
    }

    private void showNothing() {
        title.setText(Messages.Editor_Nothing);
        details.show(null);
    }

    public Protocol protocol() {
        return protocol;
    }

    // ---- after every change

    private void modelChanged() {
        if (protocol == null || title.isDisposed()) {
            return;
        }
        outline.viewer().refresh();
        details.refreshListsLater();
        diagram.show(protocol);
        diagram.select(details.shown() instanceof Step step ? step : null);
        found = new ArrayList<>(ProtocolValidator.validate(protocol).getChildren());
        problems.show(found);
        details.showProblems(found);
        boolean dirty = domain.getCommandStack() instanceof org.eclipse.emf.common.command.BasicCommandStack stack
                && stack.isSaveNeeded();
        if (part != null) {
            part.setDirty(dirty);
        }
        long errors = found.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
        title.setText(NLS.bind(Messages.Editor_Editing, new Object[] { Protocols.text(protocol.getName()),
                protocol.getVersion() == 0 ? Messages.Editor_Unpublished : Integer.toString(protocol.getVersion()),
                dirty ? " *" : "", errors }));
        title.getParent().layout(true, true);
    }

    private void selectionChanged() {
        Object selected = outline.viewer().getStructuredSelection().getFirstElement();
        details.show(selected instanceof EObject object ? object : null);
        details.showProblems(found);
        diagram.select(selected instanceof Step step ? step : null);
    }

    /** Selects an element (from the diagram, a problem or a test) in the outline and shows it. */
    public void select(EObject element) {
        outline.viewer().setSelection(new StructuredSelection(element), true);
    }

    /** Double-click on a problem: to its element and field. */
    public void goTo(Diagnostic problem) {
        EObject owner = ProblemsTable.owner(problem);
        if (owner != null) {
            select(owner);
            if (problem.getData().size() >= 2 && problem.getData().get(1) instanceof EStructuralFeature feature) {
                details.focus(feature);
            }
        }
    }

    public List<Diagnostic> problems() {
        return found;
    }

    /** Whether a field shows this problem (for the UI tests). */
    public boolean marked(String problem) {
        return details.marked(problem);
    }

    public FlowCanvas diagram() {
        return diagram;
    }

    // ---- structure

    @Override
    public boolean canUndo() {
        return domain != null && domain.getCommandStack().canUndo();
    }

    @Override
    public void undo() {
        if (canUndo()) {
            domain.getCommandStack().undo();
        }
    }

    @Override
    public boolean canRedo() {
        return domain != null && domain.getCommandStack().canRedo();
    }

    @Override
    public void redo() {
        if (canRedo()) {
            domain.getCommandStack().redo();
        }
    }

    // ---- keeping and publishing

    /** Ctrl+S: keeps the draft as it is, problems and all. */
    @Persist
    public void save() {
        if (protocol == null) {
            return;
        }
        details.settle();
        if (message.run(() -> library.saveDraft(EcoreUtil.copy(protocol), author()))) {
            ((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()).saveIsDone();
            refreshSources();
            modelChanged();
            message.notice(Messages.Editor_Saved);
        }
    }

    /** Publishes the draft as the protocol's next version; refused (with every problem) while it has errors. */
    public boolean publish() {
        if (protocol == null) {
            message.error(Messages.Editor_ChooseSource);
            return false;
        }
        details.settle();
        Protocol[] published = new Protocol[1];
        if (!message.run(() -> published[0] = library.publish(EcoreUtil.copy(protocol), author()))) {
            return false;
        }
        protocol.setVersion(published[0].getVersion());
        ((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()).saveIsDone();
        refreshSources();
        modelChanged();
        message.notice(NLS.bind(Messages.Editor_Published, Protocols.text(protocol.getName()), published[0].getVersion()));
        return true;
    }

    /** Runs the draft in a throw-away session (nothing is stored). */
    public PreviewWindow preview() {
        if (protocol == null) {
            message.error(Messages.Editor_ChooseSource);
            return null;
        }
        details.settle();
        PreviewWindow[] window = new PreviewWindow[1];
        message.run(() -> window[0] = new PreviewWindow(source.getShell(), context, EcoreUtil.copy(protocol)));
        return window[0];
    }

    private void showVersions() {
        Protocol of = protocol != null ? protocol : selectedSource();
        if (of == null) {
            message.error(Messages.Editor_ChooseSource);
            return;
        }
        VersionsDialog dialog = new VersionsDialog(source.getShell(), Protocols.text(of.getName()), library.history(of.getId()));
        if (dialog.open() == VersionsDialog.RESTORE && dialog.chosen() != null && mayDiscard()) {
            restore(of.getId(), dialog.chosen().version());
        }
    }

    /** An older version as the draft, opened for editing. */
    public void restore(String protocolId, int version) {
        message.run(() -> {
            open(library.restore(protocolId, version, author()));
            refreshSources();
            message.notice(NLS.bind(Messages.Editor_Restored, version));
        });
    }

    /** Writes the diagram as PNG or SVG, by the file's extension. */
    public boolean export(Path file) {
        return exporter.export(file);
    }

    /** Who is on record for drafts and versions: the team login's person, or the name picked in "Mijn acties". */
    private String author() {
        String name = CurrentUser.name(groups);
        return name.isBlank() ? null : name;
    }

    public String message() {
        return message.text();
    }

    @PreDestroy
    void dispose() {
        details.dispose();
    }
}
