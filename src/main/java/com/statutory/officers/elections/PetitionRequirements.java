package com.statutory.officers.elections;

import static com.statutory.officers.answer.Prose.count;
import static com.statutory.officers.answer.Prose.number;

import java.util.List;

import jakarta.validation.Valid;
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
import com.statutory.officers.municipality.Words;
import com.statutory.officers.municipality.FormOfGovernment;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * petition-requirements: the signatures a petition needs, whether the petition is available at all, and the proposition's words.
 *
 * <p>Readings: every fraction ("not less than 10%", "at least 1%", "equal in number to one-eighth", "not less than 5%") is a
 * minimum, so the signatures are the whole number at or above it: the fraction of the base rounded up (10% of 1,234 votes is
 * 123.4, so 124 signatures). The proposition is quoted from the section itself (placeholders such as "(name of city)" as the
 * statute writes them). 3.1-15-30(e)'s "not more than once within 32 months" bars a petition while a submission within the last
 * 32 months stands.
 */
public final class PetitionRequirements implements Decides<PetitionRequirements.Facts, PetitionRequirements.Answer> {

    public static final String NAME = "petition-requirements";

    static final Applied LAW = new Applied();
    static final Provision REDUCE = LAW.require("3.1-10-65(a)");
    static final Provision LENGTHEN = LAW.require("3.1-10-75(a)");
    static final Provision MINORITY_FORM = LAW.require("3.1-15-30(a)");
    static final Provision MINORITY = LAW.require("3.1-15-30(e)");
    static final Provision HALF = LAW.require("3.1-20-20(a)");
    static final Provision PLUS_AT_LARGE = LAW.require("3.1-20-20(b)");
    static final Provision REINSTATE = LAW.require("3.1-20-20(c)");
    static final Provision STAGGER = LAW.require("3.1-20-22");
    static final Provision CANDIDATE = LAW.require("3.1-25-30");
    static final Provision REQUIRE = LAW.require("3.1-25-60");
    static final Provision DISCONTINUE = LAW.require("3.1-25-65");
    static final Provision DISTRICTS = LAW.require("3.1-25-80");
    static final Provision ABANDON = LAW.require("3.1-25-85");
    static final Provision CLERK = LAW.require("3.1-25-90(b)");

    /** What the petition's fraction is taken of. */
    enum Base {
        MAYOR_VOTE("the total vote cast at the last election for mayor or president"),
        GENERAL_ELECTION_VOTES("the legal votes cast at the preceding general municipal election"),
        PRESIDENT_VOTE("the votes cast for president at the last preceding (general municipal) election in the village"),
        ELECTORS("the electors of the village"),
        HIGHEST_CANDIDATE_VOTE("the highest number of votes cast for any candidate for village office at the last preceding municipal election");

        final String words;

        Base(String words) {
            this.words = words;
        }
    }

