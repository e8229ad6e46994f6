package com.statutory.officers.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.statutory.officers.statute.Provision;

/**
 * Collects, while a rule runs, what it found and which provisions it relied on, then seals the
 * envelope. Citations can only be {@link Provision}s taken from the corpus, so every quoted word
 * comes from the bundled statute and never from a string in the code.
 */
public final class Reasons {

    private final String question;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Quote> quotes = new LinkedHashMap<>();
    private final List<MissingFact> missing = new ArrayList<>();

    public Reasons(String question) {
        this.question = question;
    }

    /** A finding and the provision that makes it so. */
    public Reasons found(Provision provision, String finding) {
        steps.add(new Step(finding, provision.cite()));
        cite(provision);
        return this;
    }

    /** A provision relied on without a finding of its own (e.g. the section's scope). */
    public Reasons cite(Provision provision) {
        quotes.putIfAbsent(provision.cite(), Quote.of(provision));
        return this;
    }

    /**
     * Records a fact that is needed and missing, and the provision that makes it decisive (quoted in the
     * citations, so the person asked can be told why); call {@link #hasMissing()} to decide whether to go on.
     */
    public Reasons missing(String field, String ask, Provision because) {
        if (missing.stream().noneMatch(m -> m.field().equals(field))) {
            missing.add(new MissingFact(field, ask, because.cite()));
        }
        cite(because);
        return this;
    }

    /** The findings so far, for the engine, which keeps those every path shares. */
    List<Step> steps() {
        return steps;
    }

    Map<String, Quote> quotes() {
        return quotes;
    }

    public boolean hasMissing() {
        return !missing.isEmpty();
    }

    public <A> Envelope<A> answered(A answer, String summary) {
        return seal(Status.ANSWERED, answer, summary, List.of());
    }

    public <A> Envelope<A> notApplicable(A answer, String summary) {
        return seal(Status.NOT_APPLICABLE, answer, summary, List.of());
    }

    public <A> Envelope<A> needsFacts() {
        StringBuilder summary = new StringBuilder("To answer, I need to know: ");
        for (int i = 0; i < missing.size(); i++) {
            summary.append(i == 0 ? "" : " ").append(missing.get(i).ask());
        }
        return seal(Status.NEEDS_FACTS, null, summary.toString(), missing);
    }

    private <A> Envelope<A> seal(Status status, A answer, String summary, List<MissingFact> facts) {
        return new Envelope<>(question, status, answer, summary, steps, List.copyOf(quotes.values()), facts,
                Law.CURRENT, Envelope.DISCLAIMER);
    }
}
