package nl.leerkring.core.actions;

import java.util.ArrayList;
import java.util.List;

import nl.leerkring.core.LocalizedTexts;
import nl.leerkring.core.CaseRounds;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.ValueRound;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;

/**
 * The review (terugblik) a session begins with when its protocol declares a follow-up review and the
 * group has open actions from earlier sessions: one step before the protocol's own, which lists those
 * actions and is complete only when each has an answer.
 */
public final class ActionReview {

    /** The review step's id; the validator refuses it as the id of a protocol's own step. */
    public static final String STEP_ID = "leerkring-terugblik";

    /** One review step per timebox a protocol gives it (15 minutes unless the method says otherwise). */
    private static final java.util.Map<Integer, Step> STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    private ActionReview() {
    }

    /**
     * The steps of the session in the order they are run: the review if it has one, then the
     * protocol's (its per-case steps once per case), then the closing round if the session has it.
     */
    public static List<Step> steps(Session session) {
        List<Step> protocolSteps = CaseRounds.expand(session);
        if (!session.isActionReview()) {
            return ValueRound.after(session, protocolSteps);
        }
        List<Step> steps = new ArrayList<>(protocolSteps.size() + 1);
        steps.add(STEPS.computeIfAbsent(session.getProtocol().getReviewMinutes(), ActionReview::createStep));
        steps.addAll(protocolSteps);
        return ValueRound.after(session, steps);
    }

    /** Whether the step is the review; no protocol's own step has its id (the validator sees to that). */
    public static boolean isReview(Step step) {
        return step != null && STEP_ID.equals(step.getId()) && STEPS.containsValue(step);
    }

    /**
     * The actions the session's review lists: those of the group's earlier sessions that are still open,
     * and those this review already answered.
     */
    public static List<ActionRecord> listed(Session session, List<ActionRecord> groupActions) {
        if (!session.isActionReview()) {
            return List.of();
        }
        return groupActions.stream().filter(r -> fromBefore(r, session))
                .filter(r -> ActionLifecycle.isOpen(r.action().getStatus()) || answered(r, session))
                .toList();
    }

    /** The listed actions this review has not answered yet: until there are none, the group stays in the review. */
    public static List<ActionRecord> unanswered(List<ActionRecord> listed, Session session) {
        return listed.stream().filter(r -> !answered(r, session)).toList();
    }

    /** Whether the group has actions a new session of it would review. */
    public static boolean hasOpen(Session session, List<ActionRecord> groupActions) {
        return groupActions.stream().anyMatch(r -> fromBefore(r, session) && ActionLifecycle.isOpen(r.action().getStatus()));
    }

    /** Made in another session of the group, held no later than this one. */
    private static boolean fromBefore(ActionRecord record, Session session) {
        return !record.sessionId().equals(session.getId()) && earlier(record, session);
    }

    /** Whether this session's review gave the action an answer (a change or an explicit deferral). */
    public static boolean answered(ActionRecord record, Session session) {
        return record.action().getHistory().stream().anyMatch(c -> session.getId().equals(c.getSessionId()));
    }

    private static boolean earlier(ActionRecord record, Session session) {
        return record.sessionDate() == null || session.getDate() == null
                || !record.sessionDate().isAfter(session.getDate());
    }

    private static Step createStep(int minutes) {
        LocalizedTexts texts = new LocalizedTexts(ActionReview.class, "review");
        Step step = texts.ownStep(STEP_ID, "phase", minutes);
        step.getTips().add(texts.get("tip"));
        return step;
    }
}
