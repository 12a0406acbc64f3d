package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.actions.ActionLifecycle;
import nl.leerkring.core.actions.ActionUpdate;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.StatusChange;

/** The lifecycle rules on their own: transitions, what each needs, history, and overdue from a fixed clock. */
class ActionLifecycleTest {

    /** A Wednesday. */
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, AMSTERDAM);

    private final ActionLifecycle lifecycle = new ActionLifecycle(Clock.fixed(NOW, AMSTERDAM));
    private Action action;

    @BeforeEach
    void setUp() {
        action = LeerkringFactory.eINSTANCE.createAction();
        action.setId("a1");
        action.setText("Huisbezoek samen met de school voorbereiden");
        action.setOwner("Anna");
        action.setStatus(ActionStatus.OPEN);
        action.setDueDate(TODAY.plusDays(7));
    }

    @Test
    void aWholeLifeIsKeptAsHistory() {
        lifecycle.apply(action, ActionStatus.IN_PROGRESS, ActionUpdate.by("Anna"));
        lifecycle.apply(action, ActionStatus.DONE, ActionUpdate.by("Anna").outcome("Ouders kwamen mee", "Eerst bellen"));
        lifecycle.apply(action, ActionStatus.CLOSED, ActionUpdate.by("Anna").inSession("s2"));

        assertEquals(ActionStatus.CLOSED, action.getStatus());
        assertEquals("Ouders kwamen mee", action.getOutcome());
        assertEquals("Eerst bellen", action.getLearning());
        assertEquals(3, action.getHistory().size());
        StatusChange first = action.getHistory().get(0);
        assertEquals(ActionStatus.OPEN, first.getFrom());
        assertEquals(ActionStatus.IN_PROGRESS, first.getTo());
        assertEquals("Anna", first.getBy());
        assertEquals(NOW, first.getAt());
        assertNull(first.getSessionId());
        assertEquals("s2", action.getHistory().get(2).getSessionId());
    }

    @Test
    void anIllegalTransitionIsRefusedWithTheStatusesAndChangesNothing() {
        InputRejectedException refused = assertThrows(InputRejectedException.class,
                () -> lifecycle.apply(action, ActionStatus.CLOSED, ActionUpdate.by("Anna").outcome("x", "y")));
        assertTrue(refused.getMessage().contains("\u2018Open\u2019"), refused.getMessage());
        assertTrue(refused.getMessage().contains("\u2018Afgerond\u2019"), refused.getMessage());
        assertTrue(refused.getMessage().contains("In uitvoering"), refused.getMessage());
        assertEquals(ActionStatus.OPEN, action.getStatus());
        assertNull(action.getOutcome());
        assertTrue(action.getHistory().isEmpty());
    }

    @Test
    void finishedActionsDoNotChangeAnyMore() {
        lifecycle.apply(action, ActionStatus.CANCELLED, ActionUpdate.by("Anna").reason(ActionReason.SITUATION_CHANGED, null));
        for (ActionStatus to : ActionStatus.values()) {
            InputRejectedException refused = assertThrows(InputRejectedException.class,
                    () -> lifecycle.apply(action, to, ActionUpdate.by("Anna").outcome("x", null)));
            assertTrue(refused.getMessage().contains("afgesloten"), refused.getMessage());
        }
        assertEquals("Situatie veranderd", action.getHistory().get(0).getReason());
        assertEquals(ActionReason.SITUATION_CHANGED, action.getReason());
    }

    @Test
    void doneNeedsAnOutcomeAndNotCarriedOutNeedsAReason() {
        InputRejectedException noOutcome = assertThrows(InputRejectedException.class,
                () -> lifecycle.apply(action, ActionStatus.DONE, ActionUpdate.by("Anna").outcome("  ", "geleerd")));
        assertTrue(noOutcome.getMessage().contains("opgeleverd"), noOutcome.getMessage());
        InputRejectedException noReason = assertThrows(InputRejectedException.class,
                () -> lifecycle.apply(action, ActionStatus.NOT_CARRIED_OUT, ActionUpdate.by("Anna")));
        assertTrue(noReason.getMessage().contains("niet is uitgevoerd"), noReason.getMessage());
        assertThrows(InputRejectedException.class, () -> lifecycle.apply(action, ActionStatus.CANCELLED, ActionUpdate.by("Anna")));
        assertEquals(ActionStatus.OPEN, action.getStatus());
        assertTrue(action.getHistory().isEmpty());

        lifecycle.apply(action, ActionStatus.NOT_CARRIED_OUT, ActionUpdate.by("Anna").reason(ActionReason.NO_TIME, "drukke weken"));
        assertEquals("Geen tijd / werkdruk: drukke weken", action.getHistory().get(0).getReason());
    }

    @Test
    void carryingOverCountsAndNeedsAFutureDate() {
        lifecycle.apply(action, ActionStatus.NOT_CARRIED_OUT, ActionUpdate.by("Anna").reason(ActionReason.NO_TIME, null));
        assertThrows(InputRejectedException.class,
                () -> lifecycle.apply(action, ActionStatus.CARRIED_OVER, ActionUpdate.by("Anna").due(TODAY.minusDays(1))));
        lifecycle.apply(action, ActionStatus.CARRIED_OVER, ActionUpdate.by("Anna").due(TODAY.plusDays(14)));
        lifecycle.apply(action, ActionStatus.CARRIED_OVER, ActionUpdate.by("Anna").due(null));
        lifecycle.apply(action, ActionStatus.CARRIED_OVER, ActionUpdate.by("Anna").due(TODAY));
        assertEquals(3, action.getCarryOverCount());
        assertEquals(TODAY, action.getDueDate());
        assertEquals("Naar de volgende bijeenkomst", action.getHistory().get(2).getReason());
    }

    @Test
    void overdueIsDerivedFromTheDueDateAndTheClock() {
        action.setDueDate(TODAY.minusDays(1));
        assertTrue(lifecycle.isOverdue(action));
        assertFalse(lifecycle.isDueThisWeek(action));
        action.setDueDate(TODAY);
        assertFalse(lifecycle.isOverdue(action));
        assertTrue(lifecycle.isDueThisWeek(action));
        action.setDueDate(TODAY.plusDays(4)); // Sunday
        assertTrue(lifecycle.isDueThisWeek(action));
        action.setDueDate(TODAY.plusDays(5)); // next Monday
        assertFalse(lifecycle.isDueThisWeek(action));
        action.setDueDate(null); // "next session"
        assertFalse(lifecycle.isOverdue(action));

        action.setDueDate(TODAY.minusDays(3));
        lifecycle.apply(action, ActionStatus.DONE, ActionUpdate.by("Anna").outcome("Gedaan", null));
        assertFalse(lifecycle.isOverdue(action), "a done action awaits the review and is not overdue");
        ActionLifecycle aWeekEarlier = new ActionLifecycle(Clock.fixed(NOW.minusSeconds(7 * 86_400), AMSTERDAM));
        action.setStatus(ActionStatus.OPEN);
        assertFalse(aWeekEarlier.isOverdue(action));
    }

    @Test
    void aDeferralKeepsTheStatusAndIsOnRecord() {
        lifecycle.defer(action, ActionUpdate.by("Anna").inSession("s2"));
        assertEquals(ActionStatus.OPEN, action.getStatus());
        StatusChange deferral = action.getHistory().get(0);
        assertEquals(deferral.getFrom(), deferral.getTo());
        assertEquals("Later bespreken", deferral.getReason());
        assertEquals("s2", deferral.getSessionId());
    }

    @Test
    void notCarriedOutCanStillBeDoneAndAReviewCarriesOverOnce() {
        lifecycle.apply(action, ActionStatus.NOT_CARRIED_OUT, ActionUpdate.by("Anna").reason(ActionReason.NO_TIME, null));
        Action other = org.eclipse.emf.ecore.util.EcoreUtil.copy(action);
        lifecycle.apply(other, ActionStatus.DONE, ActionUpdate.by("Anna").outcome("Toch gelukt", null));
        assertEquals(ActionStatus.DONE, other.getStatus());

        lifecycle.apply(action, ActionStatus.CARRIED_OVER, ActionUpdate.by("Anna").due(TODAY.plusDays(7)).inSession("s2"));
        lifecycle.apply(action, ActionStatus.CARRIED_OVER, ActionUpdate.by("Anna").due(TODAY.plusDays(14)).inSession("s2"));
        assertEquals(1, action.getCarryOverCount(), "a corrected answer in the same review");
        lifecycle.apply(action, ActionStatus.CARRIED_OVER, ActionUpdate.by("Anna").due(TODAY.plusDays(21)).inSession("s3"));
        assertEquals(2, action.getCarryOverCount());
    }
}
