package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.model.Protocol;

/** Export and import of protocol files; import treats every file as hostile. */
class ProtocolExchangeTest {

    private static final String BAD = "bad-protocols/";

    static List<String> badFiles() throws IOException {
        return expectations().stringPropertyNames().stream().sorted().toList();
    }

    private static Properties expectations() throws IOException {
        Properties expected = new Properties();
        try (InputStream in = open(BAD + "expected.properties")) {
            expected.load(in);
        }
        return expected;
    }

    private static InputStream open(String path) throws IOException {
        return FrameworkUtil.getBundle(ProtocolExchangeTest.class).getEntry(path).openStream();
    }

    @Test
    void thereAreAtLeastThirtyBadFiles() throws IOException {
        int count = badFiles().size();
        assertTrue(count >= 30, () -> "only " + count);
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithOneMessageNamingTheProblem(String file) throws IOException {
        String expected = expectations().getProperty(file);
        InputRejectedException e;
        try (InputStream in = open(BAD + file)) {
            e = assertThrows(InputRejectedException.class, () -> ProtocolExchange.read(in, file));
        }
        assertTrue(e.getMessage().startsWith("Het bestand \u2018" + file + "\u2019 is niet ingelezen; er is niets veranderd:"),
                e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected \u2018" + expected + "\u2019 in: " + e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of the machine's files leaks into the message");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingItAll() {
        InputStream huge = new InputStream() {
            private final byte[] start = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lk:Protocol xmlns:lk="
                    + "\"http://leerkring.nl/model/1.0\" id=\"groot\"><name nl=\"").getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                if (position >= 50L * 1024 * 1024) {
                    return -1;
                }
                return position < start.length ? start[(int) position++] : (int) (position++ % 26) + 'a';
            }
        };
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> ProtocolExchange.read(huge, "groot.xmi"));
        assertTrue(e.getMessage().contains("groter dan 2 MB"), e.getMessage());
    }

    @Test
    void everyBuiltInProtocolSurvivesExportAndImportUnchanged() throws IOException {
        for (Protocol protocol : Services.get(ProtocolLibrary.class).protocols()) {
            byte[] exported = ProtocolExchange.toBytes(protocol);
            Protocol imported = ProtocolExchange.read(new java.io.ByteArrayInputStream(exported), protocol.getId());
            assertTrue(EcoreUtil.equals(protocol, imported), protocol.getId());
            assertArrayEquals(exported, ProtocolExchange.toBytes(imported), protocol.getId() + ": stable export");
        }
    }
}
