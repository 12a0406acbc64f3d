package nl.leerkring.ui.run;

import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Protocols;
import nl.leerkring.core.run.SessionRun;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.ui.internal.Messages;

/** The run's texts as the facilitator's screen and the group's view both say them, from the model. */
final class RunTexts {

    private RunTexts() {
    }

    /** "Wijkteam Noord · Actieleren". */
    static String session(Session session) {
        return session.getTitle() + "  \u00b7  " + Protocols.text(session.getProtocol().getName());
    }

    /** "Stap 2 van 5 — Open vragen". */
    static String step(SessionRun run) {
        return NLS.bind(Messages.Run_StepOf,
                new Object[] { run.stepNumber(), run.steps().size(), Protocols.text(run.step().getTitle()) });
    }

    static String done(Session session) {
        return NLS.bind(Messages.Run_Done, session.getTitle());
    }

    /** The instruction, who is active, and the method's tips and pitfalls for this step. */
    static String forFacilitator(Step step) {
        StringBuilder text = new StringBuilder(Protocols.text(step.getInstruction()));
        if (!step.getActiveRoles().isEmpty()) {
            text.append("\n").append(NLS.bind(Messages.Run_ActiveRoles, step.getActiveRoles().stream()
                    .map(role -> Protocols.text(role.getName())).collect(Collectors.joining(", "))));
        }
        step.getTips().forEach(tip -> text.append("\n\u2022 ").append(Protocols.text(tip)));
        return text.toString();
    }
}
