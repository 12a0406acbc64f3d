package nl.leerkring.core.tests;

import java.util.function.Predicate;

import nl.leerkring.core.SessionService;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;

/** Takes a session on by recording, in each step, the least it asks for, as a hurried facilitator would. */
final class Fill {

    private Fill() {
    }

    /** Fills and goes on until the step {@code stop} accepts is reached, or the last step. */
    static void until(SessionService sessions, Session session, Predicate<Step> stop, String who) {
        while (!stop.test(sessions.currentStep(session)) && sessions.hasNext(session)) {
            for (Capture capture : sessions.currentStep(session).getCaptures()) {
                for (int n = 0; n < capture.getMin(); n++) {
                    if (capture.getKind().isAction()) {
                        sessions.addAction(session, capture.getKind().getId(), "Afgesproken " + n, who, null);
                    } else {
                        sessions.addItem(session, capture.getKind().getId(), "Genoteerd " + n, who);
                    }
                }
            }
            sessions.next(session);
        }
    }
}
