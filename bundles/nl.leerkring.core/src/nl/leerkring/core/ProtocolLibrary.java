package nl.leerkring.core;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.leerkring.model.Protocol;

/**
 * The protocols a facilitator can run: the built-in ones and the team's own, each in all its
 * versions. Returned protocols are shared: do not modify them; copy one to edit it.
 */
public interface ProtocolLibrary {

    /** The newest version of every protocol that is not retired, by name. */
    List<Protocol> protocols();

    /** The exact version a session ran with, retired or not. */
    Optional<Protocol> find(String protocolId, int version);

    /** Every version of one protocol, oldest first. */
    List<Protocol> versions(String protocolId);

    /**
     * Publishes an edited or new protocol as the next version of its id.
     *
     * @throws InputRejectedException listing every problem when the protocol is not valid
     */
    default Protocol publish(Protocol draft) {
        return publish(draft, null);
    }

    /**
     * Publishes an edited or new protocol as the next version of its id, on record as published by
     * {@code author}; the protocol's draft, if any, is done with and removed.
     *
     * @throws InputRejectedException listing every problem when the protocol is not valid
     */
    Protocol publish(Protocol draft, String author);

    /** The drafts leads saved, by name; copies, free to edit. */
    List<Protocol> drafts();

    /** Saves a draft, problems and all, in place of the protocol's earlier draft. */
    void saveDraft(Protocol draft, String author);

    void discardDraft(String protocolId);

    /** A protocol's versions, newest first: who published each, when, and what changed. */
    List<Version> history(String protocolId);

    /**
     * One version in a protocol's history.
     *
     * @param builtIn shipped with Leerkring rather than published by the team (no date or author)
     */
    record Version(int version, Instant publishedAt, String publishedBy, boolean builtIn, List<String> changes) {
    }

    /** Makes an older version the protocol's draft again, to publish as a new version. */
    Protocol restore(String protocolId, int version, String author);

    /** A new protocol copied from {@code source} ("Save as"), with an id of its own from the name; not yet saved. */
    Protocol copyAsNew(Protocol source, String name, String author);

    /**
     * Imports a protocol file and publishes it. A refused file changes nothing.
     *
     * @throws InputRejectedException with every problem of the file
     */
    Protocol importFile(InputStream in, String fileName) throws IOException;

    /** Takes a protocol out of the list for new sessions; past sessions still find their version. */
    void retire(String protocolId);
}
