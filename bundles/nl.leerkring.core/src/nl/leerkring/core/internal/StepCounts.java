package nl.leerkring.core.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.Action;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Item;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;

/** What a step has recorded against what it asks for: per kind, and per participant where counts are theirs. */
final class StepCounts {

    private StepCounts() {
    }

    /** What the step still needs before the group moves on, e.g. "‘Casus’ (nog 1)"; empty when complete. */
    static String missing(Session session, Step step) {
        List<String> missing = new java.util.ArrayList<>();
        for (Capture capture : step.getCaptures()) {
            String kindName = Protocols.text(capture.getKind().getName());
            if (perParticipant(session, capture)) {
                String who = Attendance.present(session).stream().map(Participant::getName)
                        .filter(name -> recorded(session, step, capture, name) < capture.getMin())
                        .collect(Collectors.joining(", "));
                if (!who.isEmpty()) {
                    missing.add(NLS.bind(Messages.Missing_KindOf, kindName, who));
                }
            } else if (recorded(session, step, capture, null) < capture.getMin()) {
                missing.add(NLS.bind(Messages.Missing_Kind, kindName,
                        capture.getMin() - recorded(session, step, capture, null)));
            }
        }
        return String.join(", ", missing);
    }

    /** Counts that hold per participant need participants to count for; without them they count for the group. */
    static boolean perParticipant(Session session, Capture capture) {
        return capture.isPerParticipant() && !Attendance.present(session).isEmpty();
    }

    /** Items of the capture's kind in this step, of one author or (author null) of anyone. */
    static long recorded(Session session, Step step, Capture capture, String author) {
        return session.getItems().stream()
                .filter(i -> i.getStepId().equals(step.getId()) && i.getKindId().equals(capture.getKind().getId()))
                .filter(i -> author == null || author.equals(authorOf(i)))
                .count();
    }

    static String authorOf(Item item) {
        return item instanceof Action action ? action.getOwner() : item.getAuthor();
    }
}
