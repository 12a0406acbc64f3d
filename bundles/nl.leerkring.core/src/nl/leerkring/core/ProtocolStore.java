package nl.leerkring.core;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.leerkring.model.Protocol;

/**
 * Where the team's published protocol versions are kept. A stored version never changes: a new
 * edit is a new version, so a session can always find the exact version it ran with.
 */
public interface ProtocolStore {

    /** Stores one published version (its id and version must be new). */
    void saveVersion(Protocol protocol, Instant publishedAt);

    /** Every stored version of every protocol. */
    List<Protocol> loadVersions();

    /** Marks a protocol as retired (or active again); its versions stay readable. */
    void setRetired(String protocolId, boolean retired, Instant when);

    Set<String> retiredProtocols();
}
