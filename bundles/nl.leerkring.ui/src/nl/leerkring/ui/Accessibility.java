package nl.leerkring.ui;

import java.util.function.Supplier;

import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/**
 * Names for a screen reader. GTK gives an entry field no name of its own, so a reader would say
 * only "edit text"; each field is named by what a sighted user reads for it: the label before it,
 * its hint, the titled box around it, or its tooltip. The name is looked up when asked, so a
 * counting box title ("Open vragen (2)") is read as it is now.
 */
public final class Accessibility {

    private static final String NAME = "nl.leerkring.accessibleName";

    private Accessibility() {
    }

    /** Names every field under {@code root} that has no name yet; call again after controls are rebuilt. */
    public static void nameAll(Composite root) {
        for (Control child : root.getChildren()) {
            if (needsName(child) && child.getData(NAME) == null) {
                Control labelled = child;
                name(child, () -> fromNeighbours(labelled));
            }
            if (child instanceof Composite nested && !(child instanceof Table) && !(child instanceof Tree)) {
                nameAll(nested);
            }
        }
    }

    /** Gives a control an explicit name, e.g. a button that shows only an arrow. */
    public static void name(Control control, Supplier<String> name) {
        control.setData(NAME, name);
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                if (e.childID == ACC.CHILDID_SELF) {
                    String value = name.get();
                    if (value != null && !value.isBlank()) {
                        e.result = value;
                    }
                }
            }
        });
    }

    /** The name a screen reader gets for this control: its own text, or the one given here; null if none. */
    public static String nameOf(Control control) {
        if (control.getData(NAME) instanceof Supplier<?> name && name.get() instanceof String value && !value.isBlank()) {
            return value;
        }
        if (control instanceof Button button && !button.getText().isBlank()) {
            return clean(button.getText());
        }
        return null;
    }

    /** Whether a reader needs a name from elsewhere: fields, lists, and buttons without words. */
    public static boolean needsName(Control control) {
        return control instanceof Text || control instanceof Combo || control instanceof Table || control instanceof Tree
                || control instanceof Spinner || control instanceof DateTime || control instanceof List
                || control instanceof Button button && button.getText().isBlank();
    }

    private static String fromNeighbours(Control control) {
        // The label before the field, or before the row the field opens (a date field and its button).
        for (Control at = control; at.getParent() != null; at = at.getParent()) {
            Label label = labelBefore(at);
            if (label != null) {
                return clean(label.getText());
            }
            if (at.getParent() instanceof Group || at.getParent().getChildren()[0] != at) {
                break;
            }
        }
        if (control instanceof Text text && !text.getMessage().isBlank()) {
            return text.getMessage();
        }
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Group group && !group.getText().isBlank()) {
                return clean(group.getText());
            }
        }
        return control.getToolTipText();
    }

    private static Label labelBefore(Control control) {
        Control[] siblings = control.getParent().getChildren();
        for (int i = 1; i < siblings.length; i++) {
            if (siblings[i] == control && siblings[i - 1] instanceof Label label && !label.getText().isBlank()
                    && (label.getStyle() & SWT.SEPARATOR) == 0) {
                return label;
            }
        }
        return null;
    }

    private static String clean(String text) {
        String plain = LegacyActionTools.removeMnemonics(text).strip();
        return plain.endsWith(":") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
