package nl.leerkring.protocols.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Protocol;

/**
 * The protocols shipped with Leerkring: every {@code protocols/*.xmi} file of this bundle. They are
 * data, so adding a method means adding a file, not code.
 */
@Component(service = ProtocolLibrary.class)
public class BuiltInProtocols implements ProtocolLibrary {

    static final String FOLDER = "protocols";

    private final List<Protocol> protocols;

    @Activate
    public BuiltInProtocols(BundleContext context) {
        this.protocols = load(context.getBundle());
    }

    private static List<Protocol> load(Bundle bundle) {
        ResourceSet resourceSet = new ResourceSetImpl();
        // Register the package explicitly: the plug-in registry is not there in a plain OSGi runtime.
        resourceSet.getPackageRegistry().put(LeerkringPackage.eNS_URI, LeerkringPackage.eINSTANCE);
        List<Protocol> loaded = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.xmi", false);
        for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
            Resource resource = new XMIResourceImpl(
                    URI.createPlatformPluginURI(bundle.getSymbolicName() + entry.getPath(), true));
            resourceSet.getResources().add(resource);
            try (InputStream in = entry.openStream()) {
                resource.load(in, Map.of());
            } catch (IOException e) {
                // A broken built-in file is a build defect; fail loudly rather than offer a partial library.
                throw new IllegalStateException("Cannot read built-in protocol " + entry, e);
            }
            resource.getContents().stream().filter(Protocol.class::isInstance).map(Protocol.class::cast)
                    .forEach(loaded::add);
        }
        loaded.sort(Comparator.comparing(p -> Protocols.text(p.getName())));
        return List.copyOf(loaded);
    }

    @Override
    public List<Protocol> protocols() {
        return protocols;
    }

    @Override
    public Optional<Protocol> find(String protocolId, int version) {
        return protocols.stream().filter(p -> p.getId().equals(protocolId) && p.getVersion() == version).findFirst();
    }
}
