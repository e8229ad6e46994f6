package com.statutory.officers.elections;

import static com.statutory.officers.answer.Prose.count;
import static com.statutory.officers.answer.Prose.list;
import static com.statutory.officers.answer.Prose.noun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * redistricting: a city's new ward map after a census, answered part by part for the facts given.
 *
 * <p>Readings: "not less than 30 days before the first day ... for the filing of candidate petitions" makes the deadline that first
 * day minus 30 days (a map completed on it is in time). Holdovers are alderpersons whose terms do not expire at the next election;
 * where 2 or more live in the same new ward, one holds over for it by lot and the others serve out their terms at large. A ward with
 * no holdover elects 2 unless the city elects one per ward after a 3.1-20-20(a) referendum. A census published "not less than 60
 * days before" the election (on or before the 60th day before it) restoring the population undoes a ward-reducing ordinance.
 */
public final class Redistricting implements Decides<Redistricting.Facts, Redistricting.Answer> {

    public static final String NAME = "redistricting";

    static final Applied LAW = new Applied();
    static final Provision WARD_FORM = LAW.require("3.1-20-25(a)");
    static final Provision DEADLINE = LAW.require("3.1-20-25(b)");
    static final Provision HOLDOVERS = LAW.require("3.1-20-25(c)");
    static final Provision NO_HOLDOVER = LAW.require("3.1-20-25(d)");
    static final Provision LAPSE = LAW.require("3.1-20-25(e)");
    static final Provision VALID = LAW.require("3.1-20-30");
    static final int MAP_DAYS_BEFORE_FILING = 30;
    static final int CENSUS_DAYS_BEFORE_ELECTION = 60;

