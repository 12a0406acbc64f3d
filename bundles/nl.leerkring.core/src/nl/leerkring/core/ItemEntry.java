package nl.leerkring.core;

import java.util.List;

import nl.leerkring.model.CodeMark;

/**
 * What the facilitator records as one item: its kind, the text, whose turn it was (or null), the
 * subgroup it came from in a step worked in subgroups (or null), and the codes it is tagged with.
 */
public record ItemEntry(String kindId, String text, String author, String subgroup, List<CodeMark> marks) {

    public ItemEntry {
        marks = List.copyOf(marks);
    }

    /** An item without subgroup or codes. */
    public static ItemEntry of(String kindId, String text, String author) {
        return new ItemEntry(kindId, text, author, null, List.of());
    }
}
