package com.statutory.officers.answer;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.statutory.officers.statute.Provision;

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
        summary = DatesInWords.of(summary);
        reasoning = List.copyOf(reasoning);
        citations = List.copyOf(citations);
        missingFacts = List.copyOf(missingFacts);
    }

    /**
     * This envelope qualified by a rule applied after the question composed it (a second reading, an Article-wide rule): the
     * answer replaced, the finding added to the reasoning with its provision (quoted once), and a sentence added to the summary.
     */
    public Envelope<A> qualified(A newAnswer, Provision provision, String finding, String sentence) {
        List<Step> steps = new ArrayList<>(reasoning);
        steps.add(new Step(finding, provision.cite()));
        List<Quote> quotes = new ArrayList<>(citations);
        if (quotes.stream().noneMatch(q -> q.cite().equals(provision.cite()))) {
            quotes.add(Quote.of(provision));
        }
        return new Envelope<>(question, status, newAnswer, sentence == null || sentence.isEmpty() ? summary : summary + " " + sentence, steps, quotes,
                missingFacts, law, disclaimer);
    }

    /** This envelope with a sentence added to the summary. */
    public Envelope<A> withSentence(String sentence) {
        return new Envelope<>(question, status, answer, summary + " " + sentence, reasoning, citations, missingFacts, law, disclaimer);
    }
}
