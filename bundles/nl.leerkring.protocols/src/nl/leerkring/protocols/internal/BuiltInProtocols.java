package nl.leerkring.protocols.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.Protocol;

/**
 * The protocols shipped with Leerkring: every {@code protocols/*.xmi} file of this bundle. They are
 * data, so adding a method means adding a file, not code.
 */
@Component(service = ProtocolSource.class)
public class BuiltInProtocols implements ProtocolSource {

    static final String FOLDER = "protocols";

    private final Bundle bundle;
    /** Read at first use, off the UI thread at startup (the data lifecycle's background opening). */
    private List<Protocol> protocols;

    @Activate
    public BuiltInProtocols(BundleContext context) {
        this.bundle = context.getBundle();
    }

    private static List<Protocol> load(Bundle bundle) {
        List<Protocol> loaded = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.xmi", false);
        for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
            // The same reader as for imported files: a built-in that fails validation is a build defect.
            try (InputStream in = entry.openStream()) {
                loaded.add(ProtocolExchange.read(in, entry.getPath()));
            } catch (IOException | InputRejectedException e) {
                throw new IllegalStateException("Built-in protocol " + entry.getPath() + ": " + e.getMessage(), e);
            }
        }
        loaded.sort(Comparator.comparing(p -> Protocols.text(p.getName())));
        return List.copyOf(loaded);
    }

    @Override
    public synchronized List<Protocol> protocols() {
        if (protocols == null) {
            protocols = load(bundle);
        }
        return protocols;
    }
}
