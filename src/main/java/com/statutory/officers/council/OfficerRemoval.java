package com.statutory.officers.council;

import static com.statutory.officers.council.Council.atLeast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Days;
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
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * officer-removal: whether a mayor's or president's removal of an appointed officer stands.
 *
 * <p>Readings: the report meeting must fall 5 to 10 days after the removal, both ends included; "two-thirds
 * of all members authorized by law to be elected" counts the seats (vacant or not) and the mayor's or
 * president's office, since the corporate authorities are both; the answer also gives the number without
 * the mayor, as the text does not say.
 */
public final class OfficerRemoval implements Decides<OfficerRemoval.Facts, OfficerRemoval.Answer> {

    public static final String NAME = "officer-removal";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision REMOVAL = LAW.require("3.1-35-10");
    static final int REPORT_FROM_DAYS = 5;
    static final int REPORT_TO_DAYS = 10;

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality (kind names the roles).") @Valid Municipality municipality,
            @Title("Removed on")
            @JsonPropertyDescription("Date the officer was removed.") LocalDate removedOn,
            @Title("Appointed by the mayor or president?")
            @JsonPropertyDescription("Whether the officer was appointed by the mayor or president under the Municipal Code.") Boolean appointedByMayorOrPresident,
            @Title("Removed before for the same offense?")
            @JsonPropertyDescription("Whether the officer was already removed once for the same offense.") Boolean previouslyRemovedForSameOffense,
            @Title("Does another statute govern this officer?")
            @JsonPropertyDescription("Whether another statute provides otherwise for this officer (e.g. police or firefighters under a board of fire and police commissioners).") Boolean otherStatuteGoverns,
            @Title("Was there a written charge?")
            @JsonPropertyDescription("Whether the removal was made on a written charge.") Boolean writtenCharge,
            @Title("Were the reasons reported to the council or board?")
            @JsonPropertyDescription("Whether the reasons were reported to the corporate authorities (no: not, as of the answer's date). Taken as yes when the "
                    + "report date is given.") Boolean reasonsReported,
            @Title("Reasons reported on")
            @JsonPropertyDescription("Date of the meeting at which the reasons were reported, if they were.") LocalDate reasonsReportedOn,
            @Title("Seats")
            @JsonPropertyDescription("Seats of alderpersons or trustees the law provides (vacant ones included).")
            @Min(value = 1, message = "must be a whole number of at least 1") @Max(value = 60, message = "must be at most 60") Integer seats,
            @Title("Votes to disapprove")
            @JsonPropertyDescription("Members voting to disapprove the removal, if a vote was taken.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 61, message = "must be at most 61") Integer disapprovalVotes,
            @Title("Date to answer as of")
            @JsonPropertyDescription("The day the answer is for; it tells whether the report window has closed.") LocalDate asOf) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (Boolean.FALSE.equals(reasonsReported) && reasonsReportedOn != null) {
                p.add(new FieldProblem("reasonsReported", "is false but reasonsReportedOn is given"));
            }
            if (reasonsReportedOn != null && asOf != null && reasonsReportedOn.isAfter(asOf)) {
                p.add(new FieldProblem("reasonsReportedOn", "is after asOf"));
            }
            if (reasonsReportedOn != null && removedOn != null && reasonsReportedOn.isBefore(removedOn)) {
                p.add(new FieldProblem("reasonsReportedOn", "is before removedOn"));
            }
            if (disapprovalVotes != null && seats != null && disapprovalVotes > seats + 1) {
                p.add(new FieldProblem("disapprovalVotes", "is more than the seats plus the mayor or president"));
            }
            return p;
        }
    }

    public enum Outcome { REMOVAL_STANDS, RESTORED, PENDING, REMOVAL_NOT_ALLOWED, NOT_COVERED }

    public record Answer(@Decision Outcome outcome, LocalDate reportWindowOpens, @Decision LocalDate reportWindowCloses, Boolean reportedInWindow,
            @Decision Integer disapprovalVotesNeeded, Integer disapprovalVotesNeededWithoutMayor, boolean newBondAndOathOnRestoration,
            @Decision Outcome outcomeOtherReading) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Removal of an appointed officer",
            "Decides whether a mayor's or president's removal of an officer they appointed stands: the reasons must be "
                    + "reported at a meeting 5 to 10 days after the removal (dates given, both ends included); the officer is "
                    + "restored if they are not, or if two-thirds of all members authorized by law to be elected disapprove "
                    + "(read as the seats plus the mayor's or president's office, rounded up; the count without the mayor is "
                    + "also given, and where it would restore the officer, that reading's outcome); a restored officer gives a new bond and oath; no officer is removed twice for the same "
                    + "offense. Applies 3.1-35-10.",
            Area.COUNCIL_AND_BOARD, LAW, Facts.class, Answer.class)
            .decides("Whether an officer removed by the mayor or president stays removed.")
            .askedAs("removing, firing or dismissing an appointed officer such as the attorney or police chief");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.CITY, 42_000), LocalDate.parse("2026-03-02"), true, false, false, true, true,
                LocalDate.parse("2026-03-09"), 8, 5, null);
    }

    static final Fact<Facts, Boolean> APPOINTED = Fact.yesNo("appointedByMayorOrPresident", Facts::appointedByMayorOrPresident,
            "Was the officer appointed by the mayor or president?");
    static final Fact<Facts, Boolean> OTHER_STATUTE = Fact.yesNo("otherStatuteGoverns", Facts::otherStatuteGoverns,
            "Does another statute provide otherwise for removing this officer (for example a board of fire and police commissioners)?");
    static final Fact<Facts, Boolean> WRITTEN_CHARGE = Fact.yesNo("writtenCharge", Facts::writtenCharge, "Was the officer removed on a written charge?");
    static final Fact<Facts, Boolean> REMOVED_BEFORE = Fact.yesNo("previouslyRemovedForSameOffense", Facts::previouslyRemovedForSameOffense,
            "Was the officer removed before for the same offense?");
    static final Fact<Facts, LocalDate> REMOVED_ON = Fact.date("removedOn", Facts::removedOn, "On what date was the officer removed?");
    static final Fact<Facts, LocalDate> AS_OF = Fact.date("asOf", Facts::asOf, "As of what date is the answer wanted (today, usually)?")
            .said("the day the answer is for");
    /** Given as a date, the report was made; a date explored lies after the removal and not after the day of the answer. */
    static final Fact<Facts, Boolean> REPORTED = Fact.<Facts>yesNo("reasonsReported", f -> f.reasonsReportedOn() != null ? Boolean.TRUE : f.reasonsReported(),
            "Have the reasons for the removal been reported to the corporate authorities?").said("whether the reasons were reported");
    static final Fact<Facts, LocalDate> REPORTED_ON = Fact.<Facts>date("reasonsReportedOn", Facts::reasonsReportedOn,
            "On what date was the meeting at which the reasons were reported?").said("the date the reasons were reported")
            .noLessThan(in -> in.ifGiven(REMOVED_ON).orElse(null)).noMoreThan(in -> in.ifGiven(AS_OF).orElse(null));
    static final Fact<Facts, Integer> SEATS = Fact.count("seats", Facts::seats, 1, 60, "How many alderperson or trustee seats does the law provide?");
    static final Fact<Facts, Integer> DISAPPROVAL = Fact.count("disapprovalVotes", Facts::disapprovalVotes, 0, 61,
            "How many members voted to disapprove the removal (0 if no vote)?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        if (!in.is(APPOINTED, REMOVAL)) {
            r.found(REMOVAL, "The removal power covers officers appointed by the mayor or president under the Code; this officer was not.");
            return r.notApplicable(new Answer(Outcome.NOT_COVERED, null, null, null, null, null, false, null),
                    "Section 3.1-35-10 covers only officers the mayor or president appointed; another law governs this removal.");
        }
        if (in.is(OTHER_STATUTE, REMOVAL)) {
            r.found(REMOVAL, "The removal power applies \"except where otherwise provided by statute\"; another statute provides for this officer.");
            return r.notApplicable(new Answer(Outcome.NOT_COVERED, null, null, null, null, null, false, null),
                    "Section 3.1-35-10 yields to the statute that provides otherwise for this officer; that statute governs the removal.");
        }
        if (!in.is(WRITTEN_CHARGE, REMOVAL)) {
            r.found(REMOVAL, "The mayor or president may remove an appointed officer \"on any written charge\"; there was none.");
            return r.answered(new Answer(Outcome.REMOVAL_NOT_ALLOWED, null, null, null, null, null, false, null),
                    "The removal is not allowed: Section 3.1-35-10 authorizes removal on a written charge, and there was none.");
        }
        if (in.is(REMOVED_BEFORE, REMOVAL)) {
            r.found(REMOVAL, "No officer shall be removed a second time for the same offense.");
            return r.answered(new Answer(Outcome.REMOVAL_NOT_ALLOWED, null, null, null, null, null, false, null),
                    "The removal is not allowed: the officer was already removed once for the same offense.");
        }
        // "or if the corporate authorities by a two-thirds vote ... disapprove": a restoration of its own, whatever the report
        Optional<Integer> votes = in.ifGiven(DISAPPROVAL);
        // two-thirds of the seats and the mayor's office, rounded up, is reached exactly when the seats are at most 3/2 of the votes, less one
        if (votes.isPresent() && in.atMost(SEATS, 3L * votes.get() / 2 - 1, REMOVAL)) {
            return disapproved(in, r, votes.get());
        }
        LocalDate removedOn = in.the(REMOVED_ON, REMOVAL);
        LocalDate opens = Days.within(removedOn, REPORT_FROM_DAYS);
        LocalDate closes = Days.within(removedOn, REPORT_TO_DAYS);
        r.found(REMOVAL, "The reasons must be reported to the corporate authorities at a meeting held not less than 5 nor more than 10 days "
                + "after the removal on " + removedOn + ": from " + opens + " to " + closes + ".");
        // read without counting the mayor's office among "all members authorized by law to be elected", the votes given may
        // restore the officer already (two-thirds of the seats alone, rounded up, is reached when the seats are at most 3/2 of them)
        Outcome otherReading = votes.isPresent() && in.atMost(SEATS, 3L * votes.get() / 2, REMOVAL) ? Outcome.RESTORED : null;
        if (!in.is(REPORTED, REMOVAL)) {
            // "fails or refuses to report": once the window has closed on the day the answer is for, the officer is restored
            if (in.after(AS_OF, closes, REMOVAL)) {
                r.found(REMOVAL, "No report was made by " + closes + ", so the officer is restored to office.");
                return restored(r, opens, closes, false, null, null);
            }
            return r.answered(new Answer(Outcome.PENDING, opens, closes, null, null, null, true, otherReading),
                    "The reasons must be reported at a meeting between " + opens + " and " + closes + "; if they are not, the officer is restored."
                            + (otherReading == null ? "" : " Read without counting the mayor's or president's office among the members authorized by law "
                                    + "to be elected, the votes to disapprove already restore the officer."));
        }
        if (in.before(REPORTED_ON, opens, REMOVAL) || in.after(REPORTED_ON, closes, REMOVAL)) {
            r.found(REMOVAL, "The reasons were reported" + in.ifGiven(REPORTED_ON).map(d -> " on " + d).orElse("")
                    + ", outside the window, which is a failure to report: the officer is restored.");
            return restored(r, opens, closes, false, null, null);
        }
        int seats = in.the(SEATS, REMOVAL);
        int cast = votes.orElseGet(() -> in.the(DISAPPROVAL, REMOVAL));
        int withMayor = atLeast(2, 3, seats + 1);
        int withoutMayor = atLeast(2, 3, seats);
        r.found(REMOVAL, "Restoration by disapproval takes two-thirds of all members authorized by law to be elected: " + withMayor + " of "
                + (seats + 1) + " counting the mayor's or president's office (" + withoutMayor + " of " + seats
                + " if the mayor is not counted). " + cast + " voted to disapprove"
                + (cast >= withMayor ? ", so the officer is restored." : cast >= withoutMayor
                        ? ": enough only if the mayor is not counted; under the reading taken here the removal stands." : ", so the removal stands."));
        if (cast >= withMayor) {
            return restored(r, opens, closes, true, withMayor, withoutMayor);
        }
        // 3.1-35-10 does not say whether the mayor's office is among "all members authorized by law to be elected": where the
        // count without it would restore the officer, that reading's result is given beside this one
        boolean otherReadingRestores = cast >= withoutMayor;
        Optional<LocalDate> reportedOn = in.ifGiven(REPORTED_ON);
        return r.answered(new Answer(Outcome.REMOVAL_STANDS, opens, closes, true, withMayor, withoutMayor, false,
                otherReadingRestores ? Outcome.RESTORED : null),
                "The removal stands: the reasons were reported" + reportedOn.map(d -> " on " + d + (d.equals(closes)
                        ? ", the last day allowed" : ", in time (the last day allowed was " + closes + ")")).orElse(" in time") + ", and "
                        + (cast == 0 ? "no member voted to disapprove it (" + withMayor + " votes needed)."
                                : cast + " of the " + withMayor + " votes needed to disapprove it were cast.")
                        + (otherReadingRestores ? " Read without counting the mayor's or president's office among the members authorized by law "
                                + "to be elected, " + withoutMayor + " votes suffice and the officer is restored." : ""));
    }

    /** Restored by the vote: the report window, known once the removal date is, does not change it. */
    private Envelope<Answer> disapproved(In<Facts> in, Reasons r, int cast) {
        int seats = in.the(SEATS, REMOVAL);
        int withMayor = atLeast(2, 3, seats + 1);
        r.found(REMOVAL, "If the corporate authorities by a two-thirds vote of all members authorized by law to be elected disapprove of the "
                + "removal, the officer is restored: " + cast + " of the " + (seats + 1) + " members (the " + seats
                + " seats and the mayor's or president's office) voted to disapprove, and " + withMayor + " were needed, whatever became of the report.");
        Optional<LocalDate> removed = in.ifGiven(REMOVED_ON);
        return restored(r, removed.map(d -> Days.within(d, REPORT_FROM_DAYS)).orElse(null), removed.map(d -> Days.within(d, REPORT_TO_DAYS)).orElse(null),
                null, withMayor, atLeast(2, 3, seats));
    }

    private Envelope<Answer> restored(Reasons r, LocalDate opens, LocalDate closes, Boolean inWindow, Integer withMayor, Integer withoutMayor) {
        r.found(REMOVAL, "Upon restoration, the officer must give a new bond and take a new oath of office.");
        return r.answered(new Answer(Outcome.RESTORED, opens, closes, inWindow, withMayor, withoutMayor, true, null),
                "The officer is restored to office and must give a new bond and take a new oath.");
    }
}
