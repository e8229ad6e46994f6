package com.statutory.officers.catalogue;

import java.util.List;

/**
 * What the catalogue publishes about a question.
 *
 * @param name        the public, kebab-case function name
 * @param description what it decides, and the reading of the statute it takes where the text is ambiguous
 * @param sections    sections (e.g. "3.1-10-50") it applies
 * @param factsType   the facts record, validated before the rule runs
 * @param answerType  the typed answer inside the envelope
 */
public record About<F, A>(String name, String title, String description, Area area, List<String> sections,
        Class<F> factsType, Class<A> answerType) {

    public About {
        sections = List.copyOf(sections);
    }
}
