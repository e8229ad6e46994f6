package com.statutory.officers.answer;

/** What one path of the exploration assumes of a fact it was not given: one value, or a closed range of counts or days. */
sealed interface Span {

    record Point(Object value) implements Span {
    }

    /** Counts as themselves, dates as epoch days. */
    record Range(long lo, long hi) implements Span {
    }

    /** Two paths that assume these of the same fact are in different worlds. */
    static boolean disjoint(Span a, Span b) {
        if (a instanceof Range x && b instanceof Range y) {
            return x.hi() < y.lo() || y.hi() < x.lo();
        }
        return !a.equals(b);
    }
}
