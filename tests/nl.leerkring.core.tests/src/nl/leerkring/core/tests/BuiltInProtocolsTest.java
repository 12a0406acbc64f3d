package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.core.LearningPreferences;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.Capture;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.ProtocolOrigin;
import nl.leerkring.model.Step;

/** The built-in library as the running application sees it: through its OSGi service. */
class BuiltInProtocolsTest {

    private final ProtocolLibrary library = Services.get(ProtocolLibrary.class);

    @Test
    void actieLerenHasTheFiveStepsOfTheHanMethod() {
        Protocol protocol = library.find("actieleren", 1).orElseThrow();
        assertEquals("Actieleren", protocol.getName().getNl());
        assertEquals("Action learning", protocol.getName().getEn());
        List<String> titles = Protocols.steps(protocol).stream().map(s -> s.getTitle().getNl()).toList();
        assertEquals(List.of("Casus en ontwikkelingsvraag", "Open vragen", "Richtingen, idee\u00ebn en tips",
                "De actie-eigenaar bepalen", "Actie ondernemen"), titles);
        assertTrue(protocol.getReference().contains("HAN"), protocol.getReference());
    }

    /** Hendriksen's incidentmethode, after Pigors, in its ten rounds; version 1 stays for the sessions that ran it. */
    @Test
    void theIncidentMethodHasTheTenRoundsOfTheLiterature() {
        Protocol incident = library.protocols().stream().filter(p -> p.getId().equals("incidentmethode")).findFirst()
                .orElseThrow();
        assertEquals(2, incident.getVersion(), "the library offers the ten rounds");
        assertEquals(List.of("Een incident kiezen", "Het incident tot het beslismoment", "Vragen", "Informatieronde",
                "Analyse", "Ieder een beslissing", "De beslissingen bespreken", "Wat deed de inbrenger?", "Generaliseren",
                "Evaluatie"), Protocols.steps(incident).stream().map(s -> s.getTitle().getNl()).toList());
        assertTrue(Protocols.steps(incident).get(5).isRepeatPerParticipant(), "each writes a decision of their own");
        assertTrue(incident.getReference().contains("Hendriksen") && incident.getReference().contains("keuze van Leerkring"),
                "the source, and which values are Leerkring's own");
        assertEquals(5, Protocols.steps(library.find("incidentmethode", 1).orElseThrow()).size());
    }

    /** The methods a review of their sources found unfaithful, as the library now offers them. */
    @Test
    void theFidelityFindingsAreFixedInTheMethodsOffered() {
        Protocol guild = latest("gildebijeenkomst");
        Step lawyer = step(guild, "stap-jurist");
        assertEquals(30, lawyer.getTimeboxMinutes(), "\u2018ieder een half uur\u2019 (seed 001)");
        assertTrue(lawyer.isTimeboxSourced() && step(guild, "stap-gedragswetenschapper").isTimeboxSourced());
        assertTrue(step(guild, "stap-casuistiek").getCaptures().stream().anyMatch(c -> c.getKind().isAction()),
                "the case round agrees actions");

        List<String> u = titles(latest("u-procedure"));
        assertTrue(u.indexOf("Wensen, waarden en motieven") < u.indexOf("Wat wil je?"), "the deepest point before the way up");
        assertEquals("Evaluatie", u.get(u.size() - 1));
        assertTrue(titles(latest("probleemoplossingsmethode")).contains("De inbrenger waardeert de vragen"));
        Protocol duo = latest("duo-werkplekbezoek");
        assertTrue(step(duo, "stap-bezoeken-afspreken").getCaptures().stream().anyMatch(c -> c.getKind().isAction()),
                "the visit happens between the meetings, as an action");
        assertEquals(ProtocolOrigin.INFERRED, latest("themacyclus-dilemma").getOrigin(), "the live variant is ours");
        assertTrue(latest("bordsessie").isDurationSourced(), "\u2018in vijftien minuten\u2019 (seed 004)");
        assertFalse(latest("intervisie").isDurationSourced(), "Leerkring's own");
    }

