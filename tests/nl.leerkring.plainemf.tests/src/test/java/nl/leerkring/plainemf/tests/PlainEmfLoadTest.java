package nl.leerkring.plainemf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Protocol;

/** Outside OSGi and outside Leerkring: what another EMF program sees of Leerkring's protocol files. */
class PlainEmfLoadTest {

    private static List<Path> builtInFiles() throws IOException {
        Path folder = Path.of(System.getProperty("leerkring.protocols"));
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xmi")).sorted().toList();
        }
    }

    /** Loads XMI the way any EMF program does: a resource set, the XMI factory, the generated package. */
    private static EObject plainLoad(String name, InputStream in) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(LeerkringPackage.eNS_URI, LeerkringPackage.eINSTANCE);
        Resource resource = resourceSet.createResource(URI.createURI("file:/plain/" + name));
        resource.load(in, Map.of());
        assertEquals(List.of(), resource.getErrors(), name);
        assertEquals(1, resource.getContents().size(), name);
        return resource.getContents().get(0);
    }

    @Test
    void everyExportedProtocolLoadsInPlainEmfUnchanged() throws IOException {
        List<Path> files = builtInFiles();
        assertTrue(files.size() >= 1, "built-in protocols found");
        for (Path file : files) {
            Protocol shipped;
            try (InputStream in = Files.newInputStream(file)) {
                shipped = assertInstanceOf(Protocol.class, plainLoad(file.getFileName().toString(), in));
            }
            byte[] exported = ProtocolExchange.toBytes(shipped);
            Protocol reloaded = assertInstanceOf(Protocol.class,
                    plainLoad("exported-" + file.getFileName(), new ByteArrayInputStream(exported)));
            assertTrue(EcoreUtil.equals(shipped, reloaded), file.getFileName().toString());
            assertTrue(new String(exported, java.nio.charset.StandardCharsets.UTF_8)
                    .contains("xmlns:lk=\"" + LeerkringPackage.eNS_URI + "\""), "the model's own namespace");
        }
    }
}
