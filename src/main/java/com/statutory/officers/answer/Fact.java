package com.statutory.officers.answer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A fact a rule reads: where it sits in the input, how to read it from the facts given, what kind of value it takes and
 * the question a person is asked for it (declared once, here, rather than at each place the rule reads it). The rule
 * reads it through {@link In}; when it was not given the {@link Engine} works out whether it matters.
 *
 * <p>Counts and dates take part in the exploration by the lines the rule draws ({@link In#atLeast}, {@link In#onOrBefore}),
 * within bounds that may depend on other facts (the members holding office are no fewer than voted and no more than the
 * seats): only values the other facts allow are tried.
 *
 * @param <F> the facts record it is read from
 * @param <T> its value
 */
public final class Fact<F, T> {

    /** How the engine explores the fact when it is unknown. */
    public enum Kind {
        /** true and false */
        YES_NO,
        /** every constant of an enum */
        CHOICE,
        /** a whole number, split at the thresholds the rule compares it with */
        COUNT,
        /** a date, split at the days the rule compares it with */
        DATE,
        /** anything else (a list, a text, an amount): its value is needed as such */
        VALUE
    }

    /** Dates outside these are not explored: no term, meeting or census of Article 3.1 lies there. */
    static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    static final long LAST_DAY = LocalDate.of(2199, 12, 31).toEpochDay();

    private final String field;
    private final Function<? super F, ? extends T> given;
    private final Kind kind;
    private final String ask;
    private final String what;
    private final List<?> choices;
    private final long min;
    private final long max;
    private final Function<In<F>, ? extends T> lower;
    private final Function<In<F>, ? extends T> upper;
    private final boolean subject;

    private Fact(String field, Function<? super F, ? extends T> given, Kind kind, String ask, String what, List<?> choices, long min, long max,
            Function<In<F>, ? extends T> lower, Function<In<F>, ? extends T> upper, boolean subject) {
        this.field = Objects.requireNonNull(field);
        this.given = Objects.requireNonNull(given);
        this.kind = kind;
        this.ask = Objects.requireNonNull(ask);
        this.what = what;
        this.choices = choices;
        this.min = min;
        this.max = max;
        this.lower = lower;
        this.upper = upper;
        this.subject = subject;
    }

    public static <F> Fact<F, Boolean> yesNo(String field, Function<? super F, Boolean> given, String ask) {
        return new Fact<>(field, given, Kind.YES_NO, ask, null, List.of(true, false), 0, 0, null, null, false);
    }

    public static <F, E extends Enum<E>> Fact<F, E> choice(String field, Class<E> type, Function<? super F, E> given, String ask) {
        return new Fact<>(field, given, Kind.CHOICE, ask, null, Arrays.asList(type.getEnumConstants()), 0, 0, null, null, false);
    }

    /** A whole number from {@code min} to {@code max} (the schema's own bounds). */
    public static <F> Fact<F, Integer> count(String field, Function<? super F, Integer> given, int min, int max, String ask) {
        return new Fact<>(field, given, Kind.COUNT, ask, null, null, min, max, null, null, false);
    }

    public static <F> Fact<F, LocalDate> date(String field, Function<? super F, LocalDate> given, String ask) {
        return new Fact<>(field, given, Kind.DATE, ask, null, null, FIRST_DAY, LAST_DAY, null, null, false);
    }

    /** A fact whose value the rule uses as such (a list of dates, an amount): unknown, it is asked wherever it is read. */
    public static <F, T> Fact<F, T> value(String field, Function<? super F, T> given, String ask) {
        return new Fact<>(field, given, Kind.VALUE, ask, null, null, 0, 0, null, null, false);
    }

    /**
     * The fact as a phrase ("whether a newspaper is published in the municipality"), for the reasoning step that says the
     * answer does not depend on it.
     */
    public Fact<F, T> said(String phrase) {
        return new Fact<>(field, given, kind, ask, phrase, choices, min, max, lower, upper, subject);
    }

    /** A count or date no less than what the other facts make it (the bound read with {@link In#ifGiven}; null: no bound). */
    public Fact<F, T> noLessThan(Function<In<F>, ? extends T> bound) {
        return new Fact<>(field, given, kind, ask, what, choices, min, max, bound, upper, subject);
    }

    /** A count or date no more than what the other facts make it (the bound read with {@link In#ifGiven}; null: no bound). */
    public Fact<F, T> noMoreThan(Function<In<F>, ? extends T> bound) {
        return new Fact<>(field, given, kind, ask, what, choices, min, max, lower, bound, subject);
    }

    /**
     * What the question is about (the power, the duty, the violation): never explored, since an answer for every power at once
     * answers none of them; unknown, it is asked.
     */
    public Fact<F, T> subject() {
        return new Fact<>(field, given, kind, ask, what, choices, min, max, lower, upper, true);
    }

    boolean isSubject() {
        return subject;
    }

    public String field() {
        return field;
    }

    public String ask() {
        return ask;
    }

    public Kind kind() {
        return kind;
    }

    /** The phrase for "does not depend on ...". */
    public String what() {
        return what != null ? what : "the answer to \"" + ask + "\"";
    }

    /** An empty list is a fact too ("no nominee withdrew"): a rule that needs more than it lists says so ({@link In#needMore}). */
    T given(F facts) {
        return given.apply(facts);
    }

    List<?> choices() {
        return choices;
    }

    long min() {
        return min;
    }

    long max() {
        return max;
    }

    Function<In<F>, ? extends T> lower() {
        return lower;
    }

    Function<In<F>, ? extends T> upper() {
        return upper;
    }

    /** One fact per place in the input: two declarations of the same field are the same fact. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Fact<?, ?> other && other.field.equals(field);
    }

    @Override
    public int hashCode() {
        return field.hashCode();
    }

    @Override
    public String toString() {
        return field;
    }
}
