package com.statutory.officers.catalogue;

import java.util.List;

import com.statutory.officers.answer.Envelope;

/**
 * One statutory question: its public name, what it decides, the sections it applies, and the pure
 * rule from facts to answer. Implementations know nothing of HTTP, Lambda or Quarkus.
 *
 * @param <F> the facts record (validated before {@link #answer} is called)
 * @param <A> the typed answer inside the envelope
 */
public interface Question<F, A> {

    /** The public, kebab-case function name. */
    String name();

    String title();

    /** What it decides, and the reading of the statute it takes where the text is ambiguous. */
    String description();

    Area area();

    /** Sections (e.g. "3.1-10-50") this question applies. */
    List<String> sections();

    Class<F> factsType();

    Class<A> answerType();

    /** A realistic input that gives an ANSWERED envelope. */
    F example();

    Envelope<A> answer(F facts);
}