    public record Holdover(
            @Title("Name")
            @JsonPropertyDescription("The alderperson's name.") @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
            @Title("New ward")
            @JsonPropertyDescription("The ward of the new map in which the alderperson resides.")
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 50, message = "must be at most 50") Integer newWard) {
    }

    @Consistent
    public record Facts(
            @Title("First day to file petitions")
            @JsonPropertyDescription("The first day set by the general election law for filing candidate petitions for the next election of city officers.")
            LocalDate firstPetitionFilingDay,
            @Title("Wards in the new map")
            @JsonPropertyDescription("Wards in the new map.") @Min(value = 1, message = "must be at least 1") @Max(value = 50, message = "must be at most 50") Integer wards,
            @Title("Holdover alderpersons")
            @JsonPropertyDescription("Alderpersons whose terms do not expire at the next election, with the new ward each resides in (an empty list for none).")
            @Size(max = 100, message = "must list at most 100 alderpersons") List<@Valid Holdover> holdovers,
            @Title("One alderperson per ward by referendum?")
            @JsonPropertyDescription("Whether the city elects one alderperson per ward after a referendum under 3.1-20-20(a).") Boolean onePerWardReferendum,
            @Title("Candidate lived a year in an old ward?")
            @JsonPropertyDescription("A candidate: whether he or she resided, for at least one year before the election following the redistricting, in a "
                    + "ward of the old map.") Boolean candidateResidedOneYearInOldWard,
            @Title("Does the new ward contain part of that old ward?")
            @JsonPropertyDescription("A candidate: whether the new ward he or she would run from contains part of that old ward.") Boolean newWardContainsPartOfOldWard,
            @Title("Is the city newly incorporated?")
            @JsonPropertyDescription("A candidate: whether the city is newly incorporated (the old-ward rule is not for a newly incorporated municipality).")
            Boolean newlyIncorporated,
            @Title("Were wards reduced for a population decrease?")
            @JsonPropertyDescription("Whether the last redistricting ordinance decreased the number of wards because the population decreased.")
            Boolean wardsReducedForPopulationDecrease,
            @Title("Census restoring the population published on")
            @JsonPropertyDescription("The date an official census was officially published showing the city regained the population for its former wards.")
            LocalDate censusRestoringPopulationPublishedOn,
            @Title("Next general municipal election")
            @JsonPropertyDescription("The date of the next general municipal election.") LocalDate nextGeneralMunicipalElection,
            @Title("More wards than the census entitles?")
            @JsonPropertyDescription("Whether the city is divided into more wards and elected more alderpersons than a published census entitles it to.")
            Boolean moreWardsThanEntitled) implements CrossChecked {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (holdovers != null && !holdovers.contains(null)) {
                p.addAll(FieldProblem.listedTwice(holdovers, h -> h.name() == null ? null : h.name().trim(), "holdovers[%d].name", "an alderperson"));
                for (int i = 0; i < holdovers.size(); i++) {
                    Holdover h = holdovers.get(i);
                    if (wards != null && h.newWard() != null && h.newWard() > wards) {
                        p.add(new FieldProblem("holdovers[" + i + "].newWard", "is more than the " + wards + " wards of the new map"));
                    }
                }
            }
            if (censusRestoringPopulationPublishedOn != null && nextGeneralMunicipalElection != null
                    && censusRestoringPopulationPublishedOn.isAfter(nextGeneralMunicipalElection)) {
                p.add(new FieldProblem("censusRestoringPopulationPublishedOn", "is after nextGeneralMunicipalElection"));
            }
            return p;
        }
    }

    /**
     * @param mapDeadline           the last day to complete the new map: 30 days before the first day for filing candidate petitions
     * @param holdoverByLot         new wards where 2 or more holdovers reside: one holds over by lot, the rest serve at large
     * @param atLarge               how many holdovers serve the rest of their terms at large
     * @param wardsElectingTwo      new wards with no holdover, which elect 2 alderpersons
     * @param mayRunUnderRedistrictingRule whether a candidate qualifies under 3.1-20-25(c)'s one-year rule for the first election
     * @param reductionLapses       whether the ward-reducing ordinance is not effective because a census restored the population in time
     */
    public record Answer(@Decision LocalDate mapDeadline, @Decision List<Integer> holdoverByLot, @Decision Integer atLarge,
            @Decision List<Integer> wardsElectingTwo, @Decision Boolean mayRunUnderRedistrictingRule, @Decision Boolean reductionLapses,
            Boolean actsValid) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Redistricting after a census",
            "A city's new ward map, part by part for the facts given: the deadline (30 days before the first day for filing candidate petitions); "
                    + "holdover alderpersons in the same new ward (one holds over by lot, the others serve at large); wards with no holdover (elect 2, "
                    + "unless one per ward after a 3.1-20-20(a) referendum); whether a candidate may run from a new ward containing part of the old ward "
                    + "lived in for a year (not in a newly incorporated municipality); whether a ward-reducing ordinance lapses because a census "
                    + "published at least 60 days before the election restores the population; and the validity of an over-sized council's acts (3.1-20-30). Applies 3.1-20-25 and 3.1-20-30.",
            Area.ELECTIONS_AND_STRUCTURE, LAW, Facts.class, Answer.class)
            .decides("What a new ward map means for its deadline, holdover alderpersons and candidates.")
            .askedAs("drawing new ward or district boundaries and maps after the census, unequal wards");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(LocalDate.parse("2026-11-16"), 4, List.of(new Holdover("Ada Moreno", 1), new Holdover("Ben Okafor", 1),
                new Holdover("Carla Ruiz", 3)), false, null, null, null, null, null, null, null);
    }

    static final Fact<Facts, LocalDate> FILING = Fact.date("firstPetitionFilingDay", Facts::firstPetitionFilingDay, "What is the first day set for "
            + "filing candidate petitions for the next election of city officers? (Or give the holdover alderpersons, a candidate's residence, or the census facts.)");
    static final Fact<Facts, Integer> WARDS = Fact.count("wards", Facts::wards, 1, 50, "How many wards does the new map have?");
    static final Fact<Facts, List<Holdover>> HOLDOVER_LIST = Fact.value("holdovers", Facts::holdovers,
            "Which alderpersons' terms do not expire at the next election, and in which new ward does each reside?");
    static final Fact<Facts, Boolean> ONE_PER_WARD = Fact.yesNo("onePerWardReferendum", Facts::onePerWardReferendum,
            "Does the city elect one alderperson per ward after a referendum under 3.1-20-20(a)?");
    static final Fact<Facts, Boolean> RESIDED = Fact.yesNo("candidateResidedOneYearInOldWard", Facts::candidateResidedOneYearInOldWard,
            "Did the candidate reside in a ward of the old map for at least one year before the election?").said("whether the candidate lived a year in an old ward");
    static final Fact<Facts, Boolean> CONTAINS = Fact.yesNo("newWardContainsPartOfOldWard", Facts::newWardContainsPartOfOldWard,
            "Does the new ward contain part of the old ward the candidate lived in?").said("whether the new ward contains part of the old one");
    static final Fact<Facts, Boolean> NEWLY = Fact.yesNo("newlyIncorporated", Facts::newlyIncorporated, "Is the city newly incorporated?")
            .said("whether the city is newly incorporated");
    static final Fact<Facts, Boolean> REDUCED = Fact.yesNo("wardsReducedForPopulationDecrease", Facts::wardsReducedForPopulationDecrease,
            "Did the last redistricting ordinance decrease the wards because the population decreased?").said("whether the wards were reduced for a population decrease");
    static final Fact<Facts, LocalDate> CENSUS_ON = Fact.date("censusRestoringPopulationPublishedOn", Facts::censusRestoringPopulationPublishedOn,
            "On what date was an official census published showing the population regained (if one has been)?").said("when the census was published");
    static final Fact<Facts, LocalDate> ELECTION = Fact.date("nextGeneralMunicipalElection", Facts::nextGeneralMunicipalElection,
            "On what date is the next general municipal election?");
    static final Fact<Facts, Boolean> MORE_WARDS = Fact.yesNo("moreWardsThanEntitled", Facts::moreWardsThanEntitled,
            "Is the city divided into more wards than a published census entitles it to?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        // the function answers each part the caller asks about; with none, the map's deadline is what is asked
        boolean holdoverPart = in.given(HOLDOVER_LIST);
        boolean candidatePart = in.given(RESIDED) || in.given(CONTAINS);
        boolean lapsePart = in.given(REDUCED) || in.given(CENSUS_ON);
        boolean anyPart = in.given(FILING) || holdoverPart || candidatePart || lapsePart || in.given(MORE_WARDS);
        List<String> parts = new ArrayList<>();
        LocalDate deadline = null;
        if (in.given(FILING) || !anyPart) {
            LocalDate filing = in.the(FILING, DEADLINE);
            deadline = filing.minusDays(MAP_DAYS_BEFORE_FILING);
            r.found(DEADLINE, "The redistricting must be completed not less than 30 days before the first day for filing candidate petitions ("
                    + filing + "): by " + deadline + ".");
            r.cite(WARD_FORM);
            parts.add("The new ward map must be completed by " + deadline + ".");
        }
        List<Integer> byLot = null;
        Integer atLarge = null;
        List<Integer> electingTwo = null;
        if (holdoverPart) {
            Map<Integer, List<String>> byWard = new TreeMap<>();
            for (Holdover h : in.the(HOLDOVER_LIST, HOLDOVERS)) {
                byWard.computeIfAbsent(h.newWard(), k -> new ArrayList<>()).add(h.name());
            }
            byLot = new ArrayList<>();
            int rest = 0;
            for (Map.Entry<Integer, List<String>> w : byWard.entrySet()) {
                if (w.getValue().size() > 1) {
                    byLot.add(w.getKey());
                    rest += w.getValue().size() - 1;
                    r.found(HOLDOVERS, "Ward " + w.getKey() + ": " + list(w.getValue()) + " have terms not expiring and reside in it; the one "
                            + "who holds over is determined by lot in the presence of the council, and the others fill their unexpired terms at large.");
                }
            }
            atLarge = rest;
            electingTwo = new ArrayList<>();
            // a ward with no holdover elects 2, unless a 3.1-20-20(a) referendum has the city elect one per ward
            boolean onePerWard = in.ifGiven(ONE_PER_WARD).orElse(false);
            if (!onePerWard) {
                int wards = in.the(WARDS, NO_HOLDOVER);
                onePerWard = byWard.size() < wards && in.is(ONE_PER_WARD, NO_HOLDOVER);
                for (int w = 1; !onePerWard && w <= wards; w++) {
                    if (!byWard.containsKey(w)) {
                        electingTwo.add(w);
                    }
                }
            }
            if (onePerWard || !electingTwo.isEmpty()) {
                r.found(NO_HOLDOVER, onePerWard ? "The city elects one alderperson per ward under a 3.1-20-20(a) referendum, so a ward with no "
                        + "holdover elects one." : "Wards with no holdover alderperson elect 2: " + join(electingTwo) + ".");
            }
            parts.add((byLot.isEmpty() ? "No ward has 2 or more holdovers." : "Lots decide the holdover in " + noun(byLot.size() == 1, "ward ", "wards ")
                    + join(byLot) + "; " + count(rest, "alderperson") + noun(rest == 1, " serves the rest of the term", " serve the rest of their terms")
                    + " at large.") + (electingTwo.isEmpty() ? "" : " " + noun(electingTwo.size() == 1, "Ward ", "Wards ") + join(electingTwo)
                    + (electingTwo.size() == 1 ? " elects 2." : " each elect 2.")));
        }
        Boolean mayRun = null;
        if (candidatePart) {
            // (c): a year in a ward of the old map, part of which the new one contains, "in a municipality that is not a newly incorporated municipality"
            boolean newly = false;
            mayRun = in.is(RESIDED, HOLDOVERS) && in.is(CONTAINS, HOLDOVERS) && !(newly = in.is(NEWLY, HOLDOVERS));
            r.found(HOLDOVERS, mayRun ? "At the first election after the redistricting, a candidate may be elected from any ward containing part of the ward "
                    + "he or she resided in for at least one year before the election." : newly
                            ? "The old-ward rule is for a municipality that is not newly incorporated; in this newly incorporated city the ordinary "
                                    + "residence rules decide."
                            : "The redistricting rule lets a candidate run from a ward containing part of the old ward lived in for a year; this "
                                    + "candidate does not meet it, so the ordinary residence rules decide.");
            parts.add(mayRun ? "The candidate may run from the new ward under the redistricting rule." : "The candidate does not qualify under the redistricting rule.");
        }
        Boolean lapses = null;
        if (lapsePart) {
            // 3.1-20-35: the ward-reducing ordinance is not effective if a census showing the population regained is published at least 60 days before the election
            if (!in.is(REDUCED, LAPSE)) {
                lapses = false;
                r.found(LAPSE, "The lapse rule reaches only an ordinance that decreased the wards because the population decreased.");
            } else {
                LocalDate election = in.the(ELECTION, LAPSE);
                LocalDate censusBy = election.minusDays(CENSUS_DAYS_BEFORE_ELECTION);
                lapses = !in.after(CENSUS_ON, censusBy, LAPSE);
                r.found(LAPSE, "The census was published" + in.ifGiven(CENSUS_ON).map(d -> " on " + d).orElse("") + (lapses ? ", on or before " : ", after ")
                        + censusBy + " (60 days before the election of " + election + "): the ward-reducing ordinance " + (lapses ? "is not effective." : "stands."));
            }
            parts.add(lapses ? "The ward-reducing ordinance is not effective." : "The ward-reducing ordinance stands.");
        }
        Boolean valid = null;
        Optional<Boolean> more = in.ifGiven(MORE_WARDS);
        if (more.orElse(false)) {
            valid = true;
            r.found(VALID, "A division into more wards and the election of more alderpersons than the census entitles the city to are nevertheless "
                    + "valid, and the council's acts, resolutions and ordinances are valid if otherwise lawful.");
            parts.add("The over-sized council's acts are valid.");
        } else if (more.isPresent()) {
            r.cite(VALID);
            parts.add("The council has no more wards than the census entitles it to; the validation of 3.1-20-30 is not needed.");
        }
        return r.answered(new Answer(deadline, byLot, atLarge, electingTwo, mayRun, lapses, valid), String.join(" ", parts));
    }

    /** "1", "1 and 3", "1, 2 and 4". */
    private static String join(List<Integer> wards) {
        return list(wards.stream().map(String::valueOf).toList());
    }
}
