package nl.leerkring.core.actions;

import java.time.LocalDate;

import nl.leerkring.model.ActionReason;

/**
 * What comes with a status change: who makes it and, depending on the new status, the outcome and
 * learning (done), a reason (not carried out, cancelled) or a new due date (carried over; null means
 * "next session").
 *
 * @param sessionId the session whose review makes the change, or null when the owner makes it
 */
public record ActionUpdate(String by, String outcome, String learning, ActionReason reason, String reasonText,
        LocalDate newDueDate, String sessionId) {

    public static ActionUpdate by(String who) {
        return new ActionUpdate(who, null, null, ActionReason.NONE, null, null, null);
    }

    public ActionUpdate outcome(String whatItBrought, String whatWasLearned) {
        return new ActionUpdate(by, whatItBrought, whatWasLearned, reason, reasonText, newDueDate, sessionId);
    }

    public ActionUpdate reason(ActionReason code, String text) {
        return new ActionUpdate(by, outcome, learning, code == null ? ActionReason.NONE : code, text, newDueDate,
                sessionId);
    }

    public ActionUpdate due(LocalDate date) {
        return new ActionUpdate(by, outcome, learning, reason, reasonText, date, sessionId);
    }

    public ActionUpdate inSession(String id) {
        return new ActionUpdate(by, outcome, learning, reason, reasonText, newDueDate, id);
    }
}
