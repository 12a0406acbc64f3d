package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

import nl.leerkring.core.edit.DesignCommandStack;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Step;

/** The designer's undo: a number clicked up or down in one go is one step; everything else one step each. */
class DesignCommandStackTest {

    private static final LeerkringPackage L = LeerkringPackage.eINSTANCE;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final DesignCommandStack stack = new DesignCommandStack(clock);
    private final EditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), stack);
    private final Step step = LeerkringFactory.eINSTANCE.createStep();

    DesignCommandStackTest() {
        step.setTimeboxMinutes(10);
    }

    private void timebox(int minutes) {
        stack.execute(SetCommand.create(domain, step, L.getStep_TimeboxMinutes(), minutes));
        clock.advance(Duration.ofMillis(200));
    }

    @Test
    void clicksOnANumberInOneGoAreOneStep() {
        timebox(11);
        timebox(12);
        timebox(13);
        assertEquals(13, step.getTimeboxMinutes());
        stack.undo();
        assertEquals(10, step.getTimeboxMinutes(), "one undo takes back the three clicks");
        assertFalse(stack.canUndo());
        stack.redo();
        assertEquals(13, step.getTimeboxMinutes(), "and one redo gives them back");
    }

    @Test
    void aPauseAnUndoOrASaveStartsANewStep() {
        timebox(11);
        clock.advance(Duration.ofSeconds(2));
        timebox(12);
        stack.undo();
        assertEquals(11, step.getTimeboxMinutes(), "after a pause: a step of its own");

        timebox(15);
        stack.undo();
        assertEquals(11, step.getTimeboxMinutes(), "after an undo: a step of its own");

        ((BasicCommandStack) stack).saveIsDone();
        timebox(16);
        assertTrue(stack.isSaveNeeded());
        stack.undo();
        assertEquals(11, step.getTimeboxMinutes(), "after a save: a step of its own");
        assertFalse(stack.isSaveNeeded(), "back at what was saved");
    }

    @Test
    void otherChangesStayOneStepEach() {
        stack.execute(SetCommand.create(domain, step, L.getStep_Subgroups(), true));
        stack.execute(SetCommand.create(domain, step, L.getStep_Subgroups(), false));
        timebox(11);
        stack.undo();
        assertEquals(10, step.getTimeboxMinutes());
        stack.undo();
        assertTrue(step.isSubgroups(), "a check box clicked twice is two steps");
        stack.undo();
        assertFalse(step.isSubgroups());
        assertFalse(stack.canUndo());
    }
}
