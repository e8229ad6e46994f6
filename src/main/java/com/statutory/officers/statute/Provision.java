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

    /**
     * What a reader calls it: a subsection's own caption ("(e) Appointment to fill alderperson or trustee vacancy. An
     * appointment ..." gives its first sentence when that is short), otherwise the section's heading.
     */
    public String caption() {
        String own = isSection() ? "" : StatuteSearch.caption(ownText);
        // a title, not a sentence: the heading's closing period goes ("Vacancy upon the effective date.")
        return own.isEmpty() ? heading.replaceFirst("\\.$", "") : own;
    }

    /**
     * Where each paragraph of {@link #text} starts: 0, then the offset of every nested paragraph's label in reading order
     * ("(1) ...", "(A) ..."), so a page can break the words as the statute sets them without sending them twice.
     */
    public List<Integer> paragraphStarts(Corpus corpus) {
        List<Integer> starts = new java.util.ArrayList<>(List.of(0));
        starts(corpus, this, starts, new int[] { 0 });
        return List.copyOf(starts);
    }

    private void starts(Corpus corpus, Provision p, List<Integer> out, int[] from) {
        for (String label : p.children()) {
            List<String> path = new java.util.ArrayList<>(p.citation().path());
            path.add(label);
            Provision child = corpus.find(new Citation(p.section(), path)).orElse(null);
            if (child == null) {
                continue;
            }
            String head = child.ownText().substring(0, Math.min(40, child.ownText().length()));
            int at = head.isEmpty() ? -1 : text.indexOf(head, from[0]);
            if (at > 0) {
                out.add(at);
                from[0] = at + 1;
            }
            starts(corpus, child, out, from);
        }
    }
}
