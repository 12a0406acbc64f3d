package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Dutch is the default and English the second locale: every text exists in both, and every
 * %key of the application model and the plug-in manifest has a Dutch and an English text.
 */
class LocalizationTest {

    @ParameterizedTest
    @CsvSource({ "nl.leerkring.core, nl/leerkring/core/internal/messages",
            "nl.leerkring.store, nl/leerkring/store/internal/messages",
            "nl.leerkring.ui, nl/leerkring/ui/internal/messages", "nl.leerkring.ui, OSGI-INF/l10n/bundle" })
    void dutchAndEnglishHaveTheSameKeys(String bundleName, String base) throws IOException {
        Bundle bundle = bundle(bundleName);
        Properties dutch = load(bundle, base + ".properties");
        Properties english = load(bundle, base + "_en.properties");
        assertFalse(dutch.isEmpty(), base);
        assertEquals(new TreeSet<>(dutch.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()), base);
        for (String key : dutch.stringPropertyNames()) {
            assertFalse(dutch.getProperty(key).isBlank(), key);
            assertFalse(english.getProperty(key).isBlank(), key);
        }
    }

    /**
     * Property files are read as ISO-8859-1 (NLS, java.util.Properties): a letter beyond ASCII must be
     * written as a \\u escape, or "één" shows as "Ã©Ã©n". Checked in every Leerkring bundle there is.
     */
    @Test
    void everyPropertiesFileIsAsciiWithEscapes() throws IOException {
        int files = 0;
        for (Bundle bundle : FrameworkUtil.getBundle(LocalizationTest.class).getBundleContext().getBundles()) {
            if (!bundle.getSymbolicName().startsWith("nl.leerkring.") || bundle.getSymbolicName().endsWith(".tests")) {
                continue;
            }
            java.util.Enumeration<URL> entries = bundle.findEntries("/", "*.properties", true);
            while (entries != null && entries.hasMoreElements()) {
                URL entry = entries.nextElement();
                try (InputStream in = entry.openStream()) {
                    byte[] bytes = in.readAllBytes();
                    for (int i = 0; i < bytes.length; i++) {
                        int at = i;
                        assertTrue(bytes[i] >= 0, () -> entry + ": a byte beyond ASCII at " + at + "; write it as \\uXXXX");
                    }
                }
                files++;
            }
        }
        assertTrue(files >= 20, "property files found: " + files);
    }

    @Test
    void everyModelTextKeyIsTranslated() throws IOException {
        Bundle ui = bundle("nl.leerkring.ui");
        Set<String> keys = new TreeSet<>();
        for (String file : new String[] { "Application.e4xmi", "META-INF/MANIFEST.MF" }) {
            Matcher matcher = Pattern.compile("[\"' ]%([A-Za-z0-9_.]+)").matcher(read(ui, file));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        assertTrue(keys.contains("window.title"), keys.toString());
        Properties dutch = load(ui, "OSGI-INF/l10n/bundle.properties");
        for (String key : keys) {
            assertTrue(dutch.containsKey(key), "no text for %" + key);
        }
        assertEquals("Leerkring", ui.getHeaders("nl").get("Bundle-Vendor"));
        assertEquals("Leerkring user interface", ui.getHeaders("en").get("Bundle-Name"));
    }

    @Test
    void theInterfaceIsDutchByDefault() throws ReflectiveOperationException {
        assertEquals("&Nieuwe sessie\u2026", nl.leerkring.ui.internal.Messages.Sessions_New);
        for (var field : nl.leerkring.ui.internal.Messages.class.getFields()) {
            String value = (String) field.get(null);
            assertNotNull(value, field.getName());
            assertFalse(value.startsWith("NLS missing message"), field.getName());
        }
        assertTrue(Arrays.stream(nl.leerkring.ui.internal.Messages.class.getFields()).count() > 20);
    }

    private static Bundle bundle(String symbolicName) {
        return Arrays.stream(FrameworkUtil.getBundle(LocalizationTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    private static Properties load(Bundle bundle, String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = open(bundle, path)) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(Bundle bundle, String path) throws IOException {
        try (InputStream in = open(bundle, path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(Bundle bundle, String path) throws IOException {
        URL entry = bundle.getEntry(path);
        assertNotNull(entry, bundle.getSymbolicName() + "/" + path);
        return entry.openStream();
    }
}
