package com.statutory.officers.elections;

import static com.statutory.officers.answer.Prose.count;
import static com.statutory.officers.answer.Prose.list;
import static com.statutory.officers.answer.Prose.noun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * primary-results: who goes from a nonpartisan primary onto the general election ballot.
 *
 * <p>Readings. Villages: the 4 highest for president and 4 times the trustee seats for trustees (or all, if fewer), the same rule
 * for both (one president seat gives 4). Where only one candidate was printed on the primary ballot, the write-in with the most votes
 * needs at least 10% of that candidate's votes (3.1-25-40(b)); write-ins with fewer votes fall short a fortiori. A nominee who dies
 * or withdraws is replaced by the next highest, so the ballot is the top places among the candidates remaining (3.1-25-40(c), (d)).
 * A tie at the last places is settled by lot, on a day named in a notice not more than 5 days after it (3.1-25-45). Cities: 2, 4
 * or 6 advance for 1, 2 or 3 seats; a write-in advances only with votes at least the petition signatures required or more than a
 * printed candidate for the same office; 3.1-20-45 names no rule for ties or replacements, which the Election Code governs (3.1-10-10).
 */
public final class PrimaryResults implements Decides<PrimaryResults.Facts, PrimaryResults.Answer> {

    public static final String NAME = "primary-results";

    static final Applied LAW = new Applied();
    static final Provision CITY = LAW.require("3.1-20-45");
    static final Provision[] CITY_ROWS = { LAW.require("3.1-20-45(1)"), LAW.require("3.1-20-45(2)"), LAW.require("3.1-20-45(3)") };
    static final Provision VILLAGE_TOP = LAW.require("3.1-25-40(a)");
    static final Provision VILLAGE_WRITE_IN = LAW.require("3.1-25-40(b)");
    static final Provision REPLACEMENT = LAW.require("3.1-25-40(c)");
    static final Provision REPLACEMENT_TIE = LAW.require("3.1-25-40(d)");
    static final Provision LOT = LAW.require("3.1-25-45");
    static final Provision ELECTION_LAW = LAW.require("3.1-10-10");
    static final int VILLAGE_PER_SEAT = 4;
    static final int CITY_PER_SEAT = 2;
    static final int CITY_MAX_SEATS = 3;
    static final int LOT_WITHIN_DAYS = 5;

