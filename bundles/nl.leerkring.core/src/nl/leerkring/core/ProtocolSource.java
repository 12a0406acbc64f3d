package nl.leerkring.core;

import java.util.List;

import nl.leerkring.model.Protocol;

/** Protocols that come with the application (read-only; the library adds the team's own). */
public interface ProtocolSource {

    List<Protocol> protocols();
}
