package nl.leerkring.core.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.leerkring.core.Core;
import nl.leerkring.core.ItemCodes;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.model.Valence;

/**
 * One session as a facilitator runs it, through the real session engine on a clock that moves: the
 * group's review answered, every step filled in, the agreed actions recorded, the step times kept,
 * closed. The sample data and the benchmark's ten-year archive are made of these.
 */
public final class SessionScript {

    /** How a review answers each listed action, in the order listed. */
    public enum Answer {
        DONE, CONTINUE, ADJUST, DROP, DEFER
    }

    /** An action a session agrees on: what, whose, due in how many days (null: next session). */
    public record Planned(String description, String owner, Integer dueInDays) {
    }

    /** What each kind of item sounds like in a session; kinds not listed get their name and a number. */
    private static final Map<String, List<String>> TEXTS = Map.ofEntries(
            Map.entry("casus", List.of("Gezin met drie kinderen (kind A, B en C), oudste van 14 verzuimt al weken; moeder"
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
    /** Items recorded at least per kind without a maximum, beyond what the method asks for. */
    private final int itemsPerKind;

    /**
     * @param itemsPerKind how many items a kind without a maximum gets at least (1: what the method
     *                     asks for, as in the sample data; more for a session as full as real ones)
     */
    public SessionScript(Core core, MovableClock clock, int itemsPerKind) {
        this.core = core;
        this.clock = clock;
        this.itemsPerKind = itemsPerKind;
    }

    /** One session a week or so after the last: review, every step filled in, the planned actions, closed. */
    public Session run(Protocol protocol, String group, String title, List<String> people, List<Answer> answers,
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
        return session;
    }

    /** As many items as the capture asks for (at least one), as a facilitator records them. */
    private void fill(Session session, Capture capture, List<String> people) {
        long needed = Math.max(capture.getMax() < 0 ? itemsPerKind : 1,
                capture.isPerParticipant() ? (long) capture.getMin() * people.size() : capture.getMin());
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
                    "Eerder samen optrekken werkt", List.of(ItemCodes.mark("VAW.1", Valence.POSITIVE)));
            case CONTINUE -> core.actions().reviewContinue(session, record, today.plusDays(14));
            case ADJUST -> core.actions().reviewAdjust(session, record, "Half gelukt", "Te groot aangepakt",
                    "Eerst alleen de school bellen", today.plusDays(7));
            case DROP -> core.actions().reviewDrop(session, record, ActionReason.SITUATION_CHANGED, "Gezin verhuisd");
            case DEFER -> core.actions().reviewDefer(session, record);
        }
    }

}
