package com.statutory.officers.statute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The provisions one question applies, gathered as the question takes them from the corpus. A question's
 * {@code sections} (in {@code questions} and in {@code statute-section}'s {@code appliedBy}) are derived from here,
 * never listed by hand: three hand-kept lists had drifted from the provisions their rules cited.
 */
public final class Applied {

    private final Set<Provision> provisions = new LinkedHashSet<>();

    /** Derived once: `questions` and `statute-section` read every question's sections on each call. */
    private List<String> sections;

    /** The provision at {@code citation} (e.g. "3.1-10-50(f)(1)"), recorded as applied by this question. */
    public synchronized Provision require(String citation) {
        Provision p = Corpus.get().require(citation);
        provisions.add(p);
        sections = null;
        return p;
    }

    /** No provision: a platform function, which applies none. */
    public static Applied none() {
        return new Applied();
    }

    /** The sections of every provision taken, in the statute's order. */
    public synchronized List<String> sections() {
        if (sections == null) {
            List<String> order = Corpus.get().sections().stream().map(Section::number).toList();
            List<String> out = new ArrayList<>(provisions.stream().map(Provision::section).distinct().toList());
            out.sort(Comparator.comparingInt(order::indexOf));
            sections = List.copyOf(out);
        }
        return sections;
    }
}
