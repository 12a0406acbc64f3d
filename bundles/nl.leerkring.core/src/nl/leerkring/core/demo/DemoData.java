package nl.leerkring.core.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.leerkring.core.Core;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionUpdate;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;

/**
 * Realistic sample data for a newcomer to look around in (and for tests): three groups, four
 * methods, eight sessions over ten weeks, run through the real session engine, with the group's
 * reviews answered and the owners updating their actions in between, so every status an action can
 * reach occurs. Participants are colleagues; cases speak of families only by initials.
 */
public final class DemoData {

    /** How a review answers each listed action, in the order listed. */
    private enum Answer {
        DONE, CONTINUE, ADJUST, DROP, DEFER
    }

    /** An action a session agrees on: what, whose, due in how many days (null: next session). */
    private record Planned(String description, String owner, Integer dueInDays) {
    }

    private static final String NOORD = "Wijkteam Noord";
    private static final String JB = "Intervisiegroep Jeugdbescherming";
    private static final String VOOGDIJ = "Leerkring Voogdij";
    private static final List<String> NOORD_PEOPLE = List.of("Anna", "Bram", "Chris", "Dewi", "Eva");
    private static final List<String> JB_PEOPLE = List.of("Fatima", "Gijs", "Hanna", "Ilse");
    private static final List<String> VOOGDIJ_PEOPLE = List.of("Jeroen", "Karin", "Lotte", "Mo");

    /** What each kind of item sounds like in a session; kinds not listed get their name and a number. */
    private static final Map<String, List<String>> TEXTS = Map.ofEntries(
            Map.entry("casus", List.of("Gezin met drie kinderen (M. en J.), oudste van 14 verzuimt al weken; moeder"
                    + " zegt dat het thuis goed gaat, school maakt zich zorgen.")),
            Map.entry("ontwikkelingsvraag", List.of("Hoe blijf ik in gesprek met moeder zonder dat ze de deur dichtdoet?")),
            Map.entry("hulpvraag", List.of("Wanneer schakel ik Veilig Thuis in, en hoe vertel ik dat het gezin?")),
            Map.entry("open-vraag", List.of("Wat heeft moeder zelf al geprobeerd?", "Wie in het netwerk vertrouwt ze?",
                    "Wat zegt de jongere er zelf over?", "Hoe vaak is er contact met school?")),
            Map.entry("idee", List.of("Netwerkberaad met school en oma organiseren", "Eerst de jongere alleen spreken",
                    "Samen met de leerplichtambtenaar op huisbezoek")),
            Map.entry("hypothese", List.of("Moeder schaamt zich voor de situatie thuis",
                    "Het verzuim hangt samen met de zorg voor de jongste")),
            Map.entry("leerpunt", List.of("Eerst vragen wat wél lukt opent het gesprek",
                    "Vroeg de school erbij halen scheelt een ronde")),
            Map.entry("waardering", List.of("Het team bleef rustig onder druk bij de crisisopvang")),
            Map.entry("droom", List.of("Elk gezin heeft binnen een week één vaste contactpersoon")));

    private final Core core;
    private final MovableClock clock;
    private final List<Session> made = new ArrayList<>();

    public DemoData(Core core, MovableClock clock) {
        this.core = core;
        this.clock = clock;
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

    /** One session a week or so after the last: review, every step filled in, the planned actions, closed. */
    private void run(Protocol protocol, String group, String title, List<String> people, List<Answer> answers,
            List<Planned> actions) {
        clock.advance(Duration.ofDays(3));
        LocalDate today = LocalDate.now(clock);
        Session session = core.sessions().start(protocol, title, today, group, people);
        int answered = 0;
        int planned = 0;
        while (true) {
            Step step = core.sessions().currentStep(session);
            if (ActionReview.isReview(step)) {
                for (ActionRecord record : core.actions().reviewList(session)) {
                    answer(session, record, answers.get(answered++ % answers.size()));
                }
            } else {
                for (Capture capture : step.getCaptures()) {
                    if (capture.getKind().isAction()) {
                        for (; planned < actions.size(); planned++) {
                            Planned action = actions.get(planned);
                            core.sessions().addAction(session, capture.getKind().getId(), action.description(),
                                    action.owner(), action.dueInDays() == null ? null : today.plusDays(action.dueInDays()));
                        }
                    } else {
                        fill(session, capture, people);
                    }
                }
            }
            Duration timebox = Duration.ofMinutes(Math.max(5, step.getTimeboxMinutes()));
            core.sessions().recordTime(session, timebox.minusMinutes(1), timebox);
            clock.advance(timebox);
            if (!core.sessions().hasNext(session)) {
                break;
            }
            core.sessions().next(session);
        }
        core.sessions().close(session);
        made.add(session);
    }

    /** As many items as the capture asks for (at least one), as a facilitator records them. */
    private void fill(Session session, Capture capture, List<String> people) {
        long needed = Math.max(1, capture.isPerParticipant() ? (long) capture.getMin() * people.size() : capture.getMin());
        List<String> texts = TEXTS.get(capture.getKind().getId());
        for (int n = 0; n < needed; n++) {
            String text = texts != null ? texts.get(n % texts.size())
                    : Protocols.text(capture.getKind().getName()) + " " + (n + 1);
            core.sessions().addItem(session, capture.getKind().getId(), text, people.get(n % people.size()));
        }
    }

    private void answer(Session session, ActionRecord record, Answer answer) {
        LocalDate today = LocalDate.now(clock);
        switch (answer) {
            case DONE -> core.actions().reviewDone(session, record, "Gedaan; het gezin voelde zich gehoord",
                    "Eerder samen optrekken werkt");
            case CONTINUE -> core.actions().reviewContinue(session, record, today.plusDays(14));
            case ADJUST -> core.actions().reviewAdjust(session, record, "Half gelukt", "Te groot aangepakt",
                    "Eerst alleen de school bellen", today.plusDays(7));
            case DROP -> core.actions().reviewDrop(session, record, ActionReason.SITUATION_CHANGED, "Gezin verhuisd");
            case DEFER -> core.actions().reviewDefer(session, record);
        }
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
