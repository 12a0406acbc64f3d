package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.FrameworkUtil;

import nl.leerkring.core.SessionStore;
import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.ui.dialogs.NewSessionDialog;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * A facilitator without a mouse: a whole actieleren session, from "Nieuwe sessie" to "Sessie
 * afronden", with real key presses only (typing, Enter, Tab and the underlined letters). Along the
 * way no two controls of the window answer to the same Alt+letter, menu bar included, or the
 * letter would only move the focus between them; and every field has a name a screen reader can
 * say.
 */
class KeyboardOnlyUiTest {

    private static final int SECONDS = 10;

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    private final Keyboard keys = new Keyboard(display, ui);
    /** A data folder of this test's own, with the real services on it. */
    @RegisterExtension
    final OwnDataExtension own = new OwnDataExtension();

    private PartsWindow window;
    private Shell shell;
    private SessionRunPart run;

    @BeforeEach
    void open() {
        window = new PartsWindow(own.context(), display);
        shell = window.shell;
        run = window.run;
    }

    @AfterEach
    void close() {
        window.close();
        ui.flush();
    }

    @Test
    void aWholeActieLerenSessionRunsWithTheKeyboardAlone() throws IOException {
        keys.activate(shell);
        Session before = run.session();

        java.util.concurrent.atomic.AtomicBoolean filledIn = new java.util.concurrent.atomic.AtomicBoolean();
        ui.withDialog(NewSessionDialog.class, () -> {
            keys.alt('n');
            ui.until(filledIn::get, 60, "the new session dialog filled in");
        }, dialog -> {
            try {
                fillIn(dialog);
            } finally {
                filledIn.set(true);
            }
        });
        ui.until(() -> run.session() != null && run.session() != before, SECONDS, "the new session on screen");
        keys.activate(shell);
        Session session = run.session();
        assertNotSame(before, session);
        assertEquals("Wijkteam Zuid toetsenbord", session.getTitle());

        // Step 1: the case and Enter; the case is all the step may hold, so the keyboard moves on.
        assertEquals("Stap 1 van 5 \u2014 Casus en ontwikkelingsvraag", ui.text(shell, "run.step"));
        noMnemonicTwice(shell, menuBarMnemonics());
        Text caseText = ui.find(shell, "capture.casus.text", Text.class);
        keys.awaitFocus(caseText, "the case field");
        enter("Moeder van drie kinderen vraagt hulp bij de schoolgang van haar zoon", "casus");
        Text question = ui.find(shell, "capture.ontwikkelingsvraag.text", Text.class);
        keys.awaitFocus(question, "the learning question, next");
        enter("Hoe blijf ik naast het gezin staan", "ontwikkelingsvraag");
        nextStep("Stap 2 van 5 \u2014 Open vragen");

        // Step 2 and 3: type, Enter, type, Enter.
        keys.awaitFocus(ui.find(shell, "capture.open-vraag.text", Text.class), "the question field");
        enter("Wat zegt de zoon er zelf over", "open-vraag");
        enter("Wie in het netwerk helpt al mee", "open-vraag");
        nextStep("Stap 3 van 5 \u2014 Richtingen, idee\u00ebn en tips");
        keys.awaitFocus(ui.find(shell, "capture.idee.text", Text.class), "the idea field");
        enter("Samen met school en moeder een gesprek voeren", "idee");
        nextStep("Stap 4 van 5 \u2014 De actie-eigenaar bepalen");

        // Step 4: the action, Tab to its owner, Enter there adds it with the proposed date.
        Text action = ui.find(shell, "capture.actie.text", Text.class);
        keys.awaitFocus(action, "the action field");
        keys.type("Gesprek met school plannen");
        keys.press(SWT.TAB);
        Combo owner = ui.find(shell, "capture.actie.owner", Combo.class);
        ui.until(() -> owner.isFocusControl(), SECONDS, "Tab to the owner");
        keys.type("Anna");
        ui.until(() -> owner.getText().equals("Anna"), SECONDS, "the owner typed");
        keys.press(SWT.CR);
        ui.until(() -> ui.column(shell, "capture.actie.table", 0).size() == 1, SECONDS, "the action added");
        assertEquals(List.of("Anna"), ui.column(shell, "capture.actie.table", 1));
        nextStep("Stap 5 van 5 \u2014 Actie ondernemen");
        assertEquals(List.of("Gesprek met school plannen"), ui.column(shell, "run.actions", 0));

        // Closing: Alt+F asks, Enter confirms.
        noMnemonicTwice(shell, menuBarMnemonics());
        enterInNextMessage();
        keys.alt('f');
        ui.until(() -> session.getStatus() == SessionStatus.DONE, SECONDS, "the session closed");

        Session stored = own.context().get(SessionStore.class).loadSession(session.getId()).orElseThrow();
        assertEquals(SessionStatus.DONE, stored.getStatus());
        assertEquals(List.of("Moeder van drie kinderen vraagt hulp bij de schoolgang van haar zoon",
                "Hoe blijf ik naast het gezin staan", "Wat zegt de zoon er zelf over", "Wie in het netwerk helpt al mee",
                "Samen met school en moeder een gesprek voeren", "Gesprek met school plannen"),
                stored.getItems().stream().map(Item::getText).toList());
        Action agreed = (Action) stored.getItems().get(5);
        assertEquals("Anna", agreed.getOwner());
        assertNotNull(agreed.getDueDate(), "the proposed date kept");
    }

