package com.statutory.officers.answer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;

/**
 * A provision relied on, with its words as the bundled corpus holds them.
 *
 * @param caption         the subsection's own caption, or the section's heading (issue 15: a citation titled by what it says)
 * @param paragraphStarts where each of its paragraphs starts in {@code text}: 0, then each nested paragraph's label
 * @param url             the section on the Illinois General Assembly's site, the official text to check ours against
 */
public record Quote(String cite, String section, String heading, String caption, String url, String text, List<Integer> paragraphStarts) {

    /** A quote depends only on its provision, and an answer cites a few of a few hundred: each is made once. */
    private static final Map<String, Quote> MADE = new ConcurrentHashMap<>();

    public static Quote of(Provision provision) {
        return MADE.computeIfAbsent(provision.cite(), cite -> make(provision));
    }

    private static Quote make(Provision provision) {
        return new Quote(provision.cite(), provision.section(), provision.heading(), provision.caption(), Corpus.officialUrl(provision.section()),
                provision.text(), provision.paragraphStarts(Corpus.get()));
    }
}
