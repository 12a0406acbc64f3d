package nl.leerkring.core.actions;

import java.time.LocalDate;

import nl.leerkring.model.Action;

/**
 * An action together with the session it was made in, as the owner's view and the group's review
 * show it. The action is not contained in a loaded session.
 */
public record ActionRecord(Action action, String sessionId, String sessionTitle, String group, LocalDate sessionDate) {
}
