package nl.leerkring.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import nl.leerkring.core.Core;
import nl.leerkring.core.demo.SessionScript;
import nl.leerkring.core.demo.SessionScript.Answer;
import nl.leerkring.core.demo.SessionScript.Planned;
import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.model.Protocol;

/**
 * A ten-year archive made through the real services, as a team's use would leave it: groups meeting
 * in turn with four of the library's methods, every session reviewing the group's open actions,
 * filling in every step and agreeing on new actions for its members.
 */
final class Archive {

    /** How large: sessions in all, groups, members a group, actions a session, items a kind. */
    record Size(int sessions, int groups, int members, int actionsPerSession, int itemsPerKind) {
        /** The ten years: 2,000 sessions of 40 groups, 200 owners, about 50,000 items. */
        static final Size TEN_YEARS = new Size(2000, 40, 5, 5, 6);

        int owners() {
            return groups * members;
        }
    }

    private static final List<String> METHODS = List.of("actieleren", "intervisie", "methodische-casusbespreking",
            "waarderend-organiseren");
    private static final List<Answer> ANSWERS = List.of(Answer.DONE, Answer.CONTINUE, Answer.DONE, Answer.DROP,
            Answer.ADJUST, Answer.DEFER, Answer.DONE);

    private final Core core;
    private final MovableClock clock;
    private final Size size;

    Archive(Core core, MovableClock clock, Size size) {
        this.core = core;
        this.clock = clock;
        this.size = size;
    }

    static String group(int index) {
        return String.format("Groep %02d", index + 1);
    }

    static String member(int group, int member) {
        return String.format("Lid %03d", group * 100 + member + 1);
    }

    List<String> members(int group) {
        List<String> people = new ArrayList<>();
        for (int m = 0; m < size.members(); m++) {
            people.add(member(group, m));
        }
        return people;
    }

    /** Makes every session; {@code hundredDone} hears the number of each hundred finished. */
    void make(IntConsumer hundredDone) {
        SessionScript script = new SessionScript(core, clock, size.itemsPerKind());
        List<Protocol> methods = METHODS.stream().map(id -> core.library().protocols().stream()
                .filter(p -> p.getId().equals(id)).findFirst().orElseThrow()).toList();
        for (int n = 0; n < size.sessions(); n++) {
            int group = n % size.groups();
            List<String> people = members(group);
            List<Planned> actions = new ArrayList<>();
            for (int a = 0; a < size.actionsPerSession(); a++) {
                actions.add(new Planned("Afspraak " + (a + 1) + " van bijeenkomst " + (n / size.groups() + 1),
                        people.get((n + a) % people.size()), a % 3 == 0 ? null : 14));
            }
            // Ten years of sessions: the script moves the clock three days and the steps' time on.
            script.run(methods.get((n / size.groups()) % methods.size()), group(group),
                    group(group) + " \u2013 bijeenkomst " + (n / size.groups() + 1), people,
                    rotate(ANSWERS, n), actions);
            clock.advance(Duration.ofHours(1));
            if ((n + 1) % 100 == 0) {
                hundredDone.accept((n + 1) / 100);
            }
        }
    }

    private static <T> List<T> rotate(List<T> list, int by) {
        List<T> rotated = new ArrayList<>(list.subList(by % list.size(), list.size()));
        rotated.addAll(list.subList(0, by % list.size()));
        return rotated;
    }
}
