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
 * last step, the agreed actions.
 */
final class GroupFeed implements PresenterWindow.GroupView {

    private final Supplier<SessionRun> run;
    private final BooleanSupplier privacyScreen;
    /** The review step's lines: the group's open actions, owner first. */
    private final Function<Session, List<String>> reviewLines;

    GroupFeed(Supplier<SessionRun> run, BooleanSupplier privacyScreen, Function<Session, List<String>> reviewLines) {
        this.run = run;
        this.privacyScreen = privacyScreen;
        this.reviewLines = reviewLines;
    }

    private boolean running() {
        SessionRun current = run.get();
        return current != null && !current.isDone();
    }

    @Override
    public String sessionTitle() {
        SessionRun current = run.get();
        return current == null ? "" : RunTexts.session(current.session());
    }

    @Override
    public String stepTitle() {
        SessionRun current = run.get();
        if (current == null) {
            return "";
        }
        return running() ? RunTexts.step(current) : RunTexts.done(current.session());
    }

    @Override
    public String prompt() {
        return running() ? Protocols.text(run.get().step().getPrompt()) : "";
    }

    @Override
    public String timer() {
        return running() && run.get().isTimed() ? run.get().timer().display() : "";
    }

    @Override
    public List<String> items() {
        SessionRun current = run.get();
        if (current == null) {
            return List.of();
        }
        Session session = current.session();
        // Closed, the group sees what it agreed; at the last step too, below what that step records.
        if (!running()) {
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

    @Override
    public boolean isPrivacyScreen() {
        return privacyScreen.getAsBoolean();
    }
}
