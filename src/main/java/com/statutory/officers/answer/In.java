package com.statutory.officers.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.statutory.officers.statute.Provision;

/**
 * What a rule knows on one path of the {@link Engine}'s exploration: the facts given, and what the path assumes of those
 * that were not. A rule reads every fact here, naming the provision under which it reads it; it never decides for itself
 * whether an absent fact is asked. Reading a fact that is neither given nor assumed stops the path, and the engine
 * follows the rule once for each way the fact could be (for a count or a date, each side of the line the rule drew).
 *
 * <p>{@link #ifGiven} reads a fact without exploring it: for details that fill in an answer (the votes an override needs,
 * once the members holding office are known) and can never change a decision.
 */
public final class In<F> {

    /**
     * A count read as a number (not against a line) is explored value by value when the other facts leave it at most this
     * many values (the members holding office between those who voted and the seats); more, and it is asked.
     */
    static final int ENUMERATED = 31;

    private final F facts;
    private final Map<Fact<?, ?>, Span> assumed;
    private final Reasons reasons;

    In(String question, F facts, Map<Fact<?, ?>, Span> assumed) {
        this.facts = facts;
        this.assumed = assumed;
        this.reasons = new Reasons(question);
    }

    /** Where the rule records its findings and seals its answer. */
    public Reasons reasons() {
        return reasons;
    }

    /** The fact's value; unknown, the engine explores it (a yes/no, a choice, a count of at most {@value #ENUMERATED} values) or asks it. */
    public <T> T the(Fact<F, T> fact, Provision because) {
        Optional<T> known = ifGiven(fact);
        if (known.isPresent()) {
            return known.get();
        }
        if (fact.isSubject()) {
            throw new Needed(fact, because);
        }
        switch (fact.kind()) {
            case YES_NO, CHOICE -> throw new Branch(fact, because, fact.choices().stream().<Span>map(Span.Point::new).toList());
            case COUNT -> {
                Span.Range r = range(fact, because);
                if (r.hi() - r.lo() < ENUMERATED) {
                    List<Span> each = new ArrayList<>();
                    for (long v = r.lo(); v <= r.hi(); v++) {
                        each.add(new Span.Range(v, v));
                    }
                    throw new Branch(fact, because, each);
                }
                throw new Needed(fact, because);
            }
            default -> throw new Needed(fact, because);
        }
    }

    /** Whether a yes/no fact is yes. */
    public boolean is(Fact<F, Boolean> fact, Provision because) {
        return Boolean.TRUE.equals(the(fact, because));
    }

    /** Whether a choice is this one. */
    public <T> boolean is(Fact<F, T> fact, T value, Provision because) {
        return Objects.equals(the(fact, because), value);
    }

    /** Whether a count is {@code n} or more. */
    public boolean atLeast(Fact<F, Integer> fact, long n, Provision because) {
        return split(fact, n, because);
    }

    /** Whether a count is {@code n} or less. */
    public boolean atMost(Fact<F, Integer> fact, long n, Provision because) {
        return !split(fact, n + 1, because);
    }

    /** Whether a count is more than {@code n}. */
    public boolean moreThan(Fact<F, Integer> fact, long n, Provision because) {
        return split(fact, n + 1, because);
    }

    /** Whether a date is on or after {@code day}. */
    public boolean onOrAfter(Fact<F, LocalDate> fact, LocalDate day, Provision because) {
        return split(fact, day.toEpochDay(), because);
    }

    public boolean after(Fact<F, LocalDate> fact, LocalDate day, Provision because) {
        return split(fact, day.toEpochDay() + 1, because);
    }

    public boolean onOrBefore(Fact<F, LocalDate> fact, LocalDate day, Provision because) {
        return !after(fact, day, because);
    }

    public boolean before(Fact<F, LocalDate> fact, LocalDate day, Provision because) {
        return !onOrAfter(fact, day, because);
    }

