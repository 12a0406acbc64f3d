package nl.leerkring.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a person types it, read in their language: "14-12", "14-12-2026", "14/12/26", "14 dec",
 * "14 december 2026", "2026-12-14", "vandaag" or "morgen". Day and month come in the order the
 * locale writes them (month first in American English). A date without a year is this year's.
 * Anything else is not a date: the field says so rather than guessing.
 */
public final class DateInput {

    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{2}|\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_NAME = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?(?:\\s+(\\d{4}))?");
    private static final Pattern NAME_DAY = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?(?:\\s+(\\d{4}))?");

    private DateInput() {
    }

    public static Optional<LocalDate> parse(String typed, Locale locale, LocalDate today) {
        String text = typed == null ? "" : typed.strip().toLowerCase(locale);
        try {
            return Optional.ofNullable(read(text, locale, today));
        } catch (DateTimeException impossible) {
            // 31-02 and the like: numbers that name no day.
            return Optional.empty();
        }
    }

    /** The date as the field shows it once read: "14 dec 2026". */
    public static String format(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private static LocalDate read(String text, Locale locale, LocalDate today) {
        switch (text) {
            case "vandaag", "today" -> {
                return today;
            }
            case "morgen", "tomorrow" -> {
                return today.plusDays(1);
            }
            default -> {
                // read on below
            }
        }
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = NUMBERS.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean monthFirst = monthFirst(locale);
            return LocalDate.of(year(m.group(3), today), monthFirst ? first : second, monthFirst ? second : first);
        }
        m = DAY_NAME.matcher(text);
        if (m.matches()) {
            Month month = months(locale).get(m.group(2));
            return month == null ? null : LocalDate.of(year(m.group(3), today), month, Integer.parseInt(m.group(1)));
        }
        m = NAME_DAY.matcher(text);
        if (m.matches()) {
            Month month = months(locale).get(m.group(1));
            return month == null ? null : LocalDate.of(year(m.group(3), today), month, Integer.parseInt(m.group(2)));
        }
        return null;
    }

    private static int year(String typed, LocalDate today) {
        if (typed == null) {
            return today.getYear();
        }
        int year = Integer.parseInt(typed);
        return typed.length() == 2 ? 2000 + year : year;
    }

    /** Whether the locale writes the month before the day in its short dates (M/d/yy). */
    static boolean monthFirst(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return pattern.indexOf('M') < pattern.indexOf('d');
    }

    /** Month names, full and short, in the locale and in English, without dots. */
    private static Map<String, Month> months(Locale locale) {
        Map<String, Month> names = new HashMap<>();
        for (Locale language : new Locale[] { Locale.ENGLISH, locale }) {
            for (Month month : Month.values()) {
                for (TextStyle style : new TextStyle[] { TextStyle.FULL, TextStyle.SHORT }) {
                    names.put(month.getDisplayName(style, language).toLowerCase(language).replace(".", ""), month);
                }
            }
        }
        // Dutch also writes March as "maa" and "mrt", and September as "sept".
        names.putIfAbsent("mrt", Month.MARCH);
        names.putIfAbsent("sept", Month.SEPTEMBER);
        return names;
    }
}
