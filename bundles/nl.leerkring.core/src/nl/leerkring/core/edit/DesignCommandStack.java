package nl.leerkring.core.edit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The designer's undo history. A number changed again and again in quick succession (the clicks on a
 * number field's arrows) is one step to undo, as the lead made it, not one step per click.
 */
public class DesignCommandStack extends BasicCommandStack {

    /** Changes of one number closer together than this are one step. */
    static final Duration BURST = Duration.ofSeconds(1);

    private final Clock clock;
    /** The command this stack executed last, while it is still the one to undo; else null. */
    private Command latest;
    private Instant latestAt = Instant.MIN;

    public DesignCommandStack(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(Command command) {
        Command previous = top >= 0 && commandList.get(top) == latest && saveIndex != top ? latest : null;
        Instant previousAt = latestAt;
        super.execute(command);
        if (mostRecentCommand != command) {
            // Not executed: the history is as it was.
            return;
        }
        Instant now = clock.instant();
        if (previous != null && Duration.between(previousAt, now).compareTo(BURST) < 0
                && sameNumber(last(previous), command)) {
            Burst burst = previous instanceof Burst started ? started : new Burst(previous);
            commandList.subList(top - 1, top + 1).clear();
            burst.append(command);
            commandList.add(burst);
            top--;
            mostRecentCommand = burst;
            notifyListeners();
        }
        latest = mostRecentCommand;
        latestAt = now;
    }

    @Override
    public void undo() {
        latest = null;
        super.undo();
    }

    @Override
    public void redo() {
        latest = null;
        super.redo();
    }

    @Override
    public void flush() {
        latest = null;
        super.flush();
    }

    private static Command last(Command command) {
        return command instanceof Burst burst ? burst.getCommandList().getLast() : command;
    }

    /** Both set the same number of the same element. */
    private static boolean sameNumber(Command before, Command after) {
        return before instanceof SetCommand a && after instanceof SetCommand b && a.getOwner() == b.getOwner()
                && a.getFeature() == b.getFeature() && b.getFeature() instanceof EAttribute attribute
                && (attribute.getEAttributeType().getInstanceClass() == int.class
                        || attribute.getEAttributeType().getInstanceClass() == Integer.class);
    }

    /** Changes already made, undone and redone together. */
    private static final class Burst extends CompoundCommand {

        Burst(Command first) {
            super(new ArrayList<>(List.of(first)));
        }
    }
}
