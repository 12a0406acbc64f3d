package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.model.Protocol;
import nl.leerkring.ui.parts.ProtocolsPart;

/** The protocol library part with real widgets: browse, export, import a good and a hostile file. */
class ProtocolsUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    @TempDir
    Path folder;

    private IEclipseContext context;
    private Shell shell;
    private ProtocolsPart part;

    @BeforeEach
    void open() {
        context = own.context().createChild("protocols");
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 700);
        Composite parent = new Composite(shell, SWT.NONE);
        context.set(Composite.class, parent);
        part = ContextInjectionFactory.make(ProtocolsPart.class, context);
        shell.open();
        ui.flush();
    }

    @AfterEach
    void close() {
        context.dispose();
        shell.dispose();
    }

    @Test
    void aLeadBrowsesExportsAndImportsProtocols() throws IOException {
        List<String> names = ui.column(shell, "protocols.table", 0);
        assertTrue(names.contains("Actieleren"), names.toString());
        Table table = ui.find(shell, "protocols.table", Table.class);
        table.select(names.indexOf("Actieleren"));
        table.notifyListeners(SWT.Selection, new Event());
        ui.flush();
        assertTrue(ui.text(shell, "protocols.details").contains("stappen uit de bronnen"),
                ui.text(shell, "protocols.details"));

        Protocol actieleren = own.context().get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow();
        Path exported = folder.resolve("actieleren.xmi");
        part.exportTo(actieleren, exported);
        assertTrue(ui.text(shell, "protocols.message").startsWith("\u2018Actieleren\u2019 is opgeslagen in"));

        // A lead's own variant: same file, new id and name.
        String id = "actieleren-team-" + System.nanoTime();
        Path variant = folder.resolve("variant.xmi");
        Files.writeString(variant, Files.readString(exported, StandardCharsets.UTF_8)
                .replace("id=\"actieleren\"", "id=\"" + id + "\"")
                .replace("nl=\"Actieleren\"", "nl=\"Actieleren voor ons team\""), StandardCharsets.UTF_8);
        part.importFrom(variant);
        assertEquals("\u2018Actieleren voor ons team\u2019 is ingelezen als versie 1.", ui.text(shell, "protocols.message"));
        assertTrue(ui.column(shell, "protocols.table", 0).contains("Actieleren voor ons team"));

        int before = ui.column(shell, "protocols.table", 0).size();
        Path hostile = folder.resolve("xxe.xmi");
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<lk:Protocol xmlns:lk=\"http://leerkring.nl/model/1.0\" id=\"&e;\"/>", StandardCharsets.UTF_8);
        part.importFrom(hostile);
        assertTrue(ui.text(shell, "protocols.message").startsWith(
                "Het bestand \u2018xxe.xmi\u2019 is niet ingelezen; er is niets veranderd:"), ui.text(shell, "protocols.message"));
        assertEquals(before, ui.column(shell, "protocols.table", 0).size());
    }

    /** A lead looking for a method where the group practises narrows the library to those. */
    @Test
    void theLibraryNarrowsToTheMethodsServingALearningPreference() {
        int all = ui.column(shell, "protocols.table", 0).size();
        org.eclipse.swt.widgets.Combo filter = ui.find(shell, "protocols.preference", org.eclipse.swt.widgets.Combo.class);
        assertEquals("Alle leervoorkeuren", filter.getText());
        filter.select(java.util.Arrays.asList(filter.getItems()).indexOf("Oefenen"));
        filter.notifyListeners(SWT.Selection, new Event());
        ui.flush();
        List<String> served = ui.column(shell, "protocols.table", 4);
        assertTrue(!served.isEmpty() && served.size() < all, served.size() + " of " + all);
        assertTrue(served.stream().allMatch(p -> p.contains("Oefenen")), served.toString());
        filter.select(0);
        filter.notifyListeners(SWT.Selection, new Event());
        ui.flush();
        assertEquals(all, ui.column(shell, "protocols.table", 0).size());
    }
}