    public record Candidate(
            @Title("Name")
            @JsonPropertyDescription("The candidate's name.") @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
            @Title("Votes")
            @JsonPropertyDescription("Votes received at the primary.") @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0")
            @Max(value = 10_000_000, message = "must be at most 10000000") Integer votes,
            @Title("Write-in candidate?")
            @JsonPropertyDescription("Whether the candidate was a write-in (not printed on the primary ballot).") @NotNull(message = "is required: true or false") Boolean writeIn) {
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: a village (3.1-25-40) or a city (3.1-20-45).") @Valid Municipality municipality,
            @Title("Seats")
            @JsonPropertyDescription("Seats to be filled at the general election for this office (president: 1; trustees: the trustee positions; "
                    + "city: 1, or 2 or 3 alderpersons at large).")
            @Min(value = 1, message = "must be at least 1") @Max(value = 30, message = "must be at most 30") Integer seats,
            @Title("Candidates")
            @JsonPropertyDescription("Every candidate for this office, with the primary votes.")
            @Size(min = 1, max = 200, message = "must list 1 to 200 candidates") List<@Valid Candidate> candidates,
            @Title("Signatures required on a petition")
            @JsonPropertyDescription("City: the number of signatures required on a nominating petition for this office (a write-in with at least that many "
                    + "votes advances).")
            @Min(value = 0, message = "must be at least 0") @Max(value = 10_000_000, message = "must be at most 10000000") Integer petitionSignaturesRequired,
            @Title("Nominees who died or withdrew")
            @JsonPropertyDescription("Village: names of nominees who died or withdrew before the general election (an empty list for none). Without it the "
                    + "answer gives the nominees as canvassed and who comes next.")
            @Size(max = 200, message = "must list at most 200 names") List<String> withdrawnOrDied,
            @Title("Tie notice issued on")
            @JsonPropertyDescription("Village with a tie: the date the canvassing board issued the written notice of the tie (the lot is drawn not more "
                    + "than 5 days after).")
            LocalDate tieNoticeIssuedOn) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (candidates == null || candidates.contains(null)) {
                return p;
            }
            p.addAll(FieldProblem.listedTwice(candidates, c -> c.name() == null ? null : c.name().trim(), "candidates[%d].name", "a candidate"));
            Set<String> names = new HashSet<>(candidates.stream().map(Candidate::name).filter(n -> n != null).map(String::trim).toList());
            if (withdrawnOrDied != null) {
                for (int i = 0; i < withdrawnOrDied.size(); i++) {
                    String n = withdrawnOrDied.get(i);
                    if (n == null || !names.contains(n.trim())) {
                        p.add(new FieldProblem("withdrawnOrDied[" + i + "]", "is not the name of a listed candidate"));
                    }
                }
            }
            return p;
        }
    }

    /** The top places by primary votes, with names. */
    record Selection(List<Candidate> in, List<Candidate> tied, int tiedPlaces) {

        static Selection of(List<Candidate> ranked, int places) {
            TopPlaces<Candidate> t = TopPlaces.of(ranked, places, Candidate::votes);
            return new Selection(t.in(), t.tied(), t.tiedPlaces());
        }

        List<String> names() {
            return in.stream().map(Candidate::name).toList();
        }

        List<String> tiedNames() {
            return tied.stream().map(Candidate::name).toList();
        }
    }

    /**
     * @param advancing         how many names the rule places on the general election ballot
     * @param nominated         candidates surely placed, from the canvass
     * @param tiedForLastPlaces candidates tied for the last places, of whom {@code placesByLot} go on the ballot
     * @param ballot            village, with withdrawals given: the names on the ballot after replacements (ties still open listed apart)
     * @param nextInLine        who would replace a nominee who dies or withdraws, in order
     * @param writeInsNotPlaced write-ins that fall short of the statute's threshold
     * @param lotNoLaterThan    village: the last day the notice may name for drawing lots (5 days after the notice)
     */
    public record Answer(Integer advancing, @Decision List<String> nominated, @Decision List<String> tiedForLastPlaces, @Decision Integer placesByLot,
            @Decision List<String> ballot, List<String> nextInLine, List<String> writeInsNotPlaced, LocalDate lotNoLaterThan) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Primary results",
            "Who goes from a nonpartisan primary onto the general election ballot. Villages (3.1-25-40): the 4 highest for president and 4 times "
                    + "the trustee seats for trustees, or all if fewer; with only one printed candidate, a write-in needs at least 10% of that "
                    + "candidate's votes; a nominee who dies or withdraws is replaced by the next highest; ties at the last places are decided by lot "
                    + "on a day named in a notice, not more than 5 days later (3.1-25-45). Cities (3.1-20-45): 2, 4 or 6 advance for 1, 2 or 3 "
                    + "seats; a write-in advances only with votes at least the petition signatures required, or more than a printed candidate; ties "
                    + "and replacements follow the Election Code (3.1-10-10).",
            Area.ELECTIONS_AND_STRUCTURE, LAW, Facts.class, Answer.class)
            .decides("Who goes from a nonpartisan primary onto the general election ballot.")
            .askedAs("who won the primary or was nominated, tie votes, how many advance to the general election");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.VILLAGE, 4_200), 1, List.of(
                new Candidate("Ada Moreno", 812, false), new Candidate("Ben Okafor", 640, false), new Candidate("Carla Ruiz", 431, false),
                new Candidate("Dev Shah", 298, false), new Candidate("Erin Walsh", 298, false), new Candidate("Frank Lee", 57, true)),
                null, List.of(), LocalDate.parse("2027-03-02"));
    }

    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Integer> SEATS = Fact.count("seats", Facts::seats, 1, 30, "How many seats are to be filled at the general election for this office?");
    static final Fact<Facts, List<Candidate>> CANDIDATES = Fact.value("candidates", Facts::candidates,
            "Who were the candidates for this office, how many primary votes did each receive, and was each a write-in?");
    static final Fact<Facts, Integer> SIGNATURES = Fact.count("petitionSignaturesRequired", Facts::petitionSignaturesRequired, 0, 10_000_000,
            "How many signatures does a nominating petition for this office require? A write-in who beat no printed candidate advances only with at least "
                    + "that many votes.").said("how many signatures a nominating petition requires");
    static final Fact<Facts, List<String>> WITHDRAWN = Fact.value("withdrawnOrDied", Facts::withdrawnOrDied,
            "Did any nominee die or withdraw before the general election? If so, who?");
    static final Fact<Facts, LocalDate> TIE_NOTICE = Fact.date("tieNoticeIssuedOn", Facts::tieNoticeIssuedOn,
            "On what date did the canvassing board issue the written notice of the tie?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        MunicipalityKind kind = in.the(KIND, VILLAGE_TOP);
        if (kind == MunicipalityKind.INCORPORATED_TOWN) {
            r.found(VILLAGE_TOP, "These ballot rules are for villages under 3.1-25-20 to 3.1-25-55 (and 3.1-20-45 for cities).");
            return r.notApplicable(new Answer(0, null, null, null, null, null, null, null),
                    "Article 3.1's primary ballot rules are for cities and villages; an incorporated town's follow the Election Code.");
        }
        List<Candidate> ranked = in.the(CANDIDATES, kind == MunicipalityKind.VILLAGE ? VILLAGE_TOP : CITY).stream()
                .sorted(Comparator.comparing(Candidate::votes).reversed()).toList();
        return kind == MunicipalityKind.VILLAGE ? village(in, ranked, r) : city(in, in.the(SEATS, CITY), ranked, r);
    }

    private Envelope<Answer> village(In<Facts> in, List<Candidate> ranked, Reasons r) {
        // "the 4 highest ... or all if fewer": with seats enough for every candidate, how many more places there are cannot matter
        boolean allFit = in.atLeast(SEATS, (ranked.size() + VILLAGE_PER_SEAT - 1) / VILLAGE_PER_SEAT, VILLAGE_TOP);
        Integer advancing = allFit ? in.ifGiven(SEATS).map(n -> VILLAGE_PER_SEAT * n).orElse(null) : Integer.valueOf(VILLAGE_PER_SEAT * in.the(SEATS, VILLAGE_TOP));
        int places = advancing == null ? ranked.size() : advancing;
        r.found(VILLAGE_TOP, "The names of the " + (advancing == null ? "" : advancing + " ") + "highest (4 for president, 4 times the trustee positions) "
                + "are placed on the ballot, or all if there are fewer: " + ranked.size() + " ran.");
        List<Candidate> printed = ranked.stream().filter(c -> !c.writeIn()).toList();
        List<String> short10 = new ArrayList<>();
        List<Candidate> eligible = ranked;
        if (printed.size() == 1 && ranked.stream().anyMatch(Candidate::writeIn)) {
            Candidate only = printed.get(0);
            // "at least 10%": votes * 10 >= printed votes, in whole numbers
            eligible = ranked.stream().filter(c -> !c.writeIn() || (long) c.votes() * 10 >= only.votes()).toList();
            ranked.stream().filter(c -> c.writeIn() && (long) c.votes() * 10 < only.votes()).forEach(c -> short10.add(c.name()));
            r.found(VILLAGE_WRITE_IN, "Only " + only.name() + " was printed on the primary ballot (" + count(only.votes(), "vote") + "): a write-in is placed only "
                    + "with at least 10% of that, " + count((only.votes() + 9) / 10, "vote") + "." + (short10.isEmpty() ? "" : " Short of it: "
                            + list(short10) + "."));
        }
        Selection s = Selection.of(eligible, places);
        LocalDate lotBy = null;
        if (!s.tied().isEmpty()) {
            lotBy = in.ifGiven(TIE_NOTICE).map(d -> d.plusDays(LOT_WITHIN_DAYS)).orElse(null);
            r.found(LOT, list(s.tiedNames()) + " are tied with " + count(s.tied().get(0).votes(), "vote") + " for the last "
                    + noun(s.tiedPlaces() == 1, "place", s.tiedPlaces() + " places")
                    + ": the canvassing board decides by lot, after written notice naming the place, the day (not more than 5 days later) and "
                    + "the hour" + (lotBy == null ? "." : "; with notice issued on " + in.ifGiven(TIE_NOTICE).get() + ", the day is no later than " + lotBy + "."));
        }
        List<String> nextInLine = eligible.stream().filter(c -> !s.in().contains(c) && !s.tied().contains(c)).map(Candidate::name).toList();
        List<String> ballot = null;
        if (in.given(WITHDRAWN)) {
            Set<String> gone = new HashSet<>(in.ifGiven(WITHDRAWN).orElse(List.of()).stream().map(String::trim).toList());
            if (!gone.isEmpty()) {
                Selection after = Selection.of(eligible.stream().filter(c -> !gone.contains(c.name())).toList(), places);
                ballot = after.names();
                r.found(REPLACEMENT, "Nominees who died or withdrew (" + list(gone.stream().sorted().toList()) + ") are replaced by the "
                        + "candidates with the next highest votes: the ballot carries " + list(ballot)
                        + (after.tied().isEmpty() ? "." : ", and " + after.tiedPlaces() + " of " + list(after.tiedNames()) + " by lot."));
                if (!after.tied().isEmpty()) {
                    r.found(REPLACEMENT_TIE, "Where the next highest cannot be determined because of a tie, the successor nominee is determined by lot under 3.1-25-45.");
                }
            } else {
                ballot = s.names();
            }
        } else if (!nextInLine.isEmpty()) {
            r.found(REPLACEMENT, "If a nominee dies or withdraws before the general election, the next highest takes the place: " + String.join(", ", nextInLine) + ".");
        }
        return r.answered(new Answer(advancing, s.names(), s.tiedNames(), s.tiedPlaces(), ballot, nextInLine, List.copyOf(short10), lotBy),
                summary(advancing, s, ballot) + (s.tied().isEmpty() ? "" : " The tie is decided by lot (3.1-25-45)"
                        + (lotBy == null ? "." : ", on a day no later than " + lotBy + ".")));
    }

    private Envelope<Answer> city(In<Facts> in, int seats, List<Candidate> ranked, Reasons r) {
        if (seats > CITY_MAX_SEATS) {
            r.found(CITY, "Section 3.1-20-45 provides for 1 officer, or 2 or 3 alderpersons at large; " + seats + " seats are not among them.");
            r.found(ELECTION_LAW, "The general election law governs what this Article does not.");
            return r.notApplicable(new Answer(0, null, null, null, null, null, null, null),
                    "Section 3.1-20-45 names how many advance only for 1, 2 or 3 seats; for " + seats + " the Election Code governs.");
        }
        int places = CITY_PER_SEAT * seats;
        r.found(CITY_ROWS[seats - 1], "With " + seats + " to be elected, the " + places + " candidates with the highest votes are placed on the "
                + "ballot for the general municipal election.");
        List<Candidate> printed = ranked.stream().filter(c -> !c.writeIn()).toList();
        Integer lowestPrinted = printed.isEmpty() ? null : printed.get(printed.size() - 1).votes();
        List<Candidate> sure = new ArrayList<>();
        List<String> notPlaced = new ArrayList<>();
        for (Candidate c : ranked) {
            boolean beatsPrinted = c.writeIn() && lowestPrinted != null && c.votes() > lowestPrinted;
            // a write-in who beat no printed candidate advances with "not less than the number of signatures" a petition needs
            if (!c.writeIn() || beatsPrinted || in.atMost(SIGNATURES, c.votes(), CITY)) {
                sure.add(c);
            } else {
                notPlaced.add(c.name());
            }
        }
        Selection without = Selection.of(sure, places);
        if (!notPlaced.isEmpty()) {
            r.found(CITY, "Write-ins placed only with votes at least the " + in.ifGiven(SIGNATURES).map(n -> n + " ").orElse("") + "petition signatures required or more than a printed candidate: "
                    + list(notPlaced) + " fall short.");
        }
        if (!without.tied().isEmpty()) {
            r.found(ELECTION_LAW, list(without.tiedNames()) + " are tied for the last "
                    + noun(without.tiedPlaces() == 1, "place", without.tiedPlaces() + " places") + "; Section 3.1-20-45 "
                    + "names no tie rule, so the general election law decides.");
        }
        List<String> next = sure.stream().filter(c -> !without.in().contains(c) && !without.tied().contains(c)).map(Candidate::name).toList();
        return r.answered(new Answer(places, without.names(), without.tiedNames(), without.tiedPlaces(), null, next, List.copyOf(notPlaced), null),
                summary(places, without, null) + (without.tied().isEmpty() ? "" : " The tie is settled under the Election Code (3.1-10-10)."));
    }

    private static String summary(Integer places, Selection s, List<String> ballot) {
        String out = (places == null ? "All the candidates" : "Up to " + places) + " go on the general election ballot: " + (s.in().isEmpty() ? "none outright" : String.join(", ", s.names()))
                + (s.tied().isEmpty() ? "." : "; " + s.tiedPlaces() + " more from the tie between " + list(s.tiedNames()) + ".");
        if (ballot != null && !ballot.equals(s.names())) {
            out += " After deaths or withdrawals the ballot carries " + list(ballot) + ".";
        }
        return out;
    }
}
