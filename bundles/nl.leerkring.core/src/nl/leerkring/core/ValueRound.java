package nl.leerkring.core;

import java.util.ArrayList;
import java.util.List;

import nl.leerkring.model.Capture;
import nl.leerkring.model.Code;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;

/**
 * The closing round on what a session brought each one, for any method: a minute each, tagged with
 * the value cycles it speaks of and how it was valued (Wenger, Trayner and De Laat, as the OTS-gilde
 * study used them, seed 001), each cycle with the study's topics and codes under it (dimension ›
 * topic › code: I.5, PW.2, VAW.1…). It replaces the opaque mark out of ten seed 000 questions.
 */
public final class ValueRound {

    /** The round's step and kind of item; the validator refuses them as ids of a protocol's own. */
    public static final String STEP_ID = "leerkring-opbrengst";
    public static final String KIND_ID = "leerkring-opbrengst";
    private static final String[] CYCLES = { "onmiddellijk", "potentieel", "toegepast", "gerealiseerd", "herijkt" };
    private static final ItemKind KIND = createKind();
    private static final Step STEP = createStep();

    private ValueRound() {
    }

    /** The steps a session runs, with the round after the others when the session has it. */
    public static List<Step> after(Session session, List<Step> steps) {
        if (!session.isValueRound()) {
            return steps;
        }
        List<Step> all = new ArrayList<>(steps);
        all.add(STEP);
        return all;
    }

    public static boolean isRound(Step step) {
        return step == STEP;
    }

    /** The kind of what the round records, with the value cycles as its codes. */
    public static ItemKind kind() {
        return KIND;
    }

    private static ItemKind createKind() {
        LocalizedTexts texts = new LocalizedTexts(ValueRound.class, "valueround");
        ItemKind kind = LeerkringFactory.eINSTANCE.createItemKind();
        kind.setId(KIND_ID);
        kind.setName(texts.get("kind"));
        LocalizedTexts codes = new LocalizedTexts(ValueRound.class, "valuecodes");
        for (String cycle : CYCLES) {
            Code code = code(cycle, texts.get(cycle));
            code.setDescription(texts.get(cycle + ".description"));
            for (String topicId : codes.ids(cycle + ".topics")) {
                Code topic = code(topicId, codes.get(topicId));
                codes.ids(topicId + ".codes").forEach(id -> topic.getCodes().add(code(id, codes.get(id))));
                code.getCodes().add(topic);
            }
            kind.getCodes().add(code);
        }
        return kind;
    }

    private static Code code(String id, LocalizedText name) {
        Code code = LeerkringFactory.eINSTANCE.createCode();
        code.setId(id);
        code.setName(name);
        return code;
    }

    private static Step createStep() {
        Step step = new LocalizedTexts(ValueRound.class, "valueround").ownStep(STEP_ID, "title", 5);
        step.setRepeatPerParticipant(true);
        step.setSkippable(true);
        Capture capture = LeerkringFactory.eINSTANCE.createCapture();
        capture.setKind(KIND);
        step.getCaptures().add(capture);
        return step;
    }
}