    public enum Petition {
        /** 3.1-10-65: reduce elective terms from 4 years to 2. */
        @Title("Reduce terms to 2 years") REDUCE_TERMS(REDUCE, REDUCE, null, 1, 10, "10%", Base.MAYOR_VOTE),
        /** 3.1-10-75: lengthen them again from 2 years to 4. */
        @Title("Lengthen terms to 4 years") LENGTHEN_TERMS(LENGTHEN, LENGTHEN, null, 1, 10, "10%", Base.MAYOR_VOTE),
        /** 3.1-15-30(e): adopt or retain minority representation. */
        @Title("Adopt minority representation") MINORITY_REPRESENTATION(MINORITY, MINORITY_FORM, MunicipalityKind.CITY, 1, 8, "one-eighth", Base.GENERAL_ELECTION_VOTES),
        /** 3.1-20-20(a): restrict alderpersons to one-half, one per ward. */
        @Title("One alderperson per ward") RESTRICT_ALDERPERSONS_TO_HALF(HALF, HALF, MunicipalityKind.CITY, 1, 10, "10%", Base.MAYOR_VOTE),
        /** 3.1-20-20(b): one per ward plus at-large alderpersons. */
        @Title("One alderperson per ward plus some at large") RESTRICT_ALDERPERSONS_WITH_AT_LARGE(PLUS_AT_LARGE, PLUS_AT_LARGE, MunicipalityKind.CITY, 1, 10, "10%", Base.MAYOR_VOTE),
        /** 3.1-20-20(c): reinstate the 3.1-20-10 number after a restriction. */
        @Title("Reinstate the alderpersons") REINSTATE_ALDERPERSONS(REINSTATE, REINSTATE, MunicipalityKind.CITY, 1, 10, "10%", Base.MAYOR_VOTE),
        /** 3.1-20-22: staggered terms for alderpersons. */
        @Title("Stagger the terms") STAGGERED_TERMS(STAGGER, STAGGER, MunicipalityKind.CITY, 1, 10, "10%", Base.MAYOR_VOTE),
        /** 3.1-25-30: a candidate's nominating petition in a village's nonpartisan primary. */
        @Title("Village candidate's nomination") VILLAGE_CANDIDATE(CANDIDATE, null, MunicipalityKind.VILLAGE, 1, 100, "1%", Base.PRESIDENT_VOTE),
        /** 3.1-25-60: require nonpartisan primaries for president and trustees. */
        REQUIRE_NONPARTISAN_PRIMARIES(REQUIRE, REQUIRE, MunicipalityKind.VILLAGE, 1, 10, "10%", Base.PRESIDENT_VOTE),
        /** 3.1-25-65: end them (partisan elections). */
        DISCONTINUE_NONPARTISAN_PRIMARIES(DISCONTINUE, DISCONTINUE, MunicipalityKind.VILLAGE, 1, 10, "10%", Base.PRESIDENT_VOTE),
        /** 3.1-25-80: 6 trustee districts. */
        @Title("Elect trustees from districts") TRUSTEE_DISTRICTS(DISTRICTS, DISTRICTS, MunicipalityKind.VILLAGE, 1, 20, "5%", Base.ELECTORS),
        /** 3.1-25-85: abandon trustee districts. */
        ABANDON_TRUSTEE_DISTRICTS(ABANDON, ABANDON, MunicipalityKind.VILLAGE, 1, 20, "5%", Base.ELECTORS),
        /** 3.1-25-90(b): an elected village clerk instead of an appointed one. */
        @Title("Make the village clerk elected") ELECTED_VILLAGE_CLERK(CLERK, CLERK, MunicipalityKind.VILLAGE, 1, 10, "10%", Base.HIGHEST_CANDIDATE_VOTE);

        final Provision provision;
        final Provision wording;
        final MunicipalityKind onlyIn;
        final int numerator;
        final int denominator;
        final String fraction;
        final Base base;

        Petition(Provision provision, Provision wording, MunicipalityKind onlyIn, int numerator, int denominator, String fraction, Base base) {
            this.provision = provision;
            this.wording = wording;
            this.onlyIn = onlyIn;
            this.numerator = numerator;
            this.denominator = denominator;
            this.fraction = fraction;
            this.base = base;
        }
    }

    public record Facts(
            @Title("Petition")
            @JsonPropertyDescription("The petition asked about (to reduce or lengthen terms, adopt minority representation, restrict or reinstate "
                    + "alderpersons, stagger terms, nominate village candidates, require or discontinue nonpartisan primaries, create or "
                    + "abandon trustee districts, or elect the village clerk).")
            Petition petition,
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: kind and population decide whether the petition is available.") @Valid Municipality municipality,
            @Title("Vote or elector count the fraction is taken of")
            @JsonPropertyDescription("The figure the statute's fraction is taken of, which depends on the petition: the total vote at the last election "
                    + "for mayor or president; the legal votes at the preceding general municipal election (minority representation); the votes for "
                    + "village president (candidates, primaries); the village's electors (districts); the highest vote for any candidate for village "
                    + "office (elected clerk).")
            @Min(value = 0, message = "must be at least 0") @Max(value = 10_000_000, message = "must be at most 10000000") Integer base,
            @Title("Were terms shortened to 2 years?")
            @JsonPropertyDescription("Lengthening terms: whether the municipality voted under 3.1-10-65 to shorten its terms to 2 years.") Boolean termsShortened,
            @Title("Submitted within the last 32 months?")
            @JsonPropertyDescription("Minority representation: whether the question was submitted to the electors within the last 32 months.")
            Boolean submittedWithinLast32Months,
            @Title("Was a restriction adopted?")
            @JsonPropertyDescription("Reinstating alderpersons: whether a restriction under 3.1-20-20(a) or (b) was adopted.") Boolean restrictionAdopted,
            @Title("Nonpartisan primary elections?")
            @JsonPropertyDescription("Village primaries and candidates: whether the village elects its president and trustees in nonpartisan primary "
                    + "and general elections under 3.1-25-20 to 3.1-25-55.") Boolean nonpartisanPrimaries,
            @Title("Trustees from districts for more than 4 years?")
            @JsonPropertyDescription("Abandoning trustee districts: whether the village has elected trustees from districts (3.1-25-75) for more than 4 years.")
            Boolean districtsMoreThanFourYears,
            @Title("Is the village clerk appointed now?")
            @JsonPropertyDescription("Elected village clerk: whether the village clerk is now appointed under 3.1-25-90(a).") Boolean clerkAppointed)
            implements InMunicipality {
    }