    /**
     * Whether one date is on or before another, both facts: the one unknown is split at the other's day; with both unknown,
     * the first is needed.
     */
    public boolean onOrBefore(Fact<F, LocalDate> earlier, Fact<F, LocalDate> later, Provision because) {
        Optional<LocalDate> a = ifGiven(earlier);
        if (a.isPresent()) {
            return onOrAfter(later, a.get(), because);
        }
        Optional<LocalDate> b = ifGiven(later);
        if (b.isPresent()) {
            return onOrBefore(earlier, b.get(), because);
        }
        return onOrBefore(earlier, the(later, because), because);
    }

    /** The fact if it was given (or this path has narrowed it to one value); never explored, never asked. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> ifGiven(Fact<F, T> fact) {
        T given = fact.given(facts);
        if (given != null) {
            return Optional.of(given);
        }
        Span s = assumed.get(fact);
        if (s instanceof Span.Point p) {
            return Optional.of((T) p.value());
        }
        if (s instanceof Span.Range r && r.lo() == r.hi()) {
            return Optional.of((T) (fact.kind() == Fact.Kind.DATE ? LocalDate.ofEpochDay(r.lo()) : Integer.valueOf((int) r.lo())));
        }
        return Optional.empty();
    }

    /**
     * The fact was given but does not reach far enough (the meetings listed all fall before the one the rule needs): it is
     * asked again, as if not given. Never returns.
     */
    public <T> T needMore(Fact<F, ?> fact, Provision because) {
        throw new Needed(fact, because);
    }

    /** Whether the fact was given (a path's assumption is not "given"). */
    public boolean given(Fact<F, ?> fact) {
        return fact.given(facts) != null;
    }

    /** Whether the count or date is at least {@code line}: known, or on this path's side of it, or explored on both. */
    private boolean split(Fact<F, ?> fact, long line, Provision because) {
        Object known = fact.given(facts);
        if (known != null) {
            return number(known) >= line;
        }
        Span.Range r = range(fact, because);
        if (r.lo() >= line) {
            return true;
        }
        if (r.hi() < line) {
            return false;
        }
        throw new Branch(fact, because, List.of(new Span.Range(r.lo(), line - 1), new Span.Range(line, r.hi())));
    }

    /** The values this path leaves the fact: its own bounds, those the other facts set, and what the path assumed. */
    private Span.Range range(Fact<F, ?> fact, Provision because) {
        long lo = fact.min();
        long hi = fact.max();
        if (fact.lower() != null) {
            Object b = fact.lower().apply(this);
            lo = b == null ? lo : Math.max(lo, number(b));
        }
        if (fact.upper() != null) {
            Object b = fact.upper().apply(this);
            hi = b == null ? hi : Math.min(hi, number(b));
        }
        if (assumed.get(fact) instanceof Span.Range r) {
            lo = Math.max(lo, r.lo());
            hi = Math.min(hi, r.hi());
        }
        if (lo > hi) {
            throw new Impossible(fact, because);
        }
        return new Span.Range(lo, hi);
    }

    private static long number(Object v) {
        return v instanceof LocalDate d ? d.toEpochDay() : ((Number) v).longValue();
    }

    /** The path stops: the fact is unknown and each of these is a way it could be. */
    static final class Branch extends Stop {
        final List<Span> ways;

        Branch(Fact<?, ?> fact, Provision because, List<Span> ways) {
            super(fact, because);
            this.ways = ways;
        }
    }

    /** The path stops: the rule needs the fact's value itself, and it is unknown. */
    static final class Needed extends Stop {
        Needed(Fact<?, ?> fact, Provision because) {
            super(fact, because);
        }
    }

    /** The path stops: what it assumed leaves the fact no possible value (the path is not a world). */
    static final class Impossible extends Stop {
        Impossible(Fact<?, ?> fact, Provision because) {
            super(fact, because);
        }
    }

    /** Control flow, not an error: no stack trace is taken. */
    abstract static sealed class Stop extends RuntimeException permits Branch, Needed, Impossible {
        final transient Fact<?, ?> fact;
        final transient Provision because;

        Stop(Fact<?, ?> fact, Provision because) {
            super(fact.field(), null, false, false);
            this.fact = fact;
            this.because = Objects.requireNonNull(because, "a fact is read under a provision");
        }
    }
}
