package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerkring.core.DateInput;

/** Dates typed as people type them, read in their language; nonsense is no date. */
class DateInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @ParameterizedTest
    @CsvSource({ "14-12, 2026-12-14", "14/12, 2026-12-14", "1-2-2027, 2027-02-01", "14-12-26, 2026-12-14",
            "14 dec, 2026-12-14", "14 december 2026, 2026-12-14", "3 mrt 2027, 2027-03-03", "3 maart, 2026-03-03",
            "2027-01-05, 2027-01-05", "vandaag, 2026-11-30", "Morgen, 2026-12-01", "' 7 okt. 2026 ', 2026-10-07",
            "14 Dec 2026, 2026-12-14" })
    void dutchDatesAreRead(String typed, LocalDate expected) {
        assertEquals(Optional.of(expected), DateInput.parse(typed, DUTCH, TODAY));
    }

    @ParameterizedTest
    @CsvSource({ "12/14, 2026-12-14", "Dec 14, 2026-12-14", "'December 14, 2026', 2026-12-14", "today, 2026-11-30" })
    void americanEnglishPutsTheMonthFirst(String typed, LocalDate expected) {
        assertEquals(Optional.of(expected), DateInput.parse(typed, Locale.US, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "morgenochtend", "31-02", "14-13", "32 dec", "14 decembr", "volgende week dinsdag", "12345" })
    void nonsenseIsNoDate(String typed) {
        assertEquals(Optional.empty(), DateInput.parse(typed, DUTCH, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-12-14", "2027-03-01", "2026-05-31" })
    void whatTheFieldShowsReadsBack(LocalDate date) {
        assertEquals(Optional.of(date), DateInput.parse(DateInput.format(date, DUTCH), DUTCH, TODAY));
        assertEquals(Optional.of(date), DateInput.parse(DateInput.format(date, Locale.US), Locale.US, TODAY));
    }
}
