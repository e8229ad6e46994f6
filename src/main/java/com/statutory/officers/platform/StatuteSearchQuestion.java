package com.statutory.officers.platform;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.StatuteSearch;
import com.statutory.officers.catalogue.Title;

/** statute-search: ranked sections and subsections for a free-text query, for grounding chatbot answers. */
public final class StatuteSearchQuestion implements Question<StatuteSearchQuestion.Facts, StatuteSearchQuestion.Answer> {

    public static final String NAME = "statute-search";
    static final int DEFAULT_LIMIT = 5;

    public record Facts(
            @Title("Search words")
            @JsonPropertyDescription("Free text, e.g. \"who fills a trustee vacancy\".")
            @NotBlank(message = "must be some words to search for") @Size(max = 500, message = "must be at most 500 characters") String query,
            @Title("How many results")
            @JsonPropertyDescription("How many results, 1 to 20 (default 5).")
            @Min(value = 1, message = "must be between 1 and 20") @Max(value = 20, message = "must be between 1 and 20") Integer limit) {
    }

    public record Result(int rank, String cite, String heading, double score, String snippet) {
    }

    public record Answer(String query, List<Result> results) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Search the statute",
            "Ranks the sections and subsections of Article 3.1 for a free-text query (BM25 over each provision's own words, "
                    + "its caption weighted), with a snippet of each. Use it to find which provision answers a question.",
            Area.PLATFORM, Applied.none(), Facts.class, Answer.class)
            .decides("Finds the sections of Article 3.1 that speak to your words.")
            .askedAs("someone wants to find, look up or search the words of the law, the statute, or a section about a subject");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts("who fills a trustee vacancy", 3);
    }

    @Override
    public Envelope<Answer> answer(Facts f) {
        List<StatuteSearch.Hit> hits = StatuteSearch.get().search(f.query(), f.limit() == null ? DEFAULT_LIMIT : f.limit());
        Reasons r = new Reasons(NAME);
        List<Result> results = new java.util.ArrayList<>();
        for (StatuteSearch.Hit h : hits) {
            results.add(new Result(results.size() + 1, h.provision().cite(), h.provision().heading(), h.score(), h.snippet()));
            r.cite(h.provision());
        }
        String summary = results.isEmpty() ? "No provision of Article 3.1 matches \"" + f.query() + "\"."
                : "The best match for \"" + f.query() + "\" is " + results.get(0).cite() + " (" + results.get(0).heading() + ").";
        return r.answered(new Answer(f.query(), results), summary);
    }
}
