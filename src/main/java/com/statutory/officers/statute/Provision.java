package com.statutory.officers.statute;

import java.util.List;

/**
 * A section or one of its subsections, with the exact words the corpus holds for it.
 *
 * @param citation  where it is
 * @param text      the whole provision, its own label and every nested paragraph included
 * @param ownText   only the words before its first nested paragraph (what search indexes)
 * @param children  labels of the paragraphs directly nested in it, in order
 */
public record Provision(Citation citation, String heading, String text, String ownText, List<String> children) {

    public Provision {
        children = List.copyOf(children);
    }

    public String cite() {
        return citation.toString();
    }

    public String section() {
        return citation.section();
    }

    public boolean isSection() {
        return citation.path().isEmpty();
    }
}
