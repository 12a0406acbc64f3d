package nl.leerkring.ui.run;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.Code;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Valence;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * The codes of a kind's code list (Wenger's value cycles, say) to tag what is recorded with, and how
 * the speaker valued it (W+, W−, G). Quick by keyboard: Alt+1 to Alt+9 tick the codes, and the
 * valence is the next field after them. Cleared after each item, since each utterance is coded anew.
 */
final class CodePicker {

    /** The valence first offered: most of what groups tell of value is positive (seed 001). */
    private static final Valence FIRST = Valence.POSITIVE;
    private static final List<Valence> ORDER = List.of(Valence.POSITIVE, Valence.NEGATIVE, Valence.DESIRED, Valence.NONE);

    private final List<Button> codes = new ArrayList<>();
    private final List<Code> shown = new ArrayList<>();
    private final Combo valence;

    CodePicker(Composite parent, ItemKind kind, String id) {
        // The codes wrap onto more lines when they do not fit: a list of seven long principles
        // stays within the window (a small width hint lets the grid give the row what is there).
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(row);
        RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
        wrapping.wrap = true;
        wrapping.center = true;
        wrapping.marginLeft = wrapping.marginRight = wrapping.marginTop = wrapping.marginBottom = 0;
        wrapping.spacing = 12;
        row.setLayout(wrapping);
        int number = 1;
        for (Code code : kind.getCodes()) {
            Button check = Widgets.id(new Button(row, SWT.CHECK), id + ".code." + code.getId());
            // Alt+digit ticks the first nine; a longer list is ticked by mouse or Tab and space.
            check.setText((number <= 9 ? "&" + number + " " : "") + Protocols.text(code.getName()));
            if (code.getDescription() != null) {
                check.setToolTipText(Protocols.text(code.getDescription()));
            }
            codes.add(check);
            shown.add(code);
            number++;
        }
        new Label(row, SWT.NONE).setText(Messages.Run_Valence);
        valence = Widgets.id(new Combo(row, SWT.READ_ONLY), id + ".valence");
        ORDER.forEach(v -> valence.add(ItemCodes.name(v)));
        clear();
    }

    /** The codes ticked, each with the valence chosen. */
    List<CodeMark> marks() {
        List<CodeMark> marks = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).getSelection()) {
                CodeMark mark = LeerkringFactory.eINSTANCE.createCodeMark();
                mark.setCodeId(shown.get(i).getId());
                mark.setValence(ORDER.get(Math.max(0, valence.getSelectionIndex())));
                marks.add(mark);
            }
        }
        return marks;
    }

    void clear() {
        codes.forEach(check -> check.setSelection(false));
        valence.select(ORDER.indexOf(FIRST));
    }
}
