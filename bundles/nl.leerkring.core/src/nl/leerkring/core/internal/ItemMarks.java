package nl.leerkring.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.Valence;

/** The rules for the codes an item is tagged with: from its kind's code list (at any depth), each once. */
final class ItemMarks {

    private ItemMarks() {
    }

    /** Copies of the marks, checked against the kind's code list; a mark without valence gets none (0). */
    static List<CodeMark> checked(ItemKind kind, List<CodeMark> marks) {
        Set<String> seen = new HashSet<>();
        List<CodeMark> checked = new ArrayList<>();
        for (CodeMark mark : marks) {
            if (ItemCodes.find(kind, mark.getCodeId()).isEmpty()) {
                throw new InputRejectedException(NLS.bind(Messages.Rejected_UnknownCode, mark.getCodeId(),
                        Protocols.text(kind.getName())));
            }
            if (!seen.add(mark.getCodeId())) {
                throw new InputRejectedException(NLS.bind(Messages.Rejected_CodeTwice, mark.getCodeId()));
            }
            CodeMark copy = EcoreUtil.copy(mark);
            if (copy.getValence() == null) {
                copy.setValence(Valence.NONE);
            }
            checked.add(copy);
        }
        return checked;
    }
}
