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
import nl.leerkring.core.ProtocolChanges;
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
    /** The built-in versions, "id/version". */
    private final java.util.Set<String> builtIn = new java.util.HashSet<>();
    /** Null once read: the library is read at first use, so the window can appear while the database opens. */
    private ProtocolSource unread;

    @Activate
    public ProtocolLibraryImpl(@Reference ProtocolSource builtIn, @Reference ProtocolStore store,
            @Reference Clock clock) {
        this.store = store;
        this.clock = clock;
        this.unread = builtIn;
    }

    /** Every version known; called with the lock held. */
    private List<Protocol> all() {
        if (unread != null) {
            List<Protocol> stored = store.loadVersions();
            unread.protocols().forEach(p -> builtIn.add(key(p.getId(), p.getVersion())));
            versions.addAll(unread.protocols());
            versions.addAll(stored);
            unread = null;
        }
        return versions;
    }

    @Override
    public synchronized List<Protocol> protocols() {
        var retired = store.retiredProtocols();
        return all().stream().collect(Collectors.groupingBy(Protocol::getId)).values().stream()
                .map(all -> all.stream().max(Comparator.comparingInt(Protocol::getVersion)).orElseThrow())
                .filter(newest -> !retired.contains(newest.getId()))
                .sorted(Comparator.comparing((Protocol p) -> Protocols.text(p.getName())).thenComparing(Protocol::getId))
                .toList();
    }

    @Override
    public synchronized Optional<Protocol> find(String protocolId, int version) {
        return all().stream().filter(p -> p.getId().equals(protocolId) && p.getVersion() == version).findFirst();
    }

    @Override
    public synchronized List<Protocol> versions(String protocolId) {
        return all().stream().filter(p -> p.getId().equals(protocolId))
                .sorted(Comparator.comparingInt(Protocol::getVersion)).toList();
    }

    @Override
    public synchronized Protocol publish(Protocol draft, String author) {
        Diagnostic problems = ProtocolValidator.validate(draft);
        if (problems.getSeverity() >= Diagnostic.ERROR) {
            throw new InputRejectedException(NLS.bind(Messages.Rejected_CannotPublish, Protocols.text(draft.getName()))
                    + ProtocolValidator.messages(problems, Diagnostic.ERROR).stream().map(m -> "\n\u2013 " + m)
                            .collect(Collectors.joining()));
        }
        Protocol published = EcoreUtil.copy(draft);
        published.setVersion(versions(draft.getId()).stream().mapToInt(Protocol::getVersion).max().orElse(0) + 1);
        store.saveVersion(published, clock.instant(), author);
        store.deleteDraft(published.getId());
        all().add(published);
        return published;
    }

    @Override
    public synchronized List<Protocol> drafts() {
        return store.loadDrafts().stream()
                .sorted(Comparator.comparing((Protocol p) -> Protocols.text(p.getName())).thenComparing(Protocol::getId))
                .toList();
    }

    @Override
    public synchronized void saveDraft(Protocol draft, String author) {
        store.saveDraft(draft, clock.instant(), author);
    }

    @Override
    public synchronized void discardDraft(String protocolId) {
        store.deleteDraft(protocolId);
    }

    @Override
    public synchronized List<Version> history(String protocolId) {
        java.util.Map<Integer, ProtocolStore.Published> published = store.publications().stream()
                .filter(p -> p.protocolId().equals(protocolId))
                .collect(Collectors.toMap(ProtocolStore.Published::version, p -> p));
        List<Protocol> all = versions(protocolId);
        List<Version> history = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Protocol version = all.get(i);
            ProtocolStore.Published when = published.get(version.getVersion());
            history.add(new Version(version.getVersion(), when == null ? null : when.at(), when == null ? null : when.by(),
                    builtIn.contains(key(protocolId, version.getVersion())),
                    ProtocolChanges.describe(i == 0 ? null : all.get(i - 1), version)));
        }
        return history;
    }

    @Override
    public synchronized Protocol restore(String protocolId, int version, String author) {
        Protocol old = find(protocolId, version).orElseThrow(
                () -> new InputRejectedException(NLS.bind(Messages.Version_Unknown, protocolId, version)));
        Protocol draft = EcoreUtil.copy(old);
        store.saveDraft(draft, clock.instant(), author);
        return draft;
    }

    @Override
    public synchronized Protocol copyAsNew(Protocol source, String name, String author) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InputRejectedException(Messages.Copy_NameMissing);
        }
        Protocol copy = EcoreUtil.copy(source);
        java.util.Set<String> taken = new java.util.HashSet<>();
        all().forEach(p -> taken.add(p.getId()));
        store.loadDrafts().forEach(p -> taken.add(p.getId()));
        String base = Protocols.slug(clean, "werkvorm");
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        copy.setId(id);
        copy.setVersion(0);
        copy.getName().setNl(clean);
        copy.getName().setEn(clean);
        if (author != null && !author.isBlank()) {
            copy.setAuthor(author.strip());
        }
        return copy;
    }

    private static String key(String protocolId, int version) {
        return protocolId + "/" + version;
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
