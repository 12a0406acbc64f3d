package nl.leerkring.core;

import java.util.stream.Collectors;

import nl.leerkring.core.internal.Messages;
import nl.leerkring.model.Code;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Valence;

/**
 * The codes an item is tagged with, as people read them: the code's name and the valence as the
 * OTS-gilde study wrote it (W+ positive, W− negative, G desired; seed 001).
 */
public final class ItemCodes {

    private ItemCodes() {
    }

    /** "W+", "W−", "G", or nothing for no valence. */
    public static String sign(Valence valence) {
        return switch (valence == null ? Valence.NONE : valence) {
        case POSITIVE -> "W+";
        case NEGATIVE -> "W\u2212";
        case DESIRED -> "G";
        case NONE -> "";
        };
    }

    /** The valence in words, for a choice list: "W+ positief". */
    public static String name(Valence valence) {
        return switch (valence == null ? Valence.NONE : valence) {
        case POSITIVE -> Messages.Valence_POSITIVE;
        case NEGATIVE -> Messages.Valence_NEGATIVE;
        case DESIRED -> Messages.Valence_DESIRED;
        case NONE -> Messages.Valence_NONE;
        };
    }

    /** The name of a code of the kind, or its id when the method no longer has it. */
    public static String codeName(ItemKind kind, String codeId) {
        return kind == null ? codeId
                : kind.getCodes().stream().filter(c -> c.getId().equals(codeId)).findFirst().map(Code::getName)
                        .map(Protocols::text).orElse(codeId);
    }

    /** "Onmiddellijke waarde W+, Toegepaste waarde W−": the item's codes in one line; empty without codes. */
    public static String line(Protocol protocol, Item item) {
        ItemKind kind = protocol == null ? null : Protocols.kind(protocol, item.getKindId()).orElse(null);
        return item.getMarks().stream().map(m -> mark(kind, m)).collect(Collectors.joining(", "));
    }

    private static String mark(ItemKind kind, CodeMark mark) {
        String sign = sign(mark.getValence());
        return codeName(kind, mark.getCodeId()) + (sign.isEmpty() ? "" : " " + sign);
    }
}
