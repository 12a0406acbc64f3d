package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.core.privacy.PersonalDataDetector;
import nl.leerkring.core.privacy.PersonalDataDetector.Finding;
import nl.leerkring.core.privacy.PersonalDataDetector.Kind;

/** Personal data in case text: found where it is, left alone where it is not. */
class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    private List<Kind> kinds(String text) {
        return detector.find(text).stream().map(Finding::kind).toList();
    }

    @Test
    void aBsnIsRecognisedByTheElevenTest() {
        assertTrue(PersonalDataDetector.isBsn("111222333"));
        assertTrue(PersonalDataDetector.isBsn("123456782"));
        assertFalse(PersonalDataDetector.isBsn("123456789"), "fails the 11-test");
        assertFalse(PersonalDataDetector.isBsn("000000000"));
        assertEquals(List.of(Kind.BSN), kinds("Het BSN van moeder is 111222333, zegt de school."));
        assertEquals(List.of(Kind.BSN), kinds("bsn 1234.56.782 staat in het dossier"));
        assertEquals(List.of(), kinds("Dossiernummer 123456789 bij de rechtbank."));
    }

    @Test
    void aDateOfBirthIsRecognisedNearWordsAboutBirth() {
        assertEquals(List.of(Kind.BIRTH_DATE), kinds("J. (geboren 14-03-2011) gaat niet naar school."));
        assertEquals(List.of(Kind.BIRTH_DATE), kinds("Geboortedatum: 3 februari 2015."));
        assertEquals(List.of(Kind.BIRTH_DATE), kinds("geb. 2012-07-30"));
        assertEquals(List.of(), kinds("Het huisbezoek is op 12-03-2026 gepland."));
    }

    @Test
    void phoneNumbersAndEmailAddressesAreRecognised() {
        assertEquals(List.of(Kind.PHONE), kinds("Bel moeder op 06-12345678 na drie uur."));
        assertEquals(List.of(Kind.PHONE), kinds("Vader: +31 6 1234 5678"));
        assertEquals(List.of(Kind.PHONE), kinds("school 010 123 4567"));
        assertEquals(List.of(Kind.EMAIL), kinds("Mail naar m.jansen@example.nl voor de afspraak."));
    }

    @Test
    void aFullNameIsRecognisedAndReplacedByACodeNotByInitials() {
        List<Finding> findings = detector.find("Moeder Fatima El Amrani en haar zoon Daan de Vries wonen in Zwolle.");
        assertEquals(List.of("Fatima El Amrani", "Daan de Vries"), findings.stream().map(Finding::text).toList());
        // Initials beside a case can point to one family; a code per person does not.
        assertEquals("Moeder [persoon A] en haar zoon [persoon B] wonen in Zwolle; [persoon A] werkt.",
                detector.replaceAll("Moeder Fatima El Amrani en haar zoon Daan de Vries wonen in Zwolle;"
                        + " Fatima El Amrani werkt."));
    }

    @Test
    void ordinaryDutchSentencesRaiseNoAlarm() {
        for (String sentence : List.of(
                "Moeder (M.) van drie kinderen vraagt hulp bij de schoolgang van haar zoon.",
                "Het wijkteam Noord bespreekt op 24 november 2026 de casus met de leerplichtambtenaar.",
                "De Raad voor de Kinderbescherming is sinds 2019 betrokken; er zijn 3 kinderen van 4, 7 en 12 jaar.",
                "Wat heb je zelf al geprobeerd? Welke Open Vragen hebben we nog?",
                "Bespreking in Den Haag en Amsterdam Zuidoost, kamer 2.14, om 14.30 uur.",
                "Het budget is 125000 euro voor 2026 en 2027.",
                "Jeugdzorg Nederland en Veilig Thuis werken samen met Sociaal Wijkteam Zwolle.")) {
            assertEquals(List.of(), detector.find(sentence), sentence);
        }
    }
}
