package nl.leerkring.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import nl.leerkring.core.Protocols;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.run.SessionRun;
import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.ui.presenter.PresenterWindow;

/**
 * What the group sees on the projector, built from the session itself (not from the facilitator's
 * screen): the step, its question, the countdown and what was said in the step; closed, or at the
 * last step, the agreed actions. The lines are worked out when the session changes, not per frame:
 * a tick of the countdown reuses them, so the review step's store read happens once per change.
 */
final class GroupFeed {

    private final Supplier<SessionRun> run;
    private final BooleanSupplier privacyScreen;
    /** The review step's lines: the group's open actions, owner first. */
    private final Function<Session, List<String>> reviewLines;
    private List<String> lines = List.of();

    GroupFeed(Supplier<SessionRun> run, BooleanSupplier privacyScreen, Function<Session, List<String>> reviewLines) {
        this.run = run;
        this.privacyScreen = privacyScreen;
        this.reviewLines = reviewLines;
    }

    /** What the group sees now; {@code changed}: the session changed since the last frame, not only the clock. */
    PresenterWindow.Frame frame(boolean changed) {
        SessionRun current = run.get();
        if (changed) {
            lines = current == null ? List.of() : items(current);
        }
        if (current == null) {
            return new PresenterWindow.Frame("", "", "", "", List.of(), privacyScreen.getAsBoolean());
        }
        boolean running = !current.isDone();
        return new PresenterWindow.Frame(RunTexts.session(current.session()),
                running ? RunTexts.step(current) : RunTexts.done(current.session()),
                running ? Protocols.text(current.step().getPrompt()) : "",
                running && current.isTimed() ? current.timer().display() : "", lines, privacyScreen.getAsBoolean());
    }

    private List<String> items(SessionRun current) {
        Session session = current.session();
        // Closed, the group sees what it agreed; at the last step too, below what that step records.
        if (current.isDone()) {
            return agreed(session, null);
        }
        Step step = current.step();
        if (ActionReview.isReview(step)) {
            return reviewLines.apply(session);
        }
        String stepId = step.getId();
        List<String> shown = new ArrayList<>(session.getItems().stream().filter(i -> stepId.equals(i.getStepId()))
                .map(GroupFeed::line).toList());
        if (!current.canGoNext()) {
            shown.addAll(agreed(session, stepId));
        }
        return shown;
    }

    /** The session's agreed actions, leaving out those recorded in the given step. */
    private static List<String> agreed(Session session, String leaveOutStep) {
        return session.getItems().stream()
                .filter(i -> i instanceof Action && !Objects.equals(leaveOutStep, i.getStepId()))
                .map(GroupFeed::line).toList();
    }

    private static String line(Item item) {
        return item instanceof Action action ? action.getOwner() + ": " + action.getText() : item.getText();
    }
}
