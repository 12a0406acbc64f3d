package nl.leerkring.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

import nl.leerkring.core.internal.Messages;
import nl.leerkring.core.validation.ProtocolValidator;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Protocol;

/**
 * Protocols as {@code .xmi} files: the format Leerkring ships its own protocols in and the one
 * leads exchange. Reading treats the file as hostile: it is size-limited, DOCTYPEs (and with them
 * external entities and entity expansion) are refused, only Leerkring's own namespace is known, and
 * the protocol must pass validation. A refused file yields one message that lists every problem.
 */
public final class ProtocolExchange {

    /** Larger than any real protocol by two orders of magnitude. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The longest text a protocol may hold in one field. */
    public static final int MAX_TEXT = 20_000;

    private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

    private ProtocolExchange() {
    }

    /** Writes the protocol as XMI (UTF-8). The protocol itself is not moved into another resource. */
    public static void write(Protocol protocol, OutputStream out) throws IOException {
        Resource resource = new XMIResourceImpl(URI.createURI("leerkring:/" + protocol.getId() + ".xmi"));
        resource.getContents().add(EcoreUtil.copy(protocol));
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
    }

    public static byte[] toBytes(Protocol protocol) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(protocol, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a protocol from an untrusted stream.
     *
     * @param name the file name, for the message
     * @throws InputRejectedException listing every problem when the file is not a valid protocol
     */
    public static Protocol read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refused(name, List.of(NLS.bind(Messages.Import_TooLarge, MAX_BYTES / (1024 * 1024))));
        }
        return parse(bytes, name, true);
    }

    private static Protocol parse(byte[] bytes, String name, boolean validate) {
        List<String> problems = new ArrayList<>();
        Resource resource = load(bytes, name, problems);
        Protocol protocol = null;
        if (problems.isEmpty()) {
            if (resource.getContents().size() == 1 && resource.getContents().get(0) instanceof Protocol found) {
                protocol = found;
                problems.addAll(tooLongTexts(protocol));
                if (validate) {
                    problems.addAll(ProtocolValidator.messages(ProtocolValidator.validate(protocol), Diagnostic.ERROR));
                }
            } else {
                problems.add(Messages.Import_NotAProtocol);
            }
        }
        if (!problems.isEmpty()) {
            throw refused(name, problems);
        }
        return protocol;
    }

    /**
     * Reads a version Leerkring stored itself. It is not validated again: the rules may have grown
     * since it was published, and history must stay readable.
     */
    public static Protocol fromBytes(byte[] bytes, String name) {
        return parse(bytes, name, false);
    }

    private static Resource load(byte[] bytes, String name, List<String> problems) {
        ResourceSet resourceSet = new ResourceSetImpl();
        // Only Leerkring's namespace (and Ecore's, which EMF itself needs) can be resolved.
        resourceSet.getPackageRegistry().put(LeerkringPackage.eNS_URI, LeerkringPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.setURIConverter(new org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl() {
            @Override
            public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                // Nothing a file names (schemas, other resources) is ever fetched.
                throw new IOException(NLS.bind(Messages.Import_ExternalReference, uri));
            }
        });
        Resource resource = new XMIResourceImpl(URI.createURI("import:/" + URI.encodeSegment(name, false)));
        resourceSet.getResources().add(resource);
        if (new String(bytes, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            problems.add(Messages.Import_Doctype);
            return resource;
        }
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        try {
            resource.load(new ByteArrayInputStream(bytes), options);
        } catch (IOException | RuntimeException e) {
            if (resource.getErrors().isEmpty()) {
                problems.add(describe(e));
            }
        }
        resource.getErrors().forEach(error -> problems.add(describe(error)));
        return resource;
    }

    private static List<String> tooLongTexts(Protocol protocol) {
        List<String> problems = new ArrayList<>();
        for (EObject element : (Iterable<EObject>) protocol::eAllContents) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (element.eGet(attribute) instanceof String text && text.length() > MAX_TEXT) {
                    problems.add(NLS.bind(Messages.Import_TextTooLong, text.length(), MAX_TEXT));
                }
            }
        }
        return problems;
    }

    /** A technical load error in words for the lead who picked the file, with the line where known. */
    private static String describe(Object error) {
        Throwable cause = error instanceof Throwable t ? t : null;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof SAXParseException) && !(cause instanceof CharConversionException)) {
            cause = cause.getCause();
        }
        int line = error instanceof Resource.Diagnostic d ? d.getLine() : -1;
        String message;
        if (error instanceof PackageNotFoundException missing) {
            message = NLS.bind(Messages.Import_UnknownNamespace, missing.uri());
        } else if (error instanceof FeatureNotFoundException unknown) {
            message = NLS.bind(Messages.Import_UnknownFeature, unknown.getName());
        } else if (error instanceof ClassNotFoundException unknown) {
            message = NLS.bind(Messages.Import_UnknownType, unknown.getName());
        } else if (error instanceof UnresolvedReferenceException dangling) {
            message = NLS.bind(Messages.Import_UnresolvedReference, dangling.getReference());
        } else if (error instanceof IllegalValueException illegal) {
            message = NLS.bind(Messages.Import_IllegalValue, illegal.getValue(), illegal.getFeature().getName());
        } else if (cause instanceof SAXParseException parse) {
            line = parse.getLineNumber();
            message = parse.getMessage() != null && parse.getMessage().contains("DOCTYPE") ? Messages.Import_Doctype
                    : NLS.bind(Messages.Import_NotXml, parse.getMessage());
        } else if (cause instanceof CharConversionException) {
            message = Messages.Import_Encoding;
        } else {
            message = NLS.bind(Messages.Import_Unreadable,
                    error instanceof Resource.Diagnostic d ? d.getMessage() : String.valueOf(error));
        }
        return line > 0 ? NLS.bind(Messages.Import_AtLine, line, message) : message;
    }

    private static InputRejectedException refused(String name, List<String> problems) {
        return new InputRejectedException(NLS.bind(Messages.Import_Refused, name)
                + problems.stream().distinct().map(p -> "\n\u2013 " + p).collect(Collectors.joining()));
    }
}
