package nl.leerkring.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.reports.internal.Messages;

/** The days a group report covers, both ends included. */
public record Period(LocalDate from, LocalDate until) {

    public Period {
        if (from.isAfter(until)) {
            throw new IllegalArgumentException(from + " > " + until);
        }
    }

    /** The twelve calendar months up to and including today's: a year of bars, the current month last. */
    public static Period lastTwelveMonths(LocalDate today) {
        return new Period(today.withDayOfMonth(1).minusMonths(11), today);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(until);
    }

    /** Every calendar month the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(until)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** "1 december 2025 tot en met 30 november 2026", in the interface's language. */
    public String label() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
        return NLS.bind(Messages.Group_Period, format.format(from), format.format(until));
    }
}
