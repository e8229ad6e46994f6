package com.statutory.officers.catalogue;

import java.util.ArrayList;
import java.util.List;

import com.statutory.officers.municipality.ArticleWide;
import com.statutory.officers.municipality.InMunicipality;

import com.statutory.officers.statute.Applied;

/**
 * What the catalogue publishes about a question.
 *
 * @param name        the public, kebab-case function name
 * @param description what it decides, and the reading of the statute it takes where the text is ambiguous
 * @param applied     the provisions its rules take from the corpus
 * @param factsType   the facts record, validated before the rule runs
 * @param answerType  the typed answer inside the envelope
 * @param askedAs     how people put the question in their own words (moved away, died, owes money): what a chatbot or
 *                    the widget starts from, used to rank functions for a sentence and told to models choosing a tool
 * @param decides     one plain sentence of what it decides, for a person (issue 15): the widget's form opens with it, the
 *                    description (with its readings of the statute) folded below
 */
public record About<F, A>(String name, String title, String description, Area area, Applied applied,
        Class<F> factsType, Class<A> answerType, String askedAs, String decides) {

    public About(String name, String title, String description, Area area, Applied applied, Class<F> factsType, Class<A> answerType) {
        this(name, title, description, area, applied, factsType, answerType, "", "");
    }

    public About<F, A> askedAs(String words) {
        return new About<>(name, title, description, area, applied, factsType, answerType, words, decides);
    }

    public About<F, A> decides(String sentence) {
        return new About<>(name, title, description, area, applied, factsType, answerType, askedAs, sentence);
    }

    /**
     * Sections (e.g. "3.1-10-50") it applies: those of the provisions it takes, never a list kept by hand, and 3.1-5-5 for
     * every question about a municipality (ArticleWide applies it to each such answer).
     */
    public List<String> sections() {
        List<String> own = applied.sections();
        if (!InMunicipality.class.isAssignableFrom(factsType) || own.contains(ArticleWide.SECTION)) {
            return own;
        }
        List<String> all = new ArrayList<>();
        all.add(ArticleWide.SECTION);
        all.addAll(own);
        return List.copyOf(all);
    }
}
