package nl.leerkring.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import nl.leerkring.store.JdbcStore;

/**
 * Gives each test a data folder of its own with the real services on it ({@link OwnData}) before
 * the class's own set-up runs, and closes and removes it after the class's own tear-down:
 * {@code @RegisterExtension final OwnDataExtension own = new OwnDataExtension();}
 */
final class OwnDataExtension implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private OwnData data;

    @Override
    public void beforeEach(ExtensionContext test) throws IOException {
        folder = Files.createTempDirectory("leerkring-ui-test");
        data = new OwnData(folder);
    }

    @Override
    public void afterEach(ExtensionContext test) throws IOException {
        data.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** What the parts are made from: the platform's services with this test's data in front. */
    IEclipseContext context() {
        return data.context;
    }

    JdbcStore store() {
        return data.store;
    }
}
