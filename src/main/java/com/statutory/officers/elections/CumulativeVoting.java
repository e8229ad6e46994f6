package com.statutory.officers.elections;

import static com.statutory.officers.answer.Prose.count;
import static com.statutory.officers.answer.Prose.list;
import static com.statutory.officers.answer.Prose.noun;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
 * cumulative-voting: the alderpersons elected in a district under minority representation (3.1-15-35).
 *
 * <p>Readings: each elector holds as many votes as seats to be filled and may give them whole to one candidate or "equal parts"
 * among several, so totals may be fractional (1.5, or thirds); totals are compared exactly. The 1, 2 or 3 highest are elected; a tie
 * for the last seat is reported, not broken: the general election law settles it (3.1-10-20).
 */
public final class CumulativeVoting implements Decides<CumulativeVoting.Facts, CumulativeVoting.Answer> {

    public static final String NAME = "cumulative-voting";

    static final Applied LAW = new Applied();
    static final Provision PLAN = LAW.require("3.1-15-35");
    static final Provision TIES = LAW.require("3.1-10-20");

    public record Candidate(
            @Title("Name")
            @JsonPropertyDescription("The candidate's name.") @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
            @Title("Votes")
            @JsonPropertyDescription("Votes received, counting split votes as cast (e.g. 1,204.5).")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "100000000", message = "must be at most 100000000")
            BigDecimal votes) {
    }

    @Consistent
    public record Facts(
            @Title("Seats")
            @JsonPropertyDescription("Alderpersons to be elected in the district at this election (1, 2 or 3).")
            @Min(value = 1, message = "must be 1, 2 or 3") @Max(value = 3, message = "must be 1, 2 or 3 (3 per district, 3.1-15-35)") Integer seats,
            @Title("Candidates")
            @JsonPropertyDescription("Every candidate in the district with the votes received.")
            @Size(min = 1, max = 100, message = "must list 1 to 100 candidates") List<@Valid Candidate> candidates,
            @Title("Ballots cast")
            @JsonPropertyDescription("Ballots cast in the district. When given, the vote totals must not exceed ballots times seats.")
            @Min(value = 0, message = "must be at least 0") @Max(value = 100_000_000, message = "must be at most 100000000") Integer ballotsCast)
            implements CrossChecked {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (candidates == null || candidates.contains(null) || candidates.stream().anyMatch(c -> c.name() == null || c.votes() == null)) {
                return p;
            }
            p.addAll(FieldProblem.listedTwice(candidates, c -> c.name().trim(), "candidates[%d].name", "a candidate"));
            if (ballotsCast != null && seats != null) {
                BigDecimal total = candidates.stream().map(Candidate::votes).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.compareTo(BigDecimal.valueOf((long) ballotsCast * seats)) > 0) {
                    p.add(new FieldProblem("candidates", "the votes total " + total.toPlainString() + ", more than the " + ballotsCast + " ballots times "
                            + seats + " votes each"));
                }
            }
            return p;
        }
    }

    /**
     * @param elected    the candidates elected outright
     * @param tied       candidates tied for the last seat(s), of whom {@code tiedSeats} are elected under the general election law
     */
    public record Answer(@Decision List<String> elected, @Decision List<String> tied, @Decision Integer tiedSeats) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Cumulative voting",
            "The alderpersons elected in a district under minority representation (3.1-15-35): each elector casts as many votes as seats, whole "
                    + "or in equal parts, so totals may be fractional; the 1, 2 or 3 highest are elected. A tie for the last seat is reported, to be "
                    + "settled under the general election law (3.1-10-20).",
            Area.ELECTIONS_AND_STRUCTURE, LAW, Facts.class, Answer.class)
            .decides("Who is elected in a city district that votes under minority representation.")
            .askedAs("counting votes when each voter can give all votes to one candidate, cumulative voting");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(3, List.of(new Candidate("Ada Moreno", new BigDecimal("2410")), new Candidate("Ben Okafor", new BigDecimal("1875.5")),
                new Candidate("Carla Ruiz", new BigDecimal("1202")), new Candidate("Dev Shah", new BigDecimal("1190.5"))), 2_300);
    }

    static final Fact<Facts, List<Candidate>> CANDIDATES = Fact.value("candidates", Facts::candidates, "Who were the candidates in the district, and how many votes did each receive?");
    static final Fact<Facts, Integer> BALLOTS = Fact.count("ballotsCast", Facts::ballotsCast, 0, 100_000_000, "How many ballots were cast in the district?");
    /** No fewer than the votes cast can be spread over: the totals are at most the ballots times the seats. */
    static final Fact<Facts, Integer> SEATS = Fact.<Facts>count("seats", Facts::seats, 1, 3, "How many alderpersons are to be elected in the district at this election (1, 2 or 3)?")
            .noLessThan(in -> in.ifGiven(BALLOTS).filter(b -> b > 0).flatMap(b -> in.ifGiven(CANDIDATES).map(cs -> cs.stream().map(Candidate::votes)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(b), 0, java.math.RoundingMode.CEILING).min(BigDecimal.valueOf(4)).intValue())).orElse(null));

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        List<Candidate> candidates = in.the(CANDIDATES, PLAN);
        int seats = in.the(SEATS, PLAN);
        List<Candidate> ranked = candidates.stream().sorted(Comparator.comparing(Candidate::votes).reversed()).toList();
        TopPlaces<Candidate> top = TopPlaces.of(ranked, seats, Candidate::votes);
        List<String> elected = top.in().stream().map(Candidate::name).toList();
        List<String> tied = top.tied().stream().map(Candidate::name).toList();
        r.found(PLAN, "Each elector had " + count(seats, "vote") + ", to cast whole or in equal parts; with " + seats + " to be elected, the "
                + seats + " highest in votes are elected" + (elected.isEmpty() ? "." : ": " + String.join(", ", elected) + "."));
        String summary = "Elected: " + (elected.isEmpty() ? "none outright" : String.join(", ", elected)) + ".";
        if (!tied.isEmpty()) {
            r.found(TIES, list(tied) + " are tied with " + count(top.tied().get(0).votes(), "vote") + " for the last "
                    + noun(top.tiedPlaces() == 1, "seat", top.tiedPlaces() + " seats")
                    + "; the general election law determines who holds the office.");
            summary += " " + list(tied) + " are tied for " + count(top.tiedPlaces(), "seat") + ", settled under the general election law (3.1-10-20).";
        }
        return r.answered(new Answer(elected, tied, top.tiedPlaces()), summary);
    }
}
