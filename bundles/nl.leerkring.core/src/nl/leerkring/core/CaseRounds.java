package nl.leerkring.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;

/**
 * Several cases in one session: the steps a method marks as per case (a row of them) are gone
 * through again for each further case the group takes. A further round's steps are copies with
 * their own ids ("stap-vragen~2") and titles ("Open vragen (casus 2)"), so what is recorded, its
 * time and its completeness belong to its round, as they do to a step.
 */
public final class CaseRounds {

    private static final String SEPARATOR = "~";

    /** Per protocol (version), the copies of its per-case steps for each further round, made once. */
    private static final Map<Protocol, Map<Integer, List<Step>>> COPIES = Collections.synchronizedMap(new WeakHashMap<>());

    private CaseRounds() {
    }

    /** The protocol's steps as the session runs them: its per-case steps once for each of its cases. */
    public static List<Step> expand(Session session) {
        return expand(session, session.getProtocol());
    }

    /** Likewise, for a session read without its protocol (a report made from the store). */
    public static List<Step> expand(Session session, Protocol protocol) {
        List<Step> steps = Trajectories.steps(session, protocol);
        List<Step> block = block(steps);
        if (block.isEmpty() || session.getCaseRounds() <= 1) {
            return steps;
        }
        int end = steps.indexOf(block.get(block.size() - 1)) + 1;
        List<Step> all = new ArrayList<>(steps.subList(0, end));
        for (int round = 2; round <= session.getCaseRounds(); round++) {
            all.addAll(copies(protocol, block, round));
        }
        all.addAll(steps.subList(end, steps.size()));
        return all;
    }

    /** Whether the method lets the group take several cases: it has per-case steps. */
    public static boolean allowed(Protocol protocol) {
        return !block(Protocols.steps(protocol)).isEmpty();
    }

    /** Whether the step is the last of the session's last case round: where another case can begin. */
    public static boolean endsLastRound(Session session, Step step) {
        List<Step> block = block(Protocols.steps(session.getProtocol()));
        if (block.isEmpty()) {
            return false;
        }
        Step last = block.get(block.size() - 1);
        return session.getCaseRounds() <= 1 ? step == last
                : step.getId().equals(last.getId() + SEPARATOR + session.getCaseRounds());
    }

    /** The round a step of the session belongs to: 1 for the first case and for steps outside the rounds. */
    public static int round(Step step) {
        int at = step.getId().lastIndexOf(SEPARATOR);
        if (at < 0) {
            return 1;
        }
        try {
            return Integer.parseInt(step.getId().substring(at + 1));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The first row of per-case steps; empty when the method has none. */
    private static List<Step> block(List<Step> steps) {
        List<Step> block = new ArrayList<>();
        for (Step step : steps) {
            if (step.isPerCase()) {
                block.add(step);
            } else if (!block.isEmpty()) {
                break;
            }
        }
        return block;
    }

    private static List<Step> copies(Protocol protocol, List<Step> block, int round) {
        synchronized (COPIES) {
            return COPIES.computeIfAbsent(protocol, p -> new java.util.HashMap<>())
                    .computeIfAbsent(round, r -> copy(block, r));
        }
    }

    /** The round's steps in a phase of their own ("Casus 2"), as the step header names it. */
    private static List<Step> copy(List<Step> block, int round) {
        Phase phase = LeerkringFactory.eINSTANCE.createPhase();
        phase.setId("casus" + SEPARATOR + round);
        LocalizedTexts texts = new LocalizedTexts(CaseRounds.class, "caserounds");
        phase.setName(text(texts.get("phase"), round, null));
        for (Step original : block) {
            Step step = EcoreUtil.copy(original);
            step.setId(original.getId() + SEPARATOR + round);
            step.setTitle(text(texts.get("step"), round, original.getTitle()));
            phase.getSteps().add(step);
        }
        return List.copyOf(phase.getSteps());
    }

    /** The pattern in both languages, filled in with the round and the step's own title. */
    private static LocalizedText text(LocalizedText pattern, int round, LocalizedText title) {
        // A method written in Dutch only has no English title: the Dutch one stands in, as elsewhere.
        pattern.setNl(NLS.bind(pattern.getNl(), title == null ? "" : title.text("nl"), round));
        pattern.setEn(NLS.bind(pattern.getEn(), title == null ? "" : title.text("en"), round));
        return pattern;
    }
}
