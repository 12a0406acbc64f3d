package nl.leerkring.core;

import java.util.List;
import java.util.Optional;

import nl.leerkring.model.Protocol;

/** The protocols a facilitator can run. Returned protocols are shared: do not modify them. */
public interface ProtocolLibrary {

    /** Every protocol that can start a new session, in the order to offer them. */
    List<Protocol> protocols();

    /** The exact version a session ran with. */
    Optional<Protocol> find(String protocolId, int version);
}
