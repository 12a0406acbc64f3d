package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import nl.leerkring.ui.UnsavedDrafts;

/**
 * Ctrl+Q (and the window's close button) with a designer draft unsaved asks first: cancel keeps
 * Leerkring open, don't save lets it close, save saves and then closes. Nothing unsaved: no question.
 */
class UnsavedDraftsUiTest {

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);

    @Test
    void closingWithAnUnsavedDraftAsksToSaveDiscardOrCancel() {
        Shell shell = new Shell(display);
        shell.open();
        try {
            MPart designer = MBasicFactory.INSTANCE.createPart();
            designer.setLabel("Ontwerpen");
            AtomicInteger saved = new AtomicInteger();

            assertTrue(UnsavedDrafts.mayClose(shell, List.of(), part -> false), "nothing unsaved: close without asking");

            designer.setDirty(true);
            assertFalse(answer(shell, designer, saved, UnsavedDrafts.CANCEL), "cancel keeps Leerkring open");
            assertEquals(0, saved.get());
            assertTrue(answer(shell, designer, saved, UnsavedDrafts.DISCARD), "don't save lets it close");
            assertEquals(0, saved.get());
            assertTrue(answer(shell, designer, saved, UnsavedDrafts.SAVE), "save, then close");
            assertEquals(1, saved.get());
            assertFalse(designer.isDirty());
        } finally {
            shell.dispose();
        }
    }

    /** Asks as Ctrl+Q does and presses one of the question's buttons; returns whether Leerkring may close. */
    private boolean answer(Shell shell, MPart dirty, AtomicInteger saved, String button) {
        AtomicBoolean mayClose = new AtomicBoolean();
        ui.withDialog(MessageDialog.class, () -> mayClose.set(UnsavedDrafts.mayClose(shell, List.of(dirty), part -> {
            saved.incrementAndGet();
            part.setDirty(false);
            return true;
        })), question -> {
            assertTrue(question.getShell().getChildren().length > 0);
            String text = ((MessageDialog) question).getShell().getText();
            assertEquals("Leerkring afsluiten", text);
            ui.click(ui.find(question.getShell(), button, Button.class));
        });
        return mayClose.get();
    }
}
