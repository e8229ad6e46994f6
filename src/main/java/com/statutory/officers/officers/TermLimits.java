package com.statutory.officers.officers;

import static com.statutory.officers.answer.Prose.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/** term-limits: which parts of a municipal term-limit measure are valid under 3.1-10-17. */
public final class TermLimits implements Decides<TermLimits.Facts, TermLimits.Answer> {

    public static final String NAME = "term-limits";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision PROSPECTIVE = LAW.require("3.1-10-17(a)");
    static final Provision SAME_CATEGORY = LAW.require("3.1-10-17(b)");
    static final Provision HOME_RULE = LAW.require("3.1-10-17(c)");
    static final Provision APPLIES_FROM = LAW.require("3.1-10-17(d)");
    static final LocalDate EFFECTIVE_FROM = LocalDate.of(2016, 11, 8);

    public record Facts(
            @Title("Term-limit measure passed on")
            @JsonPropertyDescription("Date the measure (referendum, ordinance or otherwise) was passed.") LocalDate passedOn,
            @Title("Does it count service before it was enacted?")
            @JsonPropertyDescription("Whether it counts service before it was enacted.") Boolean countsPriorService,
            @Title("Does it count other categories of office?")
            @JsonPropertyDescription("Whether it counts service in other categories of municipal office.") Boolean countsOtherOfficeCategories,
            @Title("Is the municipality a home-rule unit?")
            @JsonPropertyDescription("Whether the municipality is a home rule unit.") Boolean homeRule,
            @Title("Terms the measure allows")
            @JsonPropertyDescription("May this person run? The number of terms the measure allows in the office.")
            @Min(value = 1, message = "must be a whole number of at least 1") @Max(value = 20, message = "must be at most 20") Integer termsAllowed,
            @Title("Terms served since enactment")
            @JsonPropertyDescription("May this person run? Terms the person has served, in the same office or category of office, that began after "
                    + "the measure was enacted (the only service 3.1-10-17 lets it count).")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 20, message = "must be at most 20") Integer termsCountedSinceEnactment) {
    }

    /** @param mayRun whether the limit lets this person run again, counting only the service 3.1-10-17 allows; null when not asked */
    public record Answer(@Decision boolean governedBySection, @Decision boolean validProspectively, @Decision List<String> invalidParts,
            @Decision Boolean mayRun) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Term limits",
            "For a term-limit measure passed on or after November 8, 2016: it is valid prospectively, invalid as applied to "
                    + "service before its enactment and to service in other categories of municipal office; a home rule unit "
                    + "cannot do otherwise. Given the terms the measure allows and the person's terms in the same office or category "
                    + "that began after its enactment, also whether the person may run again (only that service counts). Measures "
                    + "passed before that date are NOT_APPLICABLE. Applies 3.1-10-17.",
            Area.OFFICERS, LAW, Facts.class, Answer.class)
            .decides("Whether a term-limit measure is valid, and whether it stops a person from running.")
            .askedAs("term limits approved by referendum: can an official run again after serving several terms");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(LocalDate.parse("2020-03-17"), true, false, true, 2, 1);
    }

    static final Fact<Facts, LocalDate> PASSED_ON = Fact.date("passedOn", Facts::passedOn, "On what date was the term-limit measure passed?");
    static final Fact<Facts, Boolean> PRIOR_SERVICE = Fact.yesNo("countsPriorService", Facts::countsPriorService,
            "Does the measure count terms served before it was enacted?");
    static final Fact<Facts, Boolean> OTHER_CATEGORIES = Fact.yesNo("countsOtherOfficeCategories", Facts::countsOtherOfficeCategories,
            "Does it count service in other kinds of municipal office?");
    static final Fact<Facts, Boolean> HOME_RULE_FACT = Fact.yesNo("homeRule", Facts::homeRule, "Is the municipality a home-rule unit?");
    static final Fact<Facts, Integer> ALLOWED = Fact.count("termsAllowed", Facts::termsAllowed, 1, 20, "How many terms does the measure allow in the office?");
    static final Fact<Facts, Integer> SERVED = Fact.count("termsCountedSinceEnactment", Facts::termsCountedSinceEnactment, 0, 20,
            "How many terms has the person served in the same office or category of office that began after the measure was enacted?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        if (in.before(PASSED_ON, EFFECTIVE_FROM, APPLIES_FROM)) {
            r.found(APPLIES_FROM, "Section 3.1-10-17 applies to term limits passed on or after November 8, 2016; this one was passed"
                    + in.ifGiven(PASSED_ON).map(d -> " on " + d).orElse(" before it") + ".");
            return r.notApplicable(new Answer(false, false, List.of(), null), "Section 3.1-10-17 does not govern a term limit passed before November 8, 2016.");
        }
        r.found(APPLIES_FROM, "The measure was passed" + in.ifGiven(PASSED_ON).map(d -> " on " + d + ",").orElse("") + " on or after November 8, 2016, so "
                + "Section 3.1-10-17 governs it.");
        List<String> invalid = new ArrayList<>();
        boolean prior = in.is(PRIOR_SERVICE, PROSPECTIVE);
        r.found(PROSPECTIVE, prior ? "It counts service before its enactment: it remains valid prospectively but is invalid as it applies to that earlier service."
                : "It is prospective, as required.");
        if (prior) {
            invalid.add("counting service before the measure was enacted");
        }
        boolean other = in.is(OTHER_CATEGORIES, SAME_CATEGORY);
        r.found(SAME_CATEGORY, other ? "It counts service in other categories of office: invalid as it applies to that service."
                : "It counts only the same office or category of office, as required.");
        if (other) {
            invalid.add("counting service in other categories of municipal office");
        }
        boolean homeRule = in.ifGiven(HOME_RULE_FACT).orElse(false);
        if (homeRule) {
            r.found(HOME_RULE, "A home rule unit may not regulate term limits inconsistently with this Section.");
        }
        // "may this person run?" is answered when the caller asks it, by giving either of its facts
        Boolean mayRun = null;
        int allowed = 0;
        int served = 0;
        if (in.given(ALLOWED) || in.given(SERVED)) {
            allowed = in.the(ALLOWED, PROSPECTIVE);
            served = in.the(SERVED, PROSPECTIVE);
            mayRun = served < allowed;
            r.found(PROSPECTIVE, "Office held before the limit took effect does not bar a person otherwise eligible from running, and service in "
                    + "other categories of office does not count: " + served + " of the " + count(allowed, "term")
                    + " allowed count, so the person " + (mayRun ? "may" : "may not") + " run for the office again.");
        }
        return r.answered(new Answer(true, true, invalid, mayRun), (invalid.isEmpty() ? "The term limit is valid: prospective and confined to the same office category."
                : "The term limit is valid prospectively, but invalid as to " + String.join(" and ", invalid) + "."
                        + (homeRule ? " Home rule powers do not change this." : ""))
                + (mayRun == null ? "" : mayRun ? " Counting only the " + count(served, "term") + " it may count, against the "
                        + allowed + " allowed, the person may run again." : " The person has served the " + count(allowed, "term")
                        + " allowed since it was enacted, in the same office or category, and may not run again."));
    }
}
