package com.statutory.officers.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;

/** Counting days the way the sections count them. */
public final class Days {

    private Days() {
    }

    /** "within N days after" a date: the last day on which the act is still in time. */
    public static LocalDate within(LocalDate from, int days) {
        return from.plusDays(days);
    }

    /** Whole days from one date to a later one (the vacancy "occurs at least 130 days before" the election). */
    public static long between(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    /** "within N business days after": skips Saturdays, Sundays and the holidays given. */
    public static LocalDate withinBusinessDays(LocalDate from, int days, Collection<LocalDate> holidays) {
        LocalDate d = from;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d)) {
                counted++;
            }
        }
        return d;
    }
}
