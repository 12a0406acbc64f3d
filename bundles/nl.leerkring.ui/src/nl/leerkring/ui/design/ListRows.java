package nl.leerkring.ui.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.Protocols;
import nl.leerkring.model.Capture;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Role;
import nl.leerkring.model.Step;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The designer's list rows: the protocol's roles and kinds of items (renamable, removable, with a row
 * to add one), and per step its active roles and what it records. Each change is one EMF command;
 * each row registers how it shows the model again after an edit or an undo.
 */
final class ListRows {

    private static final LeerkringPackage L = LeerkringPackage.eINSTANCE;

    private final Supplier<EditingDomain> domain;
    private final Consumer<String> warn;
    private final List<Runnable> updaters;
    /** How each name field hands on its text, which it does itself once left (see {@link #settle}). */
    private final Map<Text, Runnable> nameCommits = new LinkedHashMap<>();

    /**
     * @param warn     shows a refusal to the lead, e.g. removing a role a step still gives the word to
     * @param updaters where each row adds how it shows the model's current values
     */
    ListRows(Supplier<EditingDomain> domain, Consumer<String> warn, List<Runnable> updaters) {
        this.domain = domain;
        this.warn = warn;
        this.updaters = updaters;
    }

    /** Whether the step gives the word to this role. */
    void roleCheck(Composite area, Step step, Role role) {
        memberCheck(area, "editor.step.role." + role.getId(), Protocols.text(role.getName()), step,
                L.getStep_ActiveRoles(), role);
    }

    /** Whether one of the model's lists holds a value (a step's roles, a method's learning preferences). */
    void memberCheck(Composite area, String id, String label, EObject owner, EStructuralFeature list, Object value) {
        Button check = Widgets.id(new Button(area, SWT.CHECK), id);
        check.setText(label);
        updaters.add(() -> check.setSelection(((List<?>) owner.eGet(list)).contains(value)));
        check.addListener(SWT.Selection, e -> execute(check.getSelection()
                ? AddCommand.create(domain.get(), owner, list, value)
                : RemoveCommand.create(domain.get(), owner, list, value)));
    }

    /**
     * A list of the protocol's named things (roles, kinds of items): per entry its name, one yes/no
     * property and a remove button (refused with {@code inUse} while in use); then a row to add one.
     */
    <T extends EObject> void namedList(Composite area, String id, List<T> entries,
            Function<T, String> idOf, Function<T, LocalizedText> nameOf,
            EStructuralFeature flag, String flagLabel, Function<T, Command> remove, String inUse,
            String newPrompt, BiFunction<String, Boolean, Command> add) {
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(area);
        for (T entry : entries) {
            String entryId = id + "." + idOf.apply(entry);
            nameField(area, entryId, nameOf.apply(entry));
            Button check = Widgets.id(new Button(area, SWT.CHECK), entryId + "." + flag.getName());
            check.setText(flagLabel);
            updaters.add(() -> check.setSelection(Boolean.TRUE.equals(entry.eGet(flag))));
            check.addListener(SWT.Selection, e -> execute(SetCommand.create(domain.get(), entry, flag, check.getSelection())));
            removeButton(area, entryId + ".remove", () -> remove.apply(entry), inUse);
        }
        Text name = Widgets.css(Widgets.id(new Text(area, SWT.BORDER | SWT.SINGLE), id + ".new"), "entry");
        name.setMessage(newPrompt);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        Button check = Widgets.id(new Button(area, SWT.CHECK), id + ".new." + flag.getName());
        check.setText(flagLabel);
        addButton(area, id + ".add", name, () -> add.apply(name.getText(), check.getSelection()));
    }

