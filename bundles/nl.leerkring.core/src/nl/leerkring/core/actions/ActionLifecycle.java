package nl.leerkring.core.actions;

import static nl.leerkring.model.ActionStatus.ADJUSTED;
import static nl.leerkring.model.ActionStatus.CANCELLED;
import static nl.leerkring.model.ActionStatus.CARRIED_OVER;
import static nl.leerkring.model.ActionStatus.CLOSED;
import static nl.leerkring.model.ActionStatus.DONE;
import static nl.leerkring.model.ActionStatus.IN_PROGRESS;
import static nl.leerkring.model.ActionStatus.NOT_CARRIED_OUT;
import static nl.leerkring.model.ActionStatus.OPEN;
import static nl.leerkring.model.ActionStatus.PROPOSED;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.internal.Messages;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.StatusChange;

/**
 * The rules of an action's life (seed digest 4.3): which status may follow which, what each change
 * needs, and when an action is overdue. "Today" comes from the clock, so tests can fix it.
 */
public final class ActionLifecycle {

    /** The longest outcome, learning or note accepted. */
    public static final int MAX_TEXT = 4000;

    private static final Map<ActionStatus, Set<ActionStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(OPEN, CANCELLED),
            OPEN, EnumSet.of(IN_PROGRESS, DONE, NOT_CARRIED_OUT, CARRIED_OVER, CANCELLED),
            IN_PROGRESS, EnumSet.of(DONE, NOT_CARRIED_OUT, CARRIED_OVER, CANCELLED),
            CARRIED_OVER, EnumSet.of(IN_PROGRESS, DONE, NOT_CARRIED_OUT, CARRIED_OVER, CANCELLED),
            // Done awaits the group's review; the owner may also find it was not finished after all.
            DONE, EnumSet.of(CLOSED, ADJUSTED, IN_PROGRESS),
            // Not carried out by the date, it may still be done after all, or carried over or dropped.
            NOT_CARRIED_OUT, EnumSet.of(DONE, CARRIED_OVER, CANCELLED),
            CLOSED, EnumSet.noneOf(ActionStatus.class),
            ADJUSTED, EnumSet.noneOf(ActionStatus.class),
            CANCELLED, EnumSet.noneOf(ActionStatus.class));

    private final Clock clock;

    public ActionLifecycle(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Open until closed, adjusted (a follow-on action took over) or cancelled: the group still follows it up. */
    public static boolean isOpen(ActionStatus status) {
        return status != CLOSED && status != ADJUSTED && status != CANCELLED;
    }

    /** Closed or adjusted: the review that made this change completed the action (where a series counts it). */
    public static boolean completes(ActionStatus status) {
        return status == CLOSED || status == ADJUSTED;
    }

    /** Still to be carried out: open and not yet reported done. */
    public static boolean isPending(ActionStatus status) {
        return isOpen(status) && status != DONE;
    }

    /** The statuses an action may move to from this one. */
    public static Set<ActionStatus> next(ActionStatus from) {
        Set<ActionStatus> allowed = NEXT.get(from);
        return allowed.isEmpty() ? EnumSet.noneOf(ActionStatus.class) : EnumSet.copyOf(allowed);
    }

    /** Past its due date and not carried out yet; an action due "next session" is never overdue by date. */
    public boolean isOverdue(Action action) {
        return isPending(action.getStatus()) && action.getDueDate() != null && action.getDueDate().isBefore(today());
    }

    /** Due from today up to and including this week's Sunday, and not carried out yet. */
    public boolean isDueThisWeek(Action action) {
        LocalDate today = today();
        LocalDate due = action.getDueDate();
        return isPending(action.getStatus()) && due != null && !due.isBefore(today)
                && !due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    }

    /**
     * Checks the change against the rules and makes it on the action, history included.
     *
     * @return the history entry added
     * @throws InputRejectedException with a message for the user when the rules refuse the change
     */
    public StatusChange apply(Action action, ActionStatus to, ActionUpdate update) {
        ActionStatus from = action.getStatus();
        if (!NEXT.get(from).contains(to)) {
            Set<ActionStatus> allowed = NEXT.get(from);
            throw new InputRejectedException(NLS.bind(allowed.isEmpty() ? Messages.Action_Final : Messages.Action_NotAllowed,
                    new Object[] { label(from), label(to),
                            allowed.stream().map(ActionLifecycle::label).collect(Collectors.joining(", ")) }));
        }
        String reasonText = clean(update.reasonText());
        String historyReason = reasonText;
        switch (to) {
            case DONE -> {
                action.setOutcome(required(update.outcome(), Messages.Action_NeedsOutcome));
                action.setLearning(clean(update.learning()));
            }
            case CLOSED, ADJUSTED -> {
                if (clean(update.outcome()) != null) {
                    action.setOutcome(clean(update.outcome()));
                }
                if (clean(update.learning()) != null) {
                    action.setLearning(clean(update.learning()));
                }
                if (action.getOutcome() == null) {
                    throw new InputRejectedException(Messages.Action_NeedsOutcome);
                }
            }
            case NOT_CARRIED_OUT -> {
                if (update.reason() == null || update.reason() == ActionReason.NONE) {
                    throw new InputRejectedException(Messages.Action_NeedsReason);
                }
                action.setReason(update.reason());
                historyReason = join(label(update.reason()), reasonText);
            }
            case CANCELLED -> {
                boolean coded = update.reason() != null && update.reason() != ActionReason.NONE;
                if (!coded && reasonText == null) {
                    throw new InputRejectedException(Messages.Action_NeedsDropReason);
                }
                if (coded) {
                    action.setReason(update.reason());
                }
                historyReason = join(coded ? label(update.reason()) : null, reasonText);
            }
            case CARRIED_OVER -> {
                LocalDate due = update.newDueDate();
                if (due != null && due.isBefore(today())) {
                    throw new InputRejectedException(NLS.bind(Messages.Action_DueInPast, due));
                }
                action.setDueDate(due);
                // A review that corrects its own "continue" answer carries the action over once, not twice.
                if (!carriedOverIn(action, update.sessionId())) {
                    action.setCarryOverCount(action.getCarryOverCount() + 1);
                }
                historyReason = join(due == null ? Messages.Action_DueNextSession
                        : NLS.bind(Messages.Action_NewDue, due), reasonText);
            }
            default -> {
                // Open and in progress need nothing more than who made the change.
            }
        }
        action.setStatus(to);
        return record(action, from, to, update, historyReason);
    }

    /** The group's review looked at the action and leaves it for next time: history only, no new status. */
    public StatusChange defer(Action action, ActionUpdate update) {
        if (!isOpen(action.getStatus())) {
            throw new InputRejectedException(NLS.bind(Messages.Action_Final,
                    new Object[] { label(action.getStatus()), label(action.getStatus()), "" }));
        }
        return record(action, action.getStatus(), action.getStatus(), update,
                join(Messages.Action_Deferred, clean(update.reasonText())));
    }

    private static boolean carriedOverIn(Action action, String sessionId) {
        if (sessionId == null || action.getHistory().isEmpty()) {
            return false;
        }
        StatusChange last = action.getHistory().get(action.getHistory().size() - 1);
        return last.getTo() == CARRIED_OVER && sessionId.equals(last.getSessionId());
    }

    private StatusChange record(Action action, ActionStatus from, ActionStatus to, ActionUpdate update, String reason) {
        StatusChange change = LeerkringFactory.eINSTANCE.createStatusChange();
        change.setAt(clock.instant());
        String by = clean(update.by());
        change.setBy(by == null ? action.getOwner() : by);
        change.setFrom(from);
        change.setTo(to);
        change.setReason(reason);
        change.setSessionId(update.sessionId());
        action.getHistory().add(change);
        return change;
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ": " + second;
    }

    private static String required(String text, String messageWhenEmpty) {
        String clean = clean(text);
        if (clean == null) {
            throw new InputRejectedException(messageWhenEmpty);
        }
        return clean;
    }

    /** Stripped text, or null when empty; too long a text is refused rather than cut. */
    public static String clean(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_TEXT) {
            throw new InputRejectedException(NLS.bind(Messages.Rejected_TooLong, clean.length(), MAX_TEXT));
        }
        return clean.isEmpty() ? null : clean;
    }

    /** The status as the user reads it, e.g. "In uitvoering". */
    public static String label(ActionStatus status) {
        return switch (status) {
        case PROPOSED -> Messages.Status_PROPOSED;
        case OPEN -> Messages.Status_OPEN;
        case IN_PROGRESS -> Messages.Status_IN_PROGRESS;
        case DONE -> Messages.Status_DONE;
        case CLOSED -> Messages.Status_CLOSED;
        case ADJUSTED -> Messages.Status_ADJUSTED;
        case NOT_CARRIED_OUT -> Messages.Status_NOT_CARRIED_OUT;
        case CARRIED_OVER -> Messages.Status_CARRIED_OVER;
        case CANCELLED -> Messages.Status_CANCELLED;
        };
    }

    /** The reason as the user reads it, e.g. "Geen tijd / werkdruk". */
    public static String label(ActionReason reason) {
        return switch (reason) {
        case NONE -> Messages.Reason_NONE;
        case NO_TIME -> Messages.Reason_NO_TIME;
        case NO_ROOM -> Messages.Reason_NO_ROOM;
        case LACKING_SKILL -> Messages.Reason_LACKING_SKILL;
        case NOT_URGENT -> Messages.Reason_NOT_URGENT;
        case NOT_APPLICABLE -> Messages.Reason_NOT_APPLICABLE;
        case SITUATION_CHANGED -> Messages.Reason_SITUATION_CHANGED;
        };
    }
}
