package nl.leerkring.core;

import java.io.IOException;
import java.io.InputStream;
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
    Protocol publish(Protocol draft);

    /**
     * Imports a protocol file and publishes it. A refused file changes nothing.
     *
     * @throws InputRejectedException with every problem of the file
     */
    Protocol importFile(InputStream in, String fileName) throws IOException;

    /** Takes a protocol out of the list for new sessions; past sessions still find their version. */
    void retire(String protocolId);
}