    /** A name in the protocol's list: a change counts when the field is left or Enter is pressed. */
    void nameField(Composite parent, String id, LocalizedText name) {
        Text field = Widgets.css(Widgets.id(new Text(parent, SWT.BORDER | SWT.SINGLE), id), "entry");
        updaters.add(() -> {
            if (!field.isFocusControl()) {
                field.setText(name == null || name.getNl() == null ? "" : name.getNl());
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
        Runnable commit = () -> {
            if (name != null && !field.getText().strip().equals(name.getNl())) {
                execute(SetCommand.create(domain.get(), name, L.getLocalizedText_Nl(), field.getText().strip()));
            }
        };
        field.addListener(SWT.FocusOut, e -> commit.run());
        field.addListener(SWT.DefaultSelection, e -> commit.run());
        nameCommits.put(field, commit);
        field.addListener(SWT.Dispose, e -> nameCommits.remove(field));
    }

    /**
     * A name typed into a field that was not left yet counts now, before the draft is kept, published
     * or tried out (Ctrl+S with the cursor still in the field).
     */
    void settle() {
        // A name handed on rebuilds the rows, which disposes the fields of the old ones.
        for (Map.Entry<Text, Runnable> field : List.copyOf(nameCommits.entrySet())) {
            if (!field.getKey().isDisposed()) {
                field.getValue().run();
            }
        }
    }

    void removeButton(Composite parent, String id, Supplier<Command> remove, String inUse) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(Messages.Editor_Delete);
        button.addListener(SWT.Selection, e -> {
            Command command = remove.get();
            if (command.canExecute()) {
                execute(command);
            } else {
                warn.accept(inUse);
            }
        });
    }

    void addButton(Composite parent, String id, Text name, Supplier<Command> add) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(Messages.Editor_Add);
        Runnable adding = () -> {
            if (name.getText().isBlank()) {
                warn.accept(Messages.Editor_NameMissing);
            } else {
                execute(add.get());
            }
        };
        button.addListener(SWT.Selection, e -> adding.run());
        name.addListener(SWT.DefaultSelection, e -> adding.run());
    }

    /** One kind of item: whether the step records it, at least and at most how many, per participant or not. */
    void captureRow(Composite capturesArea, Step step, ItemKind kind) {
        Capture capture = step.getCaptures().stream().filter(c -> c.getKind() == kind).findFirst().orElse(null);
        String id = "editor.step.capture." + kind.getId();
        Button records = Widgets.id(new Button(capturesArea, SWT.CHECK), id);
        records.setText(Protocols.text(kind.getName()));
        records.addListener(SWT.Selection, e -> {
            if (records.getSelection()) {
                Capture added = LeerkringFactory.eINSTANCE.createCapture();
                added.setKind(kind);
                execute(AddCommand.create(domain.get(), step, L.getStep_Captures(), added));
            } else if (capture != null) {
                execute(RemoveCommand.create(domain.get(), step, L.getStep_Captures(), capture));
            }
        });
        new Label(capturesArea, SWT.NONE).setText(Messages.Editor_Min);
        Spinner min = Widgets.id(new Spinner(capturesArea, SWT.BORDER), id + ".min");
        min.setValues(0, 0, 50, 0, 1, 5);
        new Label(capturesArea, SWT.NONE).setText(Messages.Editor_Max);
        Spinner max = Widgets.id(new Spinner(capturesArea, SWT.BORDER), id + ".max");
        // 0 stands for "no maximum" (-1 in the model): a spinner cannot show "none".
        max.setValues(0, 0, 50, 0, 1, 5);
        max.setToolTipText(Messages.Editor_MaxHint);
        Button each = Widgets.id(new Button(capturesArea, SWT.CHECK), id + ".perParticipant");
        each.setText(Messages.Editor_PerParticipant);
        new Label(capturesArea, SWT.NONE).setText(Messages.Editor_ChooseMax);
        Spinner choose = Widgets.id(new Spinner(capturesArea, SWT.BORDER), id + ".chooseMax");
        choose.setValues(1, 1, 20, 0, 1, 5);
        choose.setToolTipText(Messages.Editor_ChooseMaxHint);
        updaters.add(() -> {
            records.setSelection(capture != null);
            min.setSelection(capture == null ? 0 : capture.getMin());
            max.setSelection(capture == null || capture.getMax() < 0 ? 0 : capture.getMax());
            each.setSelection(capture != null && capture.isPerParticipant());
            choose.setSelection(capture == null ? 1 : Math.max(1, capture.getChooseMax()));
        });
        for (Control control : new Control[] { min, max, each }) {
            control.setEnabled(capture != null);
        }
        // Actions are not chosen: they are agreed.
        choose.setEnabled(capture != null && !kind.isAction());
        if (capture != null) {
            min.addListener(SWT.Selection, e -> execute(SetCommand.create(domain.get(), capture, L.getCapture_Min(), min.getSelection())));
            max.addListener(SWT.Selection, e -> execute(SetCommand.create(domain.get(), capture, L.getCapture_Max(),
                    max.getSelection() == 0 ? -1 : max.getSelection())));
            each.addListener(SWT.Selection,
                    e -> execute(SetCommand.create(domain.get(), capture, L.getCapture_PerParticipant(), each.getSelection())));
            choose.addListener(SWT.Selection,
                    e -> execute(SetCommand.create(domain.get(), capture, L.getCapture_ChooseMax(), choose.getSelection())));
        }
    }

    /** The tips field holds one tip per line; leaving it replaces the step's tips in one command. */
    void replaceTips(Step step, String typed) {
        List<String> lines = typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> current = step.getTips().stream().map(LocalizedText::getNl).toList();
        if (lines.equals(current)) {
            return;
        }
        CompoundCommand replace = new CompoundCommand();
        if (!step.getTips().isEmpty()) {
            replace.append(RemoveCommand.create(domain.get(), step, L.getStep_Tips(), new ArrayList<>(step.getTips())));
        }
        List<LocalizedText> added = new ArrayList<>();
        for (String line : lines) {
            // A tip kept word for word keeps its English; a new or changed one is Dutch only.
            LocalizedText tip = step.getTips().stream().filter(t -> line.equals(t.getNl())).findFirst()
                    .map(org.eclipse.emf.ecore.util.EcoreUtil::copy).orElseGet(() -> {
                        LocalizedText text = LeerkringFactory.eINSTANCE.createLocalizedText();
                        text.setNl(line);
                        return text;
                    });
            added.add(tip);
        }
        if (!added.isEmpty()) {
            replace.append(AddCommand.create(domain.get(), step, L.getStep_Tips(), added));
        }
        execute(replace);
    }

    void execute(Command command) {
        if (command.canExecute()) {
            domain.get().getCommandStack().execute(command);
        }
    }
}
