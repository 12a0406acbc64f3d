package nl.leerkring.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.ProtocolStore;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.validation.ProtocolValidator;
import nl.leerkring.model.Protocol;

/** The library: built-in protocols plus the team's published versions from the store. */
@Component(service = ProtocolLibrary.class)
public class ProtocolLibraryImpl implements ProtocolLibrary {

    private final ProtocolStore store;
    private final Clock clock;
    /** Every version known, built-in and stored; the store is read once and then kept in step. */
    private final List<Protocol> versions = new ArrayList<>();

    @Activate
    public ProtocolLibraryImpl(@Reference ProtocolSource builtIn, @Reference ProtocolStore store) {
        this(builtIn, store, Clock.systemDefaultZone());
    }

    public ProtocolLibraryImpl(ProtocolSource builtIn, ProtocolStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        versions.addAll(builtIn.protocols());
        versions.addAll(store.loadVersions());
    }

    @Override
    public synchronized List<Protocol> protocols() {
        var retired = store.retiredProtocols();
        return versions.stream().collect(Collectors.groupingBy(Protocol::getId)).values().stream()
                .map(all -> all.stream().max(Comparator.comparingInt(Protocol::getVersion)).orElseThrow())
                .filter(newest -> !retired.contains(newest.getId()))
                .sorted(Comparator.comparing((Protocol p) -> Protocols.text(p.getName())).thenComparing(Protocol::getId))
                .toList();
    }

    @Override
    public synchronized Optional<Protocol> find(String protocolId, int version) {
        return versions.stream().filter(p -> p.getId().equals(protocolId) && p.getVersion() == version).findFirst();
    }

    @Override
    public synchronized List<Protocol> versions(String protocolId) {
        return versions.stream().filter(p -> p.getId().equals(protocolId))
                .sorted(Comparator.comparingInt(Protocol::getVersion)).toList();
    }

    @Override
    public synchronized Protocol publish(Protocol draft) {
        Diagnostic problems = ProtocolValidator.validate(draft);
        if (problems.getSeverity() >= Diagnostic.ERROR) {
            throw new InputRejectedException(NLS.bind(Messages.Rejected_CannotPublish, Protocols.text(draft.getName()))
                    + ProtocolValidator.messages(problems, Diagnostic.ERROR).stream().map(m -> "\n\u2013 " + m)
                            .collect(Collectors.joining()));
        }
        Protocol published = EcoreUtil.copy(draft);
        published.setVersion(versions(draft.getId()).stream().mapToInt(Protocol::getVersion).max().orElse(0) + 1);
        store.saveVersion(published, clock.instant());
        versions.add(published);
        return published;
    }

    @Override
    public Protocol importFile(InputStream in, String fileName) throws IOException {
        return publish(ProtocolExchange.read(in, fileName));
    }

    @Override
    public synchronized void retire(String protocolId) {
        if (versions(protocolId).isEmpty()) {
            throw new InputRejectedException(NLS.bind(Messages.Rejected_UnknownProtocol, protocolId, "\u2013"));
        }
        store.setRetired(protocolId, true, clock.instant());
    }
}
