package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.ui.css.core.util.impl.resources.OSGiResourceLocator;
import org.eclipse.e4.ui.css.swt.engine.CSSSWTEngineImpl;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.css.swt.theme.IThemeManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * The three looks of Beeld (standard, large type, high contrast) as e4's theme engine applies them
 * to the real session view, and every colour pair of their style sheets measured against WCAG:
 * at least 4.5:1 (AA) everywhere, at least 7:1 (AAA) in the high-contrast theme.
 */
class ThemesUiTest {

    private static final String STANDARD = "nl.leerkring.theme.standard";
    private static final String LARGE = "nl.leerkring.theme.large";
    private static final String CONTRAST = "org.eclipse.e4.ui.css.theme.high-contrast";
    private static final Map<String, String> SHEETS = Map.of(STANDARD, "css/leerkring.css", LARGE,
            "css/leerkring-large.css", CONTRAST, "css/leerkring-contrast.css");

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();
    private final Bundle uiBundle = FrameworkUtil.getBundle(SessionRunPart.class);

    @Test
    void largeTypeAndHighContrastCarryToTheFacilitatorsView() {
        IThemeEngine engine = own.context().get(IThemeManager.class).getEngineForDisplay(display);
        assertTrue(engine.getThemes().stream().map(ITheme::getId).toList().containsAll(SHEETS.keySet()),
                "the three looks are registered");
        // As the workbench does at start: a CSS engine that reads platform:/plugin/ (the imports).
        CSSSWTEngineImpl css = new CSSSWTEngineImpl(display, false);
        engine.registerResourceLocator(new OSGiResourceLocator("platform:/plugin/"));
        engine.addCSSEngine(css);
        PartsWindow window = new PartsWindow(own.context(), display);
        // The session view exists once a session is chosen: a running one, with its step's texts.
        SessionService sessions = own.context().get(SessionService.class);
        window.active().set(sessions.start(own.context().get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow(),
                "In elk beeld", LocalDate.now(own.context().get(java.time.Clock.class)), "Beeldgroep", List.of("Anna", "Bram")));
        ui.flush();
        try {
            Map<String, Looks> looks = new LinkedHashMap<>();
            for (String theme : List.of(STANDARD, LARGE, CONTRAST)) {
                engine.setTheme(theme, false);
                engine.applyStyles(window.shell, true);
                ui.flush();
                looks.put(theme, new Looks(window));
            }
            Looks standard = looks.get(STANDARD);
            Looks large = looks.get(LARGE);
            assertTrue(large.step >= standard.step * 1.3, "step title " + standard.step + " \u2192 " + large.step);
            assertTrue(large.prompt >= standard.prompt * 1.3, "question " + standard.prompt + " \u2192 " + large.prompt);
            assertTrue(large.instruction >= standard.instruction * 1.3,
                    "instruction " + standard.instruction + " \u2192 " + large.instruction);
            assertTrue(looks.get(CONTRAST).step >= large.step, "high contrast keeps the large type");
            for (Map.Entry<String, Looks> look : looks.entrySet()) {
                double least = CONTRAST.equals(look.getKey()) ? 7.0 : 4.5;
                look.getValue().contrasts.forEach((what, ratio) -> assertTrue(ratio >= least,
                        look.getKey() + ": " + what + " has " + String.format("%.2f", ratio) + ":1"));
            }
        } finally {
            window.close();
            engine.setTheme(STANDARD, false);
            engine.removeCSSEngine(css);
            css.dispose();
            ui.flush();
        }
    }

    @Test
    void everyColourOfEveryStyleSheetReadsAgainstItsBackground() throws IOException {
        for (Map.Entry<String, String> theme : SHEETS.entrySet()) {
            Map<String, Map<String, String>> rules = new LinkedHashMap<>();
            read(theme.getValue(), rules);
            String page = rules.getOrDefault("Shell", Map.of()).getOrDefault("background-color", "#ffffff");
            double least = CONTRAST.equals(theme.getKey()) ? 7.0 : 4.5;
            int measured = 0;
            for (Map.Entry<String, Map<String, String>> rule : rules.entrySet()) {
                String color = rule.getValue().get("color");
                if (color != null) {
                    String background = rule.getValue().getOrDefault("background-color", page);
                    double ratio = contrast(rgb(color), rgb(background));
                    assertTrue(ratio >= least, theme.getKey() + " " + rule.getKey() + ": " + color + " on " + background
                            + " is " + String.format("%.2f", ratio) + ":1");
                    measured++;
                }
            }
            assertTrue(measured >= 8, theme.getKey() + ": colours measured " + measured);
        }
    }

    /** The fonts and contrasts of the session view under one theme. */
    private static final class Looks {
        final int step;
        final int prompt;
        final int instruction;
        final Map<String, Double> contrasts = new HashMap<>();

        Looks(PartsWindow window) {
            UiDriver finder = new UiDriver(window.shell.getDisplay());
            step = height(finder.find(window.shell, "run.step", Label.class));
            prompt = height(finder.find(window.shell, "run.prompt", Label.class));
            instruction = height(finder.find(window.shell, "run.instruction", Label.class));
            for (String id : List.of("run.session", "run.step", "run.prompt", "run.instruction", "run.timer")) {
                Control label = finder.find(window.shell, id, Label.class);
                contrasts.put(id, contrast(label.getForeground(), label.getBackground()));
            }
        }

        private static int height(Control control) {
            return control.getFont().getFontData()[0].getHeight();
        }
    }

    /** A sheet's rules by selector, its imports first, later rules over earlier ones. */
    private void read(String path, Map<String, Map<String, String>> rules) throws IOException {
        String sheet;
        try (InputStream in = uiBundle.getEntry(path).openStream()) {
            sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Matcher imports = Pattern.compile("@import url\\(\"platform:/plugin/nl\\.leerkring\\.ui/([^\"]+)\"\\);").matcher(sheet);
        while (imports.find()) {
            read(imports.group(1), rules);
        }
        Matcher rule = Pattern.compile("([^{}@;]+)\\{([^}]*)\\}").matcher(sheet);
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                Map<String, String> properties = rules.computeIfAbsent(selector.strip(), s -> new HashMap<>());
                for (String declaration : rule.group(2).split(";")) {
                    String[] parts = declaration.split(":", 2);
                    if (parts.length == 2) {
                        properties.put(parts[0].strip(), parts[1].strip());
                    }
                }
            }
        }
        assertEquals(false, rules.isEmpty(), path + " has rules");
    }

    private static RGB rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    private static double contrast(Color foreground, Color background) {
        return contrast(foreground.getRGB(), background.getRGB());
    }

    /** WCAG 2's contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    private static double contrast(RGB a, RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(RGB rgb) {
        return 0.2126 * channel(rgb.red) + 0.7152 * channel(rgb.green) + 0.0722 * channel(rgb.blue);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