    /**
     * @param available           whether the petition can bring the question (or the candidacy) at all
     * @param signaturesRequired  the fraction of the base, rounded up to a whole signature
     * @param proposition         the statute's own words for the ballot question
     * @param alsoByCorporateAuthorities whether the council or board may submit the question without a petition
     */
    public record Answer(@Decision Boolean available, @Decision Integer signaturesRequired, String fraction, Integer base, String proposition,
            boolean alsoByCorporateAuthorities) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Petition requirements",
            "For a referendum petition (term length 3.1-10-65/75, minority representation 3.1-15-30, alderperson number 3.1-20-20, staggered terms "
                    + "3.1-20-22, village primaries 3.1-25-60/65, trustee districts 3.1-25-80/85, elected clerk 3.1-25-90) or a village candidate's "
                    + "nominating petition (3.1-25-30): whether it is available (population, kind and history conditions), the signatures needed (the "
                    + "statute's fraction of its base, rounded up to a whole signature: 10% of 1,234 is 124), and the proposition in the statute's "
                    + "words. Minority representation may not be submitted more than once within 32 months.",
            Area.ELECTIONS_AND_STRUCTURE, LAW, Facts.class, Answer.class)
            .decides("Whether a referendum or nominating petition is available, and how many signatures it needs.")
            .askedAs("how many signatures a petition needs, referendum or ballot question, who can file it");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Petition.STAGGERED_TERMS, Municipality.of(MunicipalityKind.CITY, 23_400), 6_187, null, null, null, null, null, null);
    }

    static int signatures(Petition p, int base) {
        long scaled = (long) base * p.numerator;
        return (int) ((scaled + p.denominator - 1) / p.denominator);
    }

    /** The ballot question as the section words it: from "form:" to its question mark. */
    static String proposition(Provision wording) {
        if (wording == null) {
            return null;
        }
        String t = wording.text();
        int from = t.indexOf("form:");
        int to = from < 0 ? -1 : t.indexOf('?', from);
        return to < 0 ? null : t.substring(from + "form:".length(), to + 1).trim();
    }

    static final Fact<Facts, Petition> PETITION = Fact.choice("petition", Petition.class, Facts::petition, "Which petition: term length, minority "
            + "representation, number of alderpersons, staggered terms, a village candidate's petition, village primaries, trustee districts, or an "
            + "elected village clerk?").subject();
    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, FormOfGovernment> FORM = MunicipalityFacts.form();
    static final Fact<Facts, Boolean> SHORTENED = Fact.yesNo("termsShortened", Facts::termsShortened,
            "Did the municipality vote under 3.1-10-65 to shorten its officers' terms to 2 years?");
    static final Fact<Facts, Boolean> SUBMITTED = Fact.yesNo("submittedWithinLast32Months", Facts::submittedWithinLast32Months,
            "Was the question of minority representation submitted to the city's electors within the last 32 months?");
    static final Fact<Facts, Boolean> RESTRICTED = Fact.yesNo("restrictionAdopted", Facts::restrictionAdopted,
            "Did the city adopt a restriction of its alderpersons under 3.1-20-20(a) or (b)?");
    static final Fact<Facts, Boolean> NONPARTISAN = Fact.yesNo("nonpartisanPrimaries", Facts::nonpartisanPrimaries,
            "Does the village elect its president and trustees in nonpartisan primary and general elections under 3.1-25-20 to 3.1-25-55?");
    static final Fact<Facts, Boolean> FOUR_YEARS = Fact.yesNo("districtsMoreThanFourYears", Facts::districtsMoreThanFourYears,
            "Has the village elected its trustees from districts for more than 4 years?");
    static final Fact<Facts, Boolean> CLERK_APPOINTED = Fact.yesNo("clerkAppointed", Facts::clerkAppointed, "Is the village clerk now appointed under 3.1-25-90(a)?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Petition p = in.the(PETITION, REDUCE);
        if (p.onlyIn != null) {
            MunicipalityKind kind = in.the(KIND, p.provision);
            if (kind != p.onlyIn) {
                r.found(p.provision, "This petition is for " + Words.aKind(p.onlyIn) + "; the municipality is " + Words.aKind(kind) + ".");
                return unavailable(r, p, "This petition is available only in " + Words.aKind(p.onlyIn) + ".");
            }
        }
        String inhabitants = in.ifGiven(POPULATION).map(n -> n + " inhabitants").orElse(null);
        String condition = switch (p) {
            case REDUCE_TERMS, LENGTHEN_TERMS -> in.atLeast(POPULATION, Municipality.LARGE, p.provision)
                    ? "the municipality has " + (inhabitants == null ? "500,000 inhabitants or more" : inhabitants + ", not less than 500,000")
                    : p == Petition.LENGTHEN_TERMS && !in.is(SHORTENED, LENGTHEN) ? "only a municipality that voted under 3.1-10-65 to shorten its terms may lengthen them"
                    : null;
            case MINORITY_REPRESENTATION -> in.is(SUBMITTED, MINORITY) ? "the question may not be submitted more than once within 32 months" : null;
            case RESTRICT_ALDERPERSONS_TO_HALF, RESTRICT_ALDERPERSONS_WITH_AT_LARGE, STAGGERED_TERMS, REINSTATE_ALDERPERSONS ->
                    in.atLeast(POPULATION, 100_000, p.provision) ? "the city has " + (inhabitants == null ? "100,000 inhabitants or more" : inhabitants)
                            + "; the section is for a city of less than 100,000"
                    : p == Petition.REINSTATE_ALDERPERSONS && !in.is(RESTRICTED, REINSTATE)
                            ? "reinstatement is for a city where a restriction under 3.1-20-20(a) or (b) was successful" : null;
            case VILLAGE_CANDIDATE, DISCONTINUE_NONPARTISAN_PRIMARIES -> in.is(NONPARTISAN, p.provision) ? null
                    : p == Petition.VILLAGE_CANDIDATE ? "the village does not nominate under 3.1-25-20 to 3.1-25-55; the Election Code sets partisan petitions"
                    : "the village does not operate under 3.1-25-20 to 3.1-25-55";
            case REQUIRE_NONPARTISAN_PRIMARIES -> {
                FormOfGovernment form = in.the(FORM, REQUIRE);
                yield form.controllingArticle() != null ? "the village has adopted " + form.controllingArticle()
                        : in.is(NONPARTISAN, REQUIRE) ? "the village already elects its president and trustees in nonpartisan primaries" : null;
            }
            case TRUSTEE_DISTRICTS -> in.atLeast(POPULATION, 5_000, DISTRICTS) ? null
                    : "the village has " + (inhabitants == null ? "fewer than 5,000 inhabitants" : inhabitants) + "; districts are for a village of 5,000 or more";
            case ABANDON_TRUSTEE_DISTRICTS -> in.is(FOUR_YEARS, ABANDON) ? null
                    : "a village may abandon districts only after operating under them for more than 4 years";
            case ELECTED_VILLAGE_CLERK -> in.is(CLERK_APPOINTED, CLERK) ? null : "the clerk is already elected";
        };
        if (condition != null) {
            r.found(p.provision, "The petition is not available: " + condition + ".");
            return unavailable(r, p, "This petition is not available: " + condition + ".");
        }
        // the figure the fraction is taken of differs by petition, and so does its question
        int base = in.the(Fact.count("base", Facts::base, 0, 10_000_000, "What is " + p.base.words + "?"), p.provision);
        int needed = signatures(p, base);
        r.found(p.provision, "The petition needs signatures of electors numbering at least " + p.fraction + " of " + p.base.words + " ("
                + number(base) + "): " + number(needed) + ", rounded up to a whole signature.");
        String proposition = proposition(p.wording);
        if (p.wording != null && p.wording != p.provision) {
            r.found(p.wording, "The proposition's form" + (p == Petition.MINORITY_REPRESENTATION ? ", with \"retained\" for \"adopted\" when the question is retention." : "."));
        }
        boolean byAuthorities = p == Petition.REDUCE_TERMS || p == Petition.LENGTHEN_TERMS || p == Petition.REQUIRE_NONPARTISAN_PRIMARIES
                || p == Petition.DISCONTINUE_NONPARTISAN_PRIMARIES;
        return r.answered(new Answer(true, needed, p.fraction, base, proposition, byAuthorities),
                "The petition needs at least " + count(needed, "signature") + " (" + p.fraction + " of " + number(base) + ", rounded up)."
                        + (proposition == null ? "" : " The proposition: \"" + proposition + "\""));
    }

    private static Envelope<Answer> unavailable(Reasons r, Petition p, String summary) {
        return r.notApplicable(new Answer(false, null, p.fraction, null, proposition(p.wording), false), summary);
    }
}
