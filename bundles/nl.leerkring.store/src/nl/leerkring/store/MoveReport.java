package nl.leerkring.store;

import java.util.Map;

/**
 * What a move from one database into another copied, and what the target already had and kept.
 *
 * @param moved        records copied, per kind
 * @param alreadyThere records the target already had (left as they were), per kind
 */
public record MoveReport(Map<Kind, Integer> moved, Map<Kind, Integer> alreadyThere) {

    /** The kinds of records a move counts. */
    public enum Kind {
        SESSIONS, ITEMS, ACTIONS, PROTOCOL_VERSIONS, DRAFTS, RETIRED_PROTOCOLS
    }

    /** True when nothing was copied. */
    public boolean movedNothing() {
        return moved.values().stream().allMatch(n -> n == 0);
    }
}
