package nl.leerkring.core.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.leerkring.core.Core;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionUpdate;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.core.demo.SessionScript.Answer;
import nl.leerkring.core.demo.SessionScript.Planned;

/**
 * Realistic sample data for a newcomer to look around in (and for tests): three groups, four
 * methods, eight sessions over ten weeks, run through the real session engine, with the group's
 * reviews answered and the owners updating their actions in between, so every status an action can
 * reach occurs. Participants are colleagues; cases speak of families only by made-up names.
 */
public final class DemoData {

    private static final String NOORD = "Wijkteam Noord";
    private static final String JB = "Intervisiegroep Jeugdbescherming";
    private static final String VOOGDIJ = "Leerkring Voogdij";
    private static final List<String> NOORD_PEOPLE = List.of("Anna", "Bram", "Chris", "Dewi", "Eva");
    private static final List<String> JB_PEOPLE = List.of("Fatima", "Gijs", "Hanna", "Ilse");
    private static final List<String> VOOGDIJ_PEOPLE = List.of("Jeroen", "Karin", "Lotte", "Mo");

    private final Core core;
    private final MovableClock clock;
    private final List<Session> made = new ArrayList<>();

    private final SessionScript script;

    public DemoData(Core core, MovableClock clock) {
        this.core = core;
        this.clock = clock;
        this.script = new SessionScript(core, clock, 1);
    }

    /** Runs all eight sessions; returns them. */
    public List<Session> fill() {
        Protocol actieleren = protocol("actieleren");
        Protocol intervisie = protocol("intervisie");
        Protocol waarderend = protocol("waarderend-organiseren");
        Protocol casusbespreking = protocol("methodische-casusbespreking");

        run(actieleren, NOORD, "Noord: verzuim en thuissituatie", NOORD_PEOPLE, List.of(), List.of(
                new Planned("Huisbezoek met school voorbereiden", "Anna", 7),
                new Planned("Gedragswetenschapper raadplegen over de jongste", "Bram", null),
                new Planned("Training meldcode volgen", "Chris", 14)));
        run(intervisie, JB, "Jeugdbescherming: een lastig gesprek", JB_PEOPLE, List.of(), List.of(
                new Planned("Gesprek met de voogd plannen", "Fatima", 10),
                new Planned("Casus voorleggen aan de jurist", "Gijs", null)));
        run(waarderend, VOOGDIJ, "Voogdij: wat werkt er al", VOOGDIJ_PEOPLE, List.of(), List.of(
                new Planned("Goede voorbeelden verzamelen voor de teamdag", "Karin", 21)));

        // The owners between the first and the second sessions.
        change(NOORD, "Anna", ActionStatus.IN_PROGRESS, null);
        note(NOORD, "Anna", "School gebeld, afspraak staat");
        change(NOORD, "Anna", ActionStatus.DONE, "Ouders en school samen aan tafel");
        change(NOORD, "Chris", ActionStatus.NOT_CARRIED_OUT, null);
        change(JB, "Fatima", ActionStatus.IN_PROGRESS, null);

        run(actieleren, NOORD, "Noord: grenzen van de hulp", NOORD_PEOPLE,
                List.of(Answer.DONE, Answer.ADJUST, Answer.CONTINUE),
                List.of(new Planned("Afspraken met de huisarts vastleggen", "Dewi", 14)));
        run(intervisie, JB, "Jeugdbescherming: samenwerken met de voogd", JB_PEOPLE,
                List.of(Answer.CONTINUE, Answer.DONE),
                List.of(new Planned("Sociale kaart bijwerken", "Hanna", 14)));
        run(casusbespreking, VOOGDIJ, "Voogdij: een pleegplaatsing onder druk", VOOGDIJ_PEOPLE,
                List.of(Answer.DONE),
                List.of(new Planned("Pleegouders uitnodigen voor een evaluatie", "Lotte", 10)));

        run(actieleren, NOORD, "Noord: terug naar school", NOORD_PEOPLE,
                List.of(Answer.DONE, Answer.DROP, Answer.CONTINUE),
                List.of(new Planned("Leerplicht betrekken bij het volgende gesprek", "Eva", 7),
                        new Planned("Terugkoppelen in het teamoverleg", "Anna", null),
                        new Planned("Oma vragen voor het netwerkberaad", "Bram", 10),
                        new Planned("Verslag delen met de gedragswetenschapper", "Chris", 21)));
        run(intervisie, JB, "Jeugdbescherming: wat we leerden", JB_PEOPLE,
                List.of(Answer.DONE, Answer.DEFER),
                List.of(new Planned("Leerpunten delen met het andere team", "Ilse", 14)));

        // The owners after the last sessions: what stays open shows every status.
        change(NOORD, "Eva", ActionStatus.IN_PROGRESS, null);
        change(NOORD, "Anna", ActionStatus.IN_PROGRESS, null);
        change(NOORD, "Anna", ActionStatus.DONE, "Team weet wat er speelt");
        change(NOORD, "Bram", ActionStatus.NOT_CARRIED_OUT, null);
        return made;
    }

    private Protocol protocol(String id) {
        return core.library().protocols().stream().filter(p -> p.getId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException(id));
    }

    private void run(Protocol protocol, String group, String title, List<String> people, List<Answer> answers,
            List<Planned> actions) {
        made.add(script.run(protocol, group, title, people, answers, actions));
    }

    /** The owner changes their most recent open action of the group. */
    private void change(String group, String owner, ActionStatus to, String outcome) {
        clock.advance(Duration.ofDays(1));
        ActionRecord record = latestOpen(group, owner);
        ActionUpdate update = ActionUpdate.by(owner);
        if (to == ActionStatus.DONE) {
            update = update.outcome(outcome, null);
        } else if (to == ActionStatus.NOT_CARRIED_OUT) {
            update = update.reason(ActionReason.NO_TIME, "Ziekte in het team");
        }
        core.actions().changeStatus(record, to, update);
    }

    private void note(String group, String owner, String text) {
        core.actions().addNote(latestOpen(group, owner), text, owner);
    }

    private ActionRecord latestOpen(String group, String owner) {
        List<ActionRecord> open = core.actions().openOfGroup(group).stream()
                .filter(r -> owner.equals(r.action().getOwner())).toList();
        return open.get(open.size() - 1);
    }
}
