package com.statutory.officers.catalogue;

import java.util.List;

import com.statutory.officers.answer.Envelope;

/**
 * One statutory question: what the catalogue says about it, an example, and the pure rule from facts
 * to answer. Implementations know nothing of HTTP, Lambda or Quarkus.
 *
 * @param <F> the facts record (validated before {@link #answer} is called)
 * @param <A> the typed answer inside the envelope
 */
public interface Question<F, A> {

    About<F, A> about();

    /** A realistic input that gives an ANSWERED envelope. */
    F example();

    Envelope<A> answer(F facts);

    default String name() {
        return about().name();
    }

    default List<String> sections() {
        return about().sections();
    }

    default Class<F> factsType() {
        return about().factsType();
    }
}