    /** The new session dialog by keys: the title, Alt+Z to search the method, Alt+D for who is there, Alt+B. */
    private void fillIn(NewSessionDialog dialog) {
        Shell form = dialog.getShell();
        keys.activate(form);
        noMnemonicTwice(form, List.of());
        Text title = ui.find(form, "newSession.title", Text.class);
        keys.awaitFocus(title, "the title");
        keys.type("Wijkteam Zuid toetsenbord");
        ui.until(() -> title.getText().equals("Wijkteam Zuid toetsenbord"), SECONDS, "the title typed");
        keys.alt('z');
        keys.awaitFocus(ui.find(form, "newSession.search", Text.class), "the search field");
        keys.type("actieleren");
        Combo protocol = ui.find(form, "newSession.protocol", Combo.class);
        ui.until(() -> protocol.getText().equals("Actieleren"), SECONDS, "actieleren chosen by its name");
        Text participants = ui.find(form, "newSession.participants", Text.class);
        keys.alt('d');
        keys.awaitFocus(participants, "the participants");
        keys.type("Anna");
        keys.press(SWT.CR);
        keys.type("Bram");
        ui.until(() -> participants.getText().equals("Anna\nBram"), SECONDS, "two participants, one a line");
        keys.alt('b');
        ui.until(form::isDisposed, SECONDS, "the dialog closed by Alt+B");
    }

    /** Types into the focused entry field and presses Enter; the kind's table gets the item. */
    private void enter(String text, String kind) {
        int count = ui.column(shell, "capture." + kind + ".table", 0).size();
        Text field = ui.find(shell, "capture." + kind + ".text", Text.class);
        keys.type(text);
        ui.until(() -> field.getText().equals(text), SECONDS, "typed: " + text);
        keys.press(SWT.CR);
        ui.until(() -> ui.column(shell, "capture." + kind + ".table", 0).size() == count + 1, SECONDS,
                "Enter adds: " + text);
        assertEquals("", field.getText(), "the field is empty for the next");
    }

    /** Presses Enter in the next message box as soon as it shows: its default answer. */
    private void enterInNextMessage() {
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell open : display.getShells()) {
                    if (open.getData() instanceof org.eclipse.jface.dialogs.MessageDialog && open.isVisible()) {
                        keys.activate(open);
                        keys.press(SWT.CR);
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        });
    }

    /** Alt+V, the underlined letter of "Volgende stap". */
    private void nextStep(String expected) {
        assertEquals(List.of(), UiDriver.unnamed(shell), "fields a screen reader cannot name");
        keys.alt('v');
        ui.until(() -> ui.text(shell, "run.step").equals(expected), SECONDS, expected);
    }

    /** The Alt+letters of the main menu, which the window's own controls must leave free. */
    private static List<Character> menuBarMnemonics() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = FrameworkUtil.getBundle(SessionRunPart.class).getEntry("OSGI-INF/l10n/bundle.properties")
                .openStream()) {
            texts.load(in);
        }
        List<Character> letters = new ArrayList<>();
        texts.stringPropertyNames().stream().filter(key -> key.startsWith("menu.")).map(texts::getProperty)
                .map(KeyboardOnlyUiTest::mnemonic).filter(c -> c != null).forEach(letters::add);
        assertTrue(letters.size() >= 3, "the menus have their letters: " + letters);
        return letters;
    }

    private static void noMnemonicTwice(Composite root, List<Character> taken) {
        List<Character> seen = new ArrayList<>(taken);
        List<String> owners = new ArrayList<>();
        taken.forEach(c -> owners.add("menu"));
        collect(root, seen, owners);
        for (int i = 0; i < seen.size(); i++) {
            int first = seen.indexOf(seen.get(i));
            assertEquals(first, i, "Alt+" + seen.get(i) + " is both \u2018" + owners.get(first) + "\u2019 and \u2018"
                    + owners.get(i) + "\u2019");
        }
    }

    private static void collect(Composite parent, List<Character> seen, List<String> owners) {
        for (Control child : parent.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            String text = child instanceof Button button ? button.getText()
                    : child instanceof Label label ? label.getText() : child instanceof Group group ? group.getText() : null;
            Character letter = text == null ? null : mnemonic(text);
            if (letter != null) {
                seen.add(letter);
                owners.add(text);
            }
            if (child instanceof Composite nested && !(child instanceof Table)) {
                collect(nested, seen, owners);
            }
        }
    }

    /** The letter after a single '&', lower case; null without one. */
    private static Character mnemonic(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '&') {
                if (text.charAt(i + 1) != '&') {
                    return Character.toLowerCase(text.charAt(i + 1));
                }
                i++;
            }
        }
        return null;
    }
}
