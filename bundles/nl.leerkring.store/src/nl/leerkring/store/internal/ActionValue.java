package nl.leerkring.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.leerkring.core.ItemCodes;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Valence;

/**
 * The value codes a review gave an action, as lk_action.value_codes holds them: "VAW.1:POSITIVE;VB.1:NONE".
 * In the action's own row rather than a table of their own, so the group's series and an owner's list
 * read them with the actions instead of with a query per batch (the value codes' ids are Leerkring's
 * own, checked against {@link nl.leerkring.core.ValueRound#kind()}, and hold neither separator).
 */
final class ActionValue {

    private ActionValue() {
    }

    static String write(List<CodeMark> marks) {
        return marks.isEmpty() ? null
                : marks.stream().map(m -> m.getCodeId() + ":" + m.getValence().getName()).collect(Collectors.joining(";"));
    }

    static List<CodeMark> read(String column) {
        List<CodeMark> marks = new ArrayList<>();
        if (column != null && !column.isBlank()) {
            for (String mark : column.split(";")) {
                int colon = mark.lastIndexOf(':');
                marks.add(ItemCodes.mark(mark.substring(0, colon), Valence.get(mark.substring(colon + 1))));
            }
        }
        return marks;
    }
}
