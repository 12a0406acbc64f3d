package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.validation.ProtocolValidator;
import nl.leerkring.model.Capture;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Meeting;
import nl.leerkring.model.MethodFamily;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Role;
import nl.leerkring.model.Step;

/** One test per rule of the protocol language, each on a copy of actieleren broken in one place. */
class ProtocolValidatorTest {

    private Protocol protocol;

    @BeforeEach
    void copyActieleren() {
        protocol = EcoreUtil.copy(Services.get(ProtocolLibrary.class).find("actieleren", 1).orElseThrow());
        assertEquals(Diagnostic.OK, ProtocolValidator.validate(protocol).getSeverity(), "the original is valid");
    }

    private Step step(int index) {
        return Protocols.steps(protocol).get(index);
    }

    /** The single problem the change caused: its code, severity, message and the object it is about. */
    private Diagnostic onlyProblem(int code, int severity, String message) {
        List<Diagnostic> problems = ProtocolValidator.validate(protocol).getChildren();
        assertEquals(1, problems.size(), () -> problems.toString());
        Diagnostic problem = problems.get(0);
        assertEquals(code, problem.getCode());
        assertEquals(severity, problem.getSeverity());
        assertEquals(message, problem.getMessage());
        return problem;
    }

    @Test
    void aProtocolNeedsAName() {
        protocol.getName().setNl(" ");
        onlyProblem(ProtocolValidator.NAME_MISSING, Diagnostic.ERROR, "De werkvorm heeft geen naam.");
    }

    @Test
    void aStepNeedsATitle() {
        step(1).getTitle().setNl("");
        Diagnostic problem = onlyProblem(ProtocolValidator.STEP_TITLE_MISSING, Diagnostic.ERROR,
                "Stap 2 heeft geen titel.");
        assertSame(step(1), problem.getData().get(0), "the problem points at the step");
    }

    @Test
    void aStepNeedsAnInstruction() {
        step(2).setInstruction(null);
        onlyProblem(ProtocolValidator.STEP_INSTRUCTION_MISSING, Diagnostic.ERROR,
                "De stap \u2018Richtingen, idee\u00ebn en tips\u2019 heeft geen instructie voor de begeleider.");
    }

    @Test
    void aStepWithoutPromptIsAWarning() {
        step(4).getPrompt().setNl("");
        onlyProblem(ProtocolValidator.STEP_PROMPT_MISSING, Diagnostic.WARNING,
                "De stap \u2018Actie ondernemen\u2019 heeft geen vraag voor de groep.");
    }

    @Test
    void aStepCollectingActionsNeedsARoleThatCanOwnThem() {
        protocol.getRoles().forEach(role -> role.setOwnsActions(false));
        onlyProblem(ProtocolValidator.ACTION_WITHOUT_OWNER_ROLE, Diagnostic.ERROR,
                "De stap \u2018De actie-eigenaar bepalen\u2019 legt acties vast, maar geen van de rollen in die stap"
                        + " kan actie-eigenaar zijn.");
    }

    @Test
    void timeboxesThatDoNotAddUpAreAWarning() {
        step(0).setTimeboxMinutes(20);
        onlyProblem(ProtocolValidator.DURATION_MISMATCH, Diagnostic.WARNING,
                "De stappen duren samen 65 minuten, maar de werkvorm duurt 55 minuten.");
    }

    @Test
    void aTrajectorysMeetingsNeedANameAndComeInOrder() {
        Meeting meeting = LeerkringFactory.eINSTANCE.createMeeting();
        LocalizedText title = LeerkringFactory.eINSTANCE.createLocalizedText();
        title.setNl("Leerbijeenkomst 1");
        meeting.setTitle(title);
        protocol.getMeetings().add(meeting);
        assertEquals(Diagnostic.OK, ProtocolValidator.validate(protocol).getSeverity());
        meeting.setWeeksAfter(-2);
        onlyProblem(ProtocolValidator.MEETING, Diagnostic.ERROR,
                "Bijeenkomst 1 van het traject heeft geen naam, komt eerder dan de vorige (negatief aantal weken) of noemt"
                        + " een fase die er niet meer is.");
    }

    @Test
    void idsAreUnique() {
        step(1).setId("stap-casus");
        onlyProblem(ProtocolValidator.DUPLICATE_ID, Diagnostic.ERROR,
                "De id \u2018stap-casus\u2019 komt meer dan eens voor; elke id moet uniek zijn.");
    }

    @Test
    void everyPartHasAnId() {
        protocol.getRoles().get(0).setId(null);
        onlyProblem(ProtocolValidator.ID_MISSING, Diagnostic.ERROR, "Een onderdeel van de werkvorm heeft geen id.");
    }