    private Protocol latest(String id) {
        return library.protocols().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Step step(Protocol protocol, String id) {
        return Protocols.steps(protocol).stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> titles(Protocol protocol) {
        return Protocols.steps(protocol).stream().map(s -> s.getTitle().getNl()).toList();
    }

    @Test
    void theLibraryHoldsAtLeastThirtyMethodsEachWithItsSource() {
        List<Protocol> all = library.protocols();
        assertTrue(all.size() >= 30, () -> "only " + all.size());
        for (Protocol protocol : all) {
            assertTrue(protocol.getReference() != null && protocol.getReference().length() > 20, protocol.getId());
            assertTrue(protocol.getRoles().size() >= 2, protocol.getId());
        }
        for (String id : List.of("intervisie", "incidentmethode", "balintmethode", "roddelmethode", "u-procedure",
                "probleemoplossingsmethode", "bordsessie", "waarderend-organiseren", "waardecreatie-review",
                "terugblik-acties", "methodische-casusbespreking", "leren-van-incident", "startbijeenkomst", "moreel-beraad",
                "van-scholing-naar-praktijk", "dilemmabespreking", "sessie-evaluatie", "ontwikkelwerkplaats")) {
            assertTrue(library.find(id, 1).isPresent(), id);
        }
    }

    /**
     * Each method says which of Ruijters' learning preferences it serves (after the Simons and
     * Ruijters table, seed 004), and the library has methods for each of the five, so a lead who
     * filters on one always finds some.
     */
    @Test
    void everyMethodServesALearningPreferenceAndEachPreferenceHasMethods() {
        for (Protocol protocol : library.protocols()) {
            assertFalse(protocol.getLearningPreferences().isEmpty(), protocol.getId());
            assertTrue(protocol.getLearningPreferences().size() <= 3, protocol.getId() + " serves everything, so nothing");
        }
        java.util.Map<LearningPreference, Integer> mix = LearningPreferences.mix(library.protocols());
        assertEquals(List.of(), LearningPreferences.missing(mix), mix.toString());
        assertTrue(LearningPreferences.serves(library.find("intervisie", 1).orElseThrow(), LearningPreference.PARTICIPEREN));
        assertTrue(LearningPreferences.serves(library.find("intervisie", 1).orElseThrow(), null), "no preference chosen");
    }

    @Test
    void eachStepCollectsWhatTheMethodAsksFor() {
        List<Step> steps = Protocols.steps(library.find("actieleren", 1).orElseThrow());
        assertEquals(List.of("casus:1..1", "ontwikkelingsvraag:1..1"), captures(steps.get(0)));
        assertEquals(List.of("open-vraag:1..*"), captures(steps.get(1)));
        assertEquals(List.of("idee:1..*"), captures(steps.get(2)));
        assertEquals(List.of("actie:1..*"), captures(steps.get(3)));
        assertTrue(steps.get(3).getCaptures().get(0).getKind().isAction(), "step 4 records actions");
        assertEquals(List.of(), captures(steps.get(4)));
    }

    @Test
    void everyTextTheGroupSeesExistsInDutchAndEnglish() {
        for (Protocol protocol : library.protocols()) {
            for (Step step : Protocols.steps(protocol)) {
                for (LocalizedText text : List.of(step.getTitle(), step.getPrompt(), step.getInstruction())) {
                    assertFalse(text.getNl().isBlank(), step.getId());
                    assertFalse(text.getEn().isBlank(), step.getId());
                }
            }
            protocol.getItemKinds().forEach(kind -> assertFalse(kind.getName().getEn().isBlank(), kind.getId()));
        }
    }

    /**
     * The wording the fidelity review asked for (issue 15): no comma before "en" in a Dutch text, no
     * advice to use initials (they can point to a family beside a case), the sources' own role names.
     */
    @Test
    void theDutchTextsFollowTheAgreedWording() {
        for (Protocol protocol : library.protocols()) {
            List<String> texts = new java.util.ArrayList<>();
            texts.add(protocol.getDescription() == null ? "" : protocol.getDescription().getNl());
            for (Step step : Protocols.steps(protocol)) {
                texts.addAll(List.of(step.getTitle().getNl(), step.getPrompt().getNl(), step.getInstruction().getNl()));
            }
            protocol.getRoles().forEach(role -> texts.add(role.getName().getNl()));
            protocol.getItemKinds().forEach(kind -> texts.add(kind.getName().getNl()));
            for (String text : texts) {
                assertFalse(text.contains(", en "), () -> protocol.getId() + ": " + text);
                assertFalse(text.contains("initialen") || text.contains("schuilnaam"), () -> protocol.getId() + ": " + text);
                assertFalse(text.equals("Noteerder") || text.equals("Hulpvraag"), () -> protocol.getId() + ": " + text);
            }
        }
    }

    private static List<String> captures(Step step) {
        return step.getCaptures().stream().map(BuiltInProtocolsTest::capture).toList();
    }

    private static String capture(Capture c) {
        return c.getKind().getId() + ":" + c.getMin() + ".." + (c.getMax() < 0 ? "*" : Integer.toString(c.getMax()));
    }
}
