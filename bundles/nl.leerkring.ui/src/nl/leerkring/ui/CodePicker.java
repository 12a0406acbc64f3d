package nl.leerkring.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.Code;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.Valence;
import nl.leerkring.ui.internal.Messages;

/**
 * The codes of a kind's code list (Wenger's value cycles, say) to tag what is recorded with, and how
 * the speaker valued it (W+, W−, G). Quick by keyboard: Alt+1 to Alt+9 tick the codes of the list,
 * and the valence is the next field after them. A list with narrower codes (the cycles' topics and
 * the study's 34 codes) adds a field where typing "I.5" or a word offers them; Enter takes one, and
 * Backspace in the empty field gives the last one back. Cleared after each item, since each
 * utterance is coded anew.
 */
public final class CodePicker {

    /** The valence first offered: most of what groups tell of value is positive (seed 001). */
    private static final Valence FIRST = Valence.POSITIVE;
    private static final List<Valence> ORDER = List.of(Valence.POSITIVE, Valence.NEGATIVE, Valence.DESIRED, Valence.NONE);

    private final ItemKind kind;
    private final List<Button> codes = new ArrayList<>();
    private final Combo valence;
    private final List<Code> narrower = new ArrayList<>();
    private Text search;
    private Label chosen;

    public CodePicker(Composite parent, ItemKind kind, String id) {
        this.kind = kind;
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
            number++;
        }
        new Label(row, SWT.NONE).setText(Messages.Run_Valence);
        valence = Widgets.id(new Combo(row, SWT.READ_ONLY), id + ".valence");
        ORDER.forEach(v -> valence.add(ItemCodes.name(v)));
        if (kind.getCodes().stream().anyMatch(code -> !code.getCodes().isEmpty())) {
            narrowerCodes(row, id);
        }
        clear();
    }

    private void narrowerCodes(Composite row, String id) {
        new Label(row, SWT.NONE).setText(Messages.Run_Code);
        search = Widgets.id(new Text(row, SWT.BORDER | SWT.SINGLE), id + ".search");
        search.setMessage(Messages.Run_CodeHint);
        search.setToolTipText(Messages.Run_CodeTip);
        search.setLayoutData(new RowData(160, SWT.DEFAULT));
        chosen = Widgets.id(new Label(row, SWT.WRAP), id + ".chosen");
        ContentProposalAdapter proposals = new ContentProposalAdapter(search, new TextContentAdapter(),
                (contents, position) -> ItemCodes.matching(kind, contents).stream()
                        .map(code -> (IContentProposal) new ContentProposal(code.getId(), label(code), null))
                        .toArray(IContentProposal[]::new),
                null, null);
        proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        proposals.setAutoActivationDelay(0);
        // Wide enough for the longest names ("VAW.4  Kennis meenemen naar andere overleggen").
        proposals.setPopupSize(new org.eclipse.swt.graphics.Point(460, 200));
        proposals.addContentProposalListener(proposal -> take(proposal.getContent()));
        search.addListener(SWT.Traverse, e -> {
            // Enter takes the code here; it must not also record the item or press a default button.
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                // With the proposals open, Enter takes the one highlighted there (I.5), not what is typed (I).
                if (!proposals.isProposalPopupOpen()) {
                    take(search.getText());
                }
            }
        });
        search.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.BS && search.getText().isEmpty() && !narrower.isEmpty()) {
                narrower.remove(narrower.size() - 1);
                showChosen();
            }
        });
    }

    private static String label(Code code) {
        return code.getId() + "  " + Protocols.text(code.getName());
    }

    /** Takes the code the text names (its id, or the only one it matches); leaves the text when it names none. */
    private void take(String typed) {
        List<Code> found = ItemCodes.matching(kind, typed);
        boolean exact = !found.isEmpty() && found.get(0).getId().equalsIgnoreCase(typed.strip());
        if (exact || found.size() == 1) {
            if (!narrower.contains(found.get(0))) {
                narrower.add(found.get(0));
                showChosen();
            }
            search.setText("");
        }
    }

    private void showChosen() {
        chosen.setText(String.join("; ", narrower.stream().map(CodePicker::label).toList()));
        chosen.getParent().layout(true);
        chosen.getParent().getParent().layout(true, true);
    }

    /** The codes ticked and taken, each with the valence chosen. */
    public List<CodeMark> marks() {
        List<Code> marked = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).getSelection()) {
                marked.add(kind.getCodes().get(i));
            }
        }
        marked.addAll(narrower);
        Valence chosenValence = ORDER.get(Math.max(0, valence.getSelectionIndex()));
        return marked.stream().map(code -> ItemCodes.mark(code.getId(), chosenValence)).toList();
    }

    public void clear() {
        codes.forEach(check -> check.setSelection(false));
        valence.select(ORDER.indexOf(FIRST));
        if (search != null) {
            narrower.clear();
            search.setText("");
            showChosen();
        }
    }
}
