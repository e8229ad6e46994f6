package com.statutory.officers.answer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer every function returns (see the catalogue's "answer envelope").
 *
 * @param <A> the question's own typed answer; {@code null} when the status is {@code NEEDS_FACTS}
 */
@JsonPropertyOrder({ "question", "status", "answer", "summary", "reasoning", "citations", "missingFacts", "law", "disclaimer" })
public record Envelope<A>(
        String question,
        Status status,
        A answer,
        String summary,
        List<Step> reasoning,
        List<Quote> citations,
        List<MissingFact> missingFacts,
        Law law,
        String disclaimer) {

    public static final String DISCLAIMER = "General information from the statute, not legal advice.";

    public Envelope {
        reasoning = List.copyOf(reasoning);
        citations = List.copyOf(citations);
        missingFacts = List.copyOf(missingFacts);
    }
}