    @Test
    void anEmptyPhaseIsNeverReached() {
        Phase phase = LeerkringFactory.eINSTANCE.createPhase();
        phase.setId("fase-leeg");
        phase.setName(text("Nabespreking"));
        protocol.getPhases().add(phase);
        onlyProblem(ProtocolValidator.PHASE_EMPTY, Diagnostic.ERROR,
                "De fase \u2018Nabespreking\u2019 heeft geen stappen en wordt dus nooit bereikt.");
    }

    @Test
    void aProtocolWithoutStepsCannotRun() {
        protocol.setFamily(MethodFamily.INTERVISIE);
        protocol.setDurationMinutes(0);
        protocol.getPhases().clear();
        onlyProblem(ProtocolValidator.NO_STEPS, Diagnostic.ERROR, "De werkvorm heeft geen stappen.");
    }

    @Test
    void anActionLearningProtocolMustRecordActions() {
        step(3).getCaptures().clear();
        onlyProblem(ProtocolValidator.FAMILY_NEEDS_ACTION, Diagnostic.ERROR,
                "Een werkvorm van de soort \u2018Actieleren\u2019 hoort een stap te hebben waarin acties worden"
                        + " vastgelegd.");
        protocol.setFamily(MethodFamily.INTERVISIE);
        assertEquals(Diagnostic.OK, ProtocolValidator.validate(protocol).getSeverity(), "intervision may do without");
    }

    @Test
    void aCaptureNeedsAKindOfThisProtocol() {
        step(1).getCaptures().get(0).setKind(null);
        onlyProblem(ProtocolValidator.CAPTURE_KIND_MISSING, Diagnostic.ERROR,
                "De stap \u2018Open vragen\u2019 legt een soort item vast dat niet bij deze werkvorm hoort.");
    }

    @Test
    void captureCountsMustBePossible() {
        Capture capture = step(0).getCaptures().get(0);
        capture.setMin(2);
        onlyProblem(ProtocolValidator.CAPTURE_COUNTS, Diagnostic.ERROR,
                "In de stap \u2018Casus en ontwikkelingsvraag\u2019 klopt het aantal voor \u2018Casus\u2019 niet:"
                        + " minstens 2, hoogstens 1.");
    }

    @Test
    void aTimeboxCannotBeNegative() {
        step(4).setTimeboxMinutes(-5);
        List<Diagnostic> problems = ProtocolValidator.validate(protocol).getChildren();
        assertEquals(ProtocolValidator.TIMEBOX_NEGATIVE, problems.get(0).getCode());
        assertEquals("De tijd van de stap \u2018Actie ondernemen\u2019 is negatief.", problems.get(0).getMessage());
    }

    @Test
    void theReviewsTimeCannotBeNegative() {
        protocol.setReviewMinutes(-3);
        List<Diagnostic> problems = ProtocolValidator.validate(protocol).getChildren();
        assertEquals(ProtocolValidator.REVIEW_NEGATIVE, problems.get(0).getCode());
        assertEquals("De tijd van de terugblik op de acties is negatief.", problems.get(0).getMessage());
    }

    @Test
    void rolesAndKindsNeedNames() {
        protocol.getItemKinds().get(0).getName().setNl("");
        onlyProblem(ProtocolValidator.ELEMENT_NAME_MISSING, Diagnostic.ERROR, "\u2018casus\u2019 heeft geen naam.");
    }

    @Test
    void activeRolesBelongToTheProtocol() {
        Role stranger = LeerkringFactory.eINSTANCE.createRole();
        stranger.setId("vreemde");
        stranger.setName(text("Vreemde"));
        step(0).getActiveRoles().add(stranger);
        onlyProblem(ProtocolValidator.ROLE_NOT_IN_PROTOCOL, Diagnostic.ERROR,
                "De stap \u2018Casus en ontwikkelingsvraag\u2019 noemt een rol die niet bij deze werkvorm hoort.");
    }

    @Test
    void groupSizesMustBeInOrder() {
        protocol.setGroupSizeMin(12);
        onlyProblem(ProtocolValidator.GROUP_SIZE, Diagnostic.ERROR,
                "De kleinste groep (12) is groter dan de grootste groep (10).");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        protocol.getName().setNl("");
        step(0).getTitle().setNl("");
        step(1).setInstruction(null);
        assertEquals(3, ProtocolValidator.messages(ProtocolValidator.validate(protocol), Diagnostic.ERROR).size());
    }

    private static nl.leerkring.model.LocalizedText text(String nl) {
        nl.leerkring.model.LocalizedText text = LeerkringFactory.eINSTANCE.createLocalizedText();
        text.setNl(nl);
        return text;
    }
}
