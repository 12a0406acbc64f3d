package nl.leerkring.core;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.leerkring.model.Protocol;

/**
 * Where the team's published protocol versions and the leads' drafts are kept. A stored version
 * never changes: a new edit is a new version, so a session can always find the exact version it ran
 * with. A protocol has at most one draft, which a save replaces.
 */
public interface ProtocolStore {

    /** Stores one published version (its id and version must be new) with who published it. */
    void saveVersion(Protocol protocol, Instant publishedAt, String publishedBy);

    /** Every stored version of every protocol. */
    List<Protocol> loadVersions();

    /** When and by whom each stored version was published. */
    List<Published> publications();

    /** One stored version's publication. */
    record Published(String protocolId, int version, Instant at, String by) {
    }

    /** Stores the draft of a protocol, replacing an earlier draft of the same id. */
    void saveDraft(Protocol draft, Instant savedAt, String savedBy);

    /** Every draft, as last saved. */
    List<Protocol> loadDrafts();

    /** Removes the draft of a protocol, if there is one. */
    void deleteDraft(String protocolId);

    /** Marks a protocol as retired (or active again); its versions stay readable. */
    void setRetired(String protocolId, boolean retired, Instant when);

    Set<String> retiredProtocols();
}
