package com.statutory.officers.council;

import static com.statutory.officers.answer.Prose.count;
import static com.statutory.officers.council.Council.atLeast;
import static com.statutory.officers.council.Council.majorityOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
import com.statutory.officers.municipality.FormOfGovernment;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.municipality.Words;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * council-vote: did the measure pass, may the mayor or president vote, did that vote count, and what would it take.
 *
 * <p>Readings: the quorum is a majority of the corporate authorities the law provides (seats plus the
 * mayor's office), since 3.1-10-55 speaks of there being "not a quorum in office"; "where the council
 * consists of an odd number of alderpersons" counts the alderpersons then holding office, like the
 * sentence before it; "one-half of the alderpersons elected" in 3.1-40-30(ii) counts the seats, as the text
 * says (Article 5's twin says "then holding office"; the answer gives that reading's result too).
 */
public final class CouncilVote implements Decides<CouncilVote.Facts, CouncilVote.Answer> {

    public static final String NAME = "council-vote";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision QUORUM = LAW.require("3.1-40-20");
    static final Provision MAYOR_PRESIDES = LAW.require("3.1-40-30");
    static final Provision TIE = LAW.require("3.1-40-30(i)");
    static final Provision HALF_ELECTED = LAW.require("3.1-40-30(ii)");
    static final Provision SUPERMAJORITY = LAW.require("3.1-40-30(iii)");
    static final Provision VOTE_REQUIRED = LAW.require("3.1-40-40");
    static final Provision VILLAGE_BOARD = LAW.require("3.1-45-5");
    static final Provision RULES = LAW.require("3.1-40-15");
    static final Provision INTERESTED_ABSTAINS = LAW.require("3.1-55-10(b)(1)(C)");
    static final Provision INTERESTED_MAJORITY = LAW.require("3.1-55-10(b)(1)(D)");

    public enum Measure {
        ORDINANCE,
        /** A resolution or motion creating a liability against the municipality. */
        @Title("Resolution or motion creating a liability") LIABILITY_RESOLUTION_OR_MOTION,
        /** A resolution or motion for the expenditure or appropriation of its money. */
        @Title("Resolution or motion to spend money") SPENDING_RESOLUTION_OR_MOTION,
        @Title("Sale of school property") SCHOOL_PROPERTY_SALE,
        /** The award of a contract in which a member has an interest allowed by 3.1-55-10(b)(1). */
        @Title("Contract in which a member is interested") INTERESTED_MEMBER_CONTRACT,
        OTHER_RESOLUTION_OR_MOTION
    }

    public enum MayorVote { @Title("Yes") YEA, @Title("No") NAY, DID_NOT_VOTE }

    public enum Ground { TIE, HALF_OF_ALDERPERSONS_ELECTED, MORE_THAN_MAJORITY_REQUIRED }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality (its kind names the roles: mayor and alderpersons or president and trustees).") @Valid Municipality municipality,
            @Title("What was voted on")
            @JsonPropertyDescription("What was voted on.") Measure measure,
            @Title("Council or board")
            @JsonPropertyDescription("Seats, members holding office, and whether the mayor's or president's office is filled.") @Valid Council council,
            @Title("Yes votes")
            @JsonPropertyDescription("Alderpersons or trustees voting yes.") @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer yeas,
            @Title("No votes")
            @JsonPropertyDescription("Alderpersons or trustees voting no.") @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer nays,
            @Title("Present but not voting")
            @JsonPropertyDescription("Alderpersons or trustees present but not voting (abstaining, including interested members).")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer presentNotVoting,
            @Title("Mayor's or president's vote")
            @JsonPropertyDescription("How the mayor or president voted, if at all.") MayorVote mayorVote,
            @Title("Was the mayor or president present?")
            @JsonPropertyDescription("Whether the mayor or president was present.") Boolean mayorPresent) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            int voted = (yeas == null ? 0 : yeas) + (nays == null ? 0 : nays) + (presentNotVoting == null ? 0 : presentNotVoting);
            if (council != null && council.holdingOffice() != null && voted > council.holdingOffice()) {
                p.add(new FieldProblem("yeas", "yeas, nays and presentNotVoting add up to more than the members holding office"));
            }
            boolean voting = mayorVote == MayorVote.YEA || mayorVote == MayorVote.NAY;
            if (voting && council != null && Boolean.FALSE.equals(council.mayorInOffice())) {
                p.add(new FieldProblem("mayorVote", "the office of mayor or president is vacant (council.mayorInOffice is false); an acting mayor or pro tem votes only as a member"));
            }
            if (voting && Boolean.FALSE.equals(mayorPresent)) {
                p.add(new FieldProblem("mayorVote", "the mayor or president cannot vote without being present"));
            }
            return p;
        }
    }

    /**
     * @param passed            null when Article 3.1 fixes no number for the measure (the council's own rules govern)
     * @param votesNeeded       yes votes needed, counted as {@code requirement} says
     * @param votesCounted      yes votes that count toward it
     * @param mayorVoteDecisive whether the measure passed only because of the mayor's or president's vote
     * @param votesShort        more yes votes it would have taken
     */
    public record Answer(@Decision Boolean passed, String requirement, @Decision Integer votesNeeded, int votesCounted, Integer membersHoldingOffice,
            int quorum, @Decision Boolean quorumPresent, @Decision boolean mayorMayVote, List<Ground> mayorVoteGrounds, @Decision Boolean mayorVoteCounted,
            Boolean mayorVoteDecisive, Integer votesShort, boolean mayorMayVoteIfHalfOfThoseHoldingOffice, Boolean passedIfOddNumberCountsSeats) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Did the measure pass?",
            "Decides whether an ordinance, resolution or motion passed a city council or village board: the votes needed "
                    + "(a majority of all members then holding office including the mayor for ordinances and measures creating "
                    + "liability or spending money; a majority of the alderpersons suffices for an ordinance when an odd number "
                    + "hold office; three-fourths of the alderpersons for a sale of school property; a majority of those holding "
                    + "office for a contract with an interested member, who abstains but counts toward the quorum), whether the "
                    + "mayor or president may vote (tie; one-half of the alderpersons elected voting yes; more than a majority "
                    + "required), whether that vote counted and was decisive, the quorum, and how many votes short it fell. "
                    + "Readings: quorum is a majority of the seats plus the mayor's office; 'alderpersons elected' in "
                    + "3.1-40-30(ii) counts the seats (the 'then holding office' reading's result is also given). Articles 4 "
                    + "and 5 (commission and managerial forms) are not applied.",
            Area.COUNCIL_AND_BOARD, LAW, Facts.class, Answer.class)
            .decides("Whether a measure passed the council or board, and whether the mayor or president could vote.")
            .askedAs("did the ordinance, motion or resolution pass: counting yes and no votes, majority, two-thirds, quorum");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(new Municipality(MunicipalityKind.CITY, 42_000, FormOfGovernment.MAYOR_COUNCIL_OR_PRESIDENT_BOARD, false), Measure.ORDINANCE, new Council(8, 8, true), 4, 4, 0,
                MayorVote.YEA, true);
    }

    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, FormOfGovernment> FORM = MunicipalityFacts.form();
    static final Fact<Facts, Measure> MEASURE = Fact.choice("measure", Measure.class, Facts::measure, "What was voted on: an ordinance, a resolution "
            + "or motion creating a liability or spending money, a sale of school property, a contract with an interested member, or another resolution or motion?");
    static final Fact<Facts, Integer> SEATS = Fact.count("council.seats", f -> f.council() == null ? null : f.council().seats(), 1, 60,
            "How many alderperson or trustee seats does the law provide, vacant ones included?");
    static final Fact<Facts, Integer> YEAS = Fact.count("yeas", Facts::yeas, 0, 60, "How many alderpersons or trustees voted yes?");
    static final Fact<Facts, Integer> NAYS = Fact.<Facts>count("nays", Facts::nays, 0, 60, "How many alderpersons or trustees voted no?")
            .said("how many voted no").noMoreThan(in -> room(in, true));
    static final Fact<Facts, Integer> PRESENT_NOT_VOTING = Fact.<Facts>count("presentNotVoting", Facts::presentNotVoting, 0, 60,
            "How many alderpersons or trustees were present but did not vote?").said("how many were present without voting")
            .noMoreThan(in -> room(in, false));
    /** No fewer than took part in the vote, no more than the seats. */
    static final Fact<Facts, Integer> HOLDING = Fact.<Facts>count("council.holdingOffice", f -> f.council() == null ? null : f.council().holdingOffice(), 0, 60,
            "How many alderpersons or trustees hold office now (not counting vacant seats)?").said("how many alderpersons or trustees hold office")
            .noLessThan(in -> in.ifGiven(YEAS).orElse(0) + in.ifGiven(NAYS).orElse(0) + in.ifGiven(PRESENT_NOT_VOTING).orElse(0))
            .noMoreThan(in -> in.ifGiven(SEATS).orElse(null));
    static final Fact<Facts, Boolean> MAYOR_IN_OFFICE = Fact.<Facts>yesNo("council.mayorInOffice", f -> f.council() == null ? null : f.council().mayorInOffice(),
            "Is the office of mayor or president filled (not vacant)?").said("whether the office of mayor or president is filled");
    static final Fact<Facts, MayorVote> MAYOR_VOTE = Fact.choice("mayorVote", MayorVote.class, Facts::mayorVote,
            "How did the mayor or president vote (yes, no, or did not vote)?").said("how the mayor or president voted");
    static final Fact<Facts, Boolean> MAYOR_PRESENT = Fact.yesNo("mayorPresent", Facts::mayorPresent, "Was the mayor or president present?")
            .said("whether the mayor or president was present");

    /** Members who could still have voted no (or sat without voting): those holding office, or the seats, less those counted. */
    private static Integer room(In<Facts> in, boolean nays) {
        Integer of = in.ifGiven(HOLDING).or(() -> in.ifGiven(SEATS)).orElse(null);
        return of == null ? null : Math.max(0, of - in.ifGiven(YEAS).orElse(0) - (nays ? in.ifGiven(PRESENT_NOT_VOTING).orElse(0) : in.ifGiven(NAYS).orElse(0)));
    }

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Measure measure = in.the(MEASURE, VOTE_REQUIRED);
        MunicipalityKind kind = in.ifGiven(KIND).orElse(null);
        Words w = Words.of(kind);
        if (kind != MunicipalityKind.CITY) {
            r.found(VILLAGE_BOARD, "A village or town board passes measures in the same manner as a city council, and its president has the "
                    + "mayor's voting powers under 3.1-40-30.");
        }
        int seats = in.the(SEATS, QUORUM);
        int yeas = in.the(YEAS, VOTE_REQUIRED);
        Optional<MayorVote> vote = in.ifGiven(MAYOR_VOTE);
        boolean mayorVoted = vote.filter(v -> v != MayorVote.DID_NOT_VOTE).isPresent();

        // 3.1-40-30: when the chief executive may vote at all
        List<Ground> grounds = new ArrayList<>();
        boolean tie = yeas > 0 && in.atLeast(NAYS, yeas, TIE) && in.atMost(NAYS, yeas, TIE);
        if (tie) {
            grounds.add(Ground.TIE);
            r.found(TIE, "The " + w.members() + " tied " + yeas + " to " + yeas + ", so the " + w.chief() + " may vote.");
        }
        if (2 * yeas == seats) {
            grounds.add(Ground.HALF_OF_ALDERPERSONS_ELECTED);
            r.found(HALF_ELECTED, yeas + " is one-half of the " + seats + " " + w.members() + " elected, so the " + w.chief() + " may vote.");
        }
        if (measure == Measure.SCHOOL_PROPERTY_SALE) {
            grounds.add(Ground.MORE_THAN_MAJORITY_REQUIRED);
            r.found(SUPERMAJORITY, "A sale of school property needs more than a majority, so the " + w.chief() + " may vote.");
        }
        // a mayor who voted, or was present, holds the office
        boolean mayorMayVote = !grounds.isEmpty() && (mayorVoted || in.ifGiven(MAYOR_PRESENT).orElse(false) || in.is(MAYOR_IN_OFFICE, MAYOR_PRESIDES));
        if (grounds.isEmpty()) {
            r.found(MAYOR_PRESIDES, "None of the three cases of 3.1-40-30 applies (no tie, " + yeas + " is not one-half of the " + seats
                    + " " + w.members() + " elected, no more-than-majority requirement), so the " + w.chief() + " may not vote on it.");
        }

        // 3.1-40-20: quorum of the corporate authorities the law provides; those present are read only as far as the count needs
        int quorum = Council.quorumOf(seats);
        int present = yeas;
        boolean quorumPresent = present >= quorum;
        if (!quorumPresent) {
            present += in.the(NAYS, QUORUM);
            quorumPresent = present >= quorum;
        }
        if (!quorumPresent) {
            present += in.the(PRESENT_NOT_VOTING, QUORUM);
            quorumPresent = present >= quorum;
        }
        if (!quorumPresent) {
            present += mayorVoted || in.is(MAYOR_PRESENT, QUORUM) ? 1 : 0;
            quorumPresent = present >= quorum;
        }
        r.found(QUORUM, "A quorum is a majority of the corporate authorities: " + quorum + " of " + (seats + 1) + " (the " + seats + " "
                + w.members() + " and the " + w.chief() + "); at least " + present + " were present, so there "
                + (quorumPresent ? "was" : "was not") + " a quorum.");

        // 3.1-40-40 and 3.1-55-10: what the measure needs
        Integer needed = null;
        Integer members = null;
        String requirement;
        boolean mayorCounts = true;
        boolean alderpersonsAloneSuffice = false;
        Integer holding = null;
        switch (measure) {
            case ORDINANCE, LIABILITY_RESOLUTION_OR_MOTION, SPENDING_RESOLUTION_OR_MOTION, INTERESTED_MEMBER_CONTRACT -> {
                holding = in.the(HOLDING, VOTE_REQUIRED);
                members = holding + (mayorVoted || in.is(MAYOR_IN_OFFICE, VOTE_REQUIRED) ? 1 : 0);
                needed = majorityOf(members);
                if (measure == Measure.INTERESTED_MEMBER_CONTRACT) {
                    requirement = "a majority of those members presently holding office (" + members + ")";
                    r.found(INTERESTED_ABSTAINS, "The interested member abstains from voting but is counted present for the quorum.");
                    r.found(INTERESTED_MAJORITY, "The contract must be approved by " + requirement + ": " + needed + " votes.");
                    break;
                }
                requirement = "a majority of all " + members + " members then holding office, including the " + w.chief();
                r.found(VOTE_REQUIRED, "It needs the concurrence of " + requirement + ": " + needed + " votes.");
                if (measure == Measure.ORDINANCE && holding % 2 == 1) {
                    alderpersonsAloneSuffice = yeas >= majorityOf(holding);
                    r.found(VOTE_REQUIRED, holding + " " + w.members() + " hold office, an odd number, so a majority of them ("
                            + majorityOf(holding) + ") is sufficient to pass the ordinance" + (alderpersonsAloneSuffice ? "; " + yeas + " voted yes." : "."));
                    if (alderpersonsAloneSuffice) {
                        // the answer gives the majority that applied, not the one it did not need (issue 10, error 8)
                        needed = majorityOf(holding);
                        requirement = "a majority of the " + holding + " " + w.members() + " holding office, an odd number";
                    }
                }
            }
            case SCHOOL_PROPERTY_SALE -> {
                holding = in.the(HOLDING, VOTE_REQUIRED);
                needed = atLeast(3, 4, holding);
                mayorCounts = false;
                requirement = "three-fourths of all " + holding + " " + w.members() + " then holding office";
                r.found(VOTE_REQUIRED, "A sale of school property needs " + requirement + ": " + needed + " (three-fourths of " + holding
                        + ", rounded up); the " + w.chief() + "'s vote is not one of them.");
            }
            default -> {
                // 3.1-40-40 fixes no number here, so nothing confines the count to the members: a vote the mayor may cast counts
                requirement = "no number fixed by Article 3.1; the council's own rules of proceeding govern";
                r.found(RULES, "Article 3.1 fixes no vote for this kind of resolution or motion; the council's own rules of proceeding govern.");
            }
        }
        // "one-half of the alderpersons elected" read as those holding office: would the mayor then have a vote?
        boolean holdingReading = tie || measure == Measure.SCHOOL_PROPERTY_SALE || in.ifGiven(HOLDING).map(h -> 2 * yeas == h).orElse(false);
        boolean mayorVoteCanDecide = needed != null && mayorMayVote && mayorCounts && !alderpersonsAloneSuffice && yeas < needed && yeas + 1 >= needed;
        // 3.1-40-30 governs the mayor's vote "except as provided in Articles 4 and 5": where that vote decides, the form does
        if (mayorVoted && needed != null && !alderpersonsAloneSuffice && yeas < needed && yeas + 1 >= needed) {
            FormOfGovernment form = in.the(FORM, MAYOR_PRESIDES);
            if (form.controllingArticle() != null) {
                r.found(MAYOR_PRESIDES, "The mayor's vote is governed by 3.1-40-30 except as provided in Articles 4 and 5; this municipality "
                        + "has the " + form.words() + " form, so " + form.controllingArticle()
                        + " decides whether the mayor's vote counts, and with it whether the measure passed.");
                return r.notApplicable(new Answer(null, requirement, needed, yeas, members, quorum, quorumPresent, mayorMayVote, grounds, false,
                        null, null, holdingReading, null), "Whether the measure passed turns on the mayor's vote, which " + form.controllingArticle()
                                + " governs in a municipality of the " + form.words() + " form; Article 3.1 does not decide it.");
            }
        }
        // the vote is read where it can decide the measure; elsewhere, given, it fills in the count
        Optional<MayorVote> cast = mayorVoteCanDecide ? Optional.of(in.the(MAYOR_VOTE, MAYOR_PRESIDES)) : vote;
        // unknown while the mayor's vote is (a vote not given is not a vote not cast), unless the mayor could not vote at all
        Boolean mayorVoteCounted = !(mayorMayVote && mayorCounts) ? Boolean.FALSE : cast.map(v -> v != MayorVote.DID_NOT_VOTE).orElse(null);
        if (mayorVoted) {
            if (!mayorMayVote) {
                r.found(MAYOR_PRESIDES, "The " + w.chief() + " voted, but that vote does not count: 3.1-40-30 did not allow it here.");
            } else if (!mayorCounts) {
                r.found(VOTE_REQUIRED, "The " + w.chief() + " may vote, but the requirement counts only " + w.members() + ".");
            }
        }
        int counted = yeas + (Boolean.TRUE.equals(mayorVoteCounted) && cast.get() == MayorVote.YEA ? 1 : 0);
        Boolean passed = null;
        Boolean decisive = null;
        Integer shortBy = null;
        if (needed != null) {
            boolean withoutMayor = yeas >= needed || alderpersonsAloneSuffice;
            passed = quorumPresent && (counted >= needed || alderpersonsAloneSuffice);
            decisive = passed && !withoutMayor;
            shortBy = passed ? 0 : Math.max(0, needed - counted);
        }
        Boolean passedIfSeats = holding == null || members == null ? null
                : oddNumberReadAsSeats(measure, r, w, passed, quorumPresent, counted, members, holding, seats, yeas);
        String summary = summary(w, passed, needed, counted, requirement, quorumPresent, mayorMayVote, decisive, shortBy);
        if (passedIfSeats != null) {
            summary += " Read with \"an odd number of alderpersons\" counting the seats rather than those holding office, it "
                    + (passedIfSeats ? "would have passed." : "would not have passed.");
        }
        return r.answered(new Answer(passed, requirement, needed, counted, members, quorum, quorumPresent, mayorMayVote, grounds,
                mayorVoteCounted, decisive, shortBy, holdingReading, passedIfSeats), summary);
    }

    /**
     * Reading: "where the council consists of an odd number of alderpersons" (3.1-40-40) counts those holding office, like the
     * sentence before it; counting the seats instead gives a different result only for an ordinance when the two counts differ
     * in parity. Then the other result is returned too (null otherwise).
     */
    private static Boolean oddNumberReadAsSeats(Measure measure, Reasons r, Words w, Boolean passed, boolean quorumPresent, int counted,
            Integer members, int holding, int seats, int yeas) {
        if (passed == null || measure != Measure.ORDINANCE || seats % 2 == holding % 2) {
            return null;
        }
        boolean aloneBySeats = seats % 2 == 1 && yeas >= majorityOf(seats);
        boolean other = quorumPresent && (counted >= majorityOf(members) || aloneBySeats);
        if (other == passed) {
            return null;
        }
        r.found(VOTE_REQUIRED, "Read with the odd number counting the " + seats + " seats rather than the " + holding + " " + w.members()
                + " holding office, " + (aloneBySeats ? "a majority of the seats (" + majorityOf(seats) + ") would suffice and the ordinance would pass."
                        : "the odd-council rule would not apply and the ordinance would need " + majorityOf(members) + "."));
        return other;
    }

    private static String summary(Words w, Boolean passed, Integer needed, int counted, String requirement, boolean quorum,
            boolean mayorMayVote, Boolean decisive, Integer shortBy) {
        if (!quorum) {
            return "It did not pass: no quorum of the corporate authorities was present.";
        }
        if (passed == null) {
            return "Article 3.1 fixes no vote for this kind of resolution or motion; the council's own rules decide it. The " + w.chief()
                    + (mayorMayVote ? " may" : " may not") + " vote on it.";
        }
        return (passed ? "It passed" : "It did not pass") + " with " + count(counted, "yes vote") + " counted; it needed " + needed + ", "
                + requirement + "." + (mayorMayVote ? " The " + w.chief() + " could vote" + (Boolean.TRUE.equals(decisive) ? ", and that vote decided it." : ".")
                        : " The " + w.chief() + " could not vote.")
                + (passed ? "" : " It was " + count(shortBy, "vote") + " short.");
    }
}
