package nl.leerkring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.leerkring.core.internal.Messages;
import nl.leerkring.model.Action;
import nl.leerkring.model.Code;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Valence;

/**
 * The codes an item is tagged with, as people read them: the code's name and the valence as the
 * OTS-gilde study wrote it (W+ positive, W− negative, G desired; seed 001). A code list can be a
 * tree (value cycle › topic › code); a mark may name a code at any depth.
 */
public final class ItemCodes {

    private ItemCodes() {
    }

    /** A new mark: the code, valued so (null: no valence). */
    public static CodeMark mark(String codeId, Valence valence) {
        CodeMark mark = LeerkringFactory.eINSTANCE.createCodeMark();
        mark.setCodeId(codeId);
        mark.setValence(valence == null ? Valence.NONE : valence);
        return mark;
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

    /** The kind's codes and the narrower codes under them, each before those under it. */
    public static List<Code> all(ItemKind kind) {
        List<Code> all = new ArrayList<>();
        kind.getCodes().forEach(code -> addWithNarrower(code, all));
        return all;
    }

    private static void addWithNarrower(Code code, List<Code> into) {
        into.add(code);
        code.getCodes().forEach(narrower -> addWithNarrower(narrower, into));
    }

    /**
     * The narrower codes (under the kind's own) that what was typed names: their id begins with it
     * ("I.5", "vaw") or their name holds it ("niet alleen"), in either language. An exact id comes first.
     */
    public static List<Code> matching(ItemKind kind, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        List<Code> found = new ArrayList<>();
        for (Code code : all(kind)) {
            if (kind.getCodes().contains(code) || wanted.isEmpty()) {
                continue;
            }
            if (code.getId().equalsIgnoreCase(wanted)) {
                found.add(0, code);
            } else if (code.getId().toLowerCase(java.util.Locale.ROOT).startsWith(wanted) || holds(code, wanted)) {
                found.add(code);
            }
        }
        return found;
    }

    private static boolean holds(Code code, String wanted) {
        return java.util.stream.Stream.of(code.getName().getNl(), code.getName().getEn())
                .anyMatch(name -> name != null && name.toLowerCase(java.util.Locale.ROOT).contains(wanted));
    }

    /** The kind's code with the id, at any depth. */
    public static Optional<Code> find(ItemKind kind, String codeId) {
        return kind == null ? Optional.empty() : all(kind).stream().filter(c -> c.getId().equals(codeId)).findFirst();
    }

    /**
     * The codes from the kind's own list down to the code: [cycle, topic, code] for "I.5", [cycle]
     * for a cycle; empty when the kind has no such code.
     */
    public static List<Code> path(ItemKind kind, String codeId) {
        List<Code> path = new ArrayList<>();
        if (kind != null) {
            kind.getCodes().stream().anyMatch(code -> pathTo(code, codeId, path));
        }
        return path;
    }

    private static boolean pathTo(Code code, String codeId, List<Code> path) {
        path.add(code);
        if (code.getId().equals(codeId) || code.getCodes().stream().anyMatch(narrower -> pathTo(narrower, codeId, path))) {
            return true;
        }
        path.remove(path.size() - 1);
        return false;
    }

    /**
     * The kind whose code list tags the item: its own kind's, or for an action the value codes a
     * review tags what came of it with (applied and realised value).
     */
    public static ItemKind codesFor(Protocol protocol, Item item) {
        if (item instanceof Action) {
            return ValueRound.kind();
        }
        return protocol == null ? null : Protocols.kind(protocol, item.getKindId()).orElse(null);
    }

    /** The name of a code of the kind, or its id when the method no longer has it. */
    public static String codeName(ItemKind kind, String codeId) {
        return find(kind, codeId).map(Code::getName).map(Protocols::text).orElse(codeId);
    }

    /** "Onmiddellijke waarde W+, Toegepaste waarde W−": the item's codes in one line; empty without codes. */
    public static String line(Protocol protocol, Item item) {
        ItemKind kind = codesFor(protocol, item);
        return item.getMarks().stream().map(m -> mark(kind, m)).collect(Collectors.joining(", "));
    }

    private static String mark(ItemKind kind, CodeMark mark) {
        String sign = sign(mark.getValence());
        return codeName(kind, mark.getCodeId()) + (sign.isEmpty() ? "" : " " + sign);
    }
}
