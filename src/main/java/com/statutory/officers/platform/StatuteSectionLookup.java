package com.statutory.officers.platform;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Citation;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Informational;
import com.statutory.officers.statute.Division;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.statute.Section;
import com.statutory.officers.catalogue.Title;

/** statute-section: the words of a section or subsection by citation, and the functions that apply it. */
public final class StatuteSectionLookup implements Question<StatuteSectionLookup.Facts, StatuteSectionLookup.Answer> {

    public static final String NAME = "statute-section";

    public record Facts(
            @Title("Citation")
            @JsonPropertyDescription("A citation such as 3.1-10-50, 3.1-10-50(f)(1) or 65 ILCS 5/3.1-40-40.")
            @NotBlank(message = "must be a citation such as 3.1-10-50(f)(1)") @Size(max = 100, message = "must be at most 100 characters") String citation) {
    }

    /** @param informational why no function applies the section, where none does by design */
    public record Answer(String cite, String section, String heading, Division division, String sourceNote, String text,
            List<String> subsections, List<String> appliedBy, String informational) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "The text of a section or subsection",
            "Returns the text of a section or subsection of 65 ILCS 5/Article 3.1 by citation (3.1-10-50, "
                    + "3.1-10-50(f)(1), 65 ILCS 5/3.1-40-40), with its heading, division, source note, nested subsections, and "
                    + "the functions that apply it (or, for a section no function applies by design, why).",
            Area.PLATFORM, Applied.none(), Facts.class, Answer.class)
            .decides("Gives the words of a section or subsection of Article 3.1, by its citation.")
            .askedAs("someone wants the exact text of a section or subsection, by its citation number");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts("3.1-10-50(f)(1)");
    }

    @Override
    public Envelope<Answer> answer(Facts f) {
        Citation citation = Citation.parse(f.citation()).orElseThrow(() -> new InvalidInputException("citation",
                "is not a citation of Article 3.1; write it like 3.1-10-50 or 3.1-10-50(f)(1)"));
        Corpus corpus = Corpus.get();
        Section section = corpus.section(citation.section()).orElseThrow(() -> new InvalidInputException("citation",
                "names no section of Article 3.1 (sections run from 3.1-5-5 to 3.1-55-20)"));
        Provision p = corpus.find(citation).orElseThrow(() -> new InvalidInputException("citation",
                "names no subsection of Section " + section.number() + " (its subsections: "
                        + String.join(" ", section.provisions().stream().skip(1).map(x -> x.citation().local()).toList()) + ")"));
        List<String> appliedBy = AppliedBy.SECTIONS.getOrDefault(section.number(), List.of());
        List<String> children = p.children().stream().map(label -> new Citation(section.number(),
                append(citation.path(), label)).toString()).toList();
        Reasons r = new Reasons(NAME).cite(p);
        return r.answered(new Answer(p.cite(), section.number(), section.heading(), section.division(), section.sourceNote(), p.text(),
                children, appliedBy, Informational.reason(section.number()).orElse(null)), p.cite() + " (" + section.heading() + "): " + p.text());
    }

    /**
     * The functions applying each section, gathered once: asking all 35 questions for their sections on every call made
     * this lookup cost 30 µs (JMH, 2026-11-24) of which the rest of the answer takes a few.
     */
    private static final class AppliedBy {
        static final Map<String, List<String>> SECTIONS = gather();

        private static Map<String, List<String>> gather() {
            Map<String, List<String>> by = new java.util.HashMap<>();
            for (Question<?, ?> q : Catalogue.all()) {
                for (String s : q.sections()) {
                    by.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(q.name());
                }
            }
            by.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(by);
        }
    }

    private static List<String> append(List<String> path, String label) {
        return java.util.stream.Stream.concat(path.stream(), java.util.stream.Stream.of(label)).toList();
    }
}
