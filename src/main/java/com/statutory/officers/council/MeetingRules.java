package com.statutory.officers.council;

import static com.statutory.officers.council.Council.atLeast;
import static com.statutory.officers.council.Council.majorityOf;

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
import com.statutory.officers.municipality.Words;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * meeting-rules: quorum, special meetings, deferral of committee reports, reconsideration at a special
 * meeting, expulsion, and appointments when no quorum is in office. One topic per call.
 *
 * <p>Readings: the quorum is a majority of the corporate authorities the law provides (seats plus the
 * mayor's office); expulsion needs two-thirds of the alderpersons then holding office, rounded up.
 */
public final class MeetingRules implements Decides<MeetingRules.Facts, MeetingRules.Answer> {

    public static final String NAME = "meeting-rules";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision APPOINTMENTS_WITHOUT_QUORUM = LAW.require("3.1-10-55");
    static final Provision EXPULSION = LAW.require("3.1-40-15");
    static final Provision QUORUM = LAW.require("3.1-40-20");
    static final Provision MEETINGS = LAW.require("3.1-40-25");
    static final Provision DEFERRAL = LAW.require("3.1-40-35");
    static final Provision RECONSIDERATION = LAW.require("3.1-40-55");
    static final Provision VILLAGE_BOARD = LAW.require("3.1-45-5");

    public enum Topic { QUORUM, SPECIAL_MEETING, COMMITTEE_REPORT_DEFERRAL, @Title("Reconsideration at a special meeting") RECONSIDERATION_AT_SPECIAL_MEETING, EXPULSION, APPOINTMENT_WITHOUT_QUORUM }

    public enum Caller { MAYOR_OR_PRESIDENT, ALDERPERSONS_OR_TRUSTEES, SOMEONE_ELSE }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality (kind names the roles).") @Valid Municipality municipality,
            @Title("Which rule")
            @JsonPropertyDescription("Which rule to apply (one call answers one rule).")
            Topic topic,
            @Title("Council or board")
            @JsonPropertyDescription("Seats, members holding office, and whether the mayor's or president's office is filled.") @Valid Council council,
            @Title("Members present")
            @JsonPropertyDescription("Quorum: members present, the mayor or president included.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 61, message = "must be at most 61") Integer membersPresent,
            @Title("Called by")
            @JsonPropertyDescription("Special meeting: who called it.") Caller calledBy,
            @Title("Did the call follow an ordinance?")
            @JsonPropertyDescription("Special meeting: whether an ordinance prescribes a manner of calling special meetings that this call followed.")
            Boolean callAllowedByOrdinance,
            @Title("Members joining the call")
            @JsonPropertyDescription("Special meeting: how many alderpersons or trustees joined in the call.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer callers,
            @Title("Members requesting deferral")
            @JsonPropertyDescription("Committee report deferral: alderpersons or trustees present who request deferral.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer requesting,
            @Title("Next regular meeting")
            @JsonPropertyDescription("Committee report deferral: the date of the next regular meeting.") LocalDate nextRegularMeeting,
            @Title("Present at the original vote")
            @JsonPropertyDescription("Reconsideration at a special meeting: alderpersons or trustees present when the vote was taken.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer presentAtOriginalVote,
            @Title("Present now")
            @JsonPropertyDescription("Reconsideration at a special meeting: alderpersons or trustees present at the special meeting.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer presentNow,
            @Title("Votes to expel")
            @JsonPropertyDescription("Expulsion: alderpersons or trustees voting to expel.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 60, message = "must be at most 60") Integer votesToExpel,
            @Title("Already expelled for the same incident?")
            @JsonPropertyDescription("Expulsion: whether the member was already expelled for the same incident.") Boolean alreadyExpelledForIncident) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (membersPresent != null && council != null && council.seats() != null && membersPresent > council.seats() + 1) {
                p.add(new FieldProblem("membersPresent", "is more than the seats plus the mayor or president"));
            }
            // issue 26, error 7: no more alderpersons or trustees can be counted than there are seats
            Integer seats = council == null ? null : council.seats();
            if (seats != null) {
                above(p, "callers", callers, seats);
                above(p, "requesting", requesting, seats);
                above(p, "presentAtOriginalVote", presentAtOriginalVote, seats);
                above(p, "presentNow", presentNow, seats);
                above(p, "votesToExpel", votesToExpel, seats);
            }
            if (votesToExpel != null && council != null && council.holdingOffice() != null && votesToExpel > council.holdingOffice()) {
                p.add(new FieldProblem("votesToExpel", "is more than the members holding office"));
            }
            return p;
        }

        private static void above(List<FieldProblem> p, String field, Integer count, int seats) {
            if (count != null && count > seats) {
                p.add(new FieldProblem(field, "is more than the " + seats + " seats (council.seats)"));
            }
        }
    }

    /**
     * @param allowed       whether the act is valid (quorum present, call valid, deferral granted, reconsideration or expulsion allowed)
     * @param votesOrMembersNeeded the number the rule requires
     * @param deferredTo    the meeting a deferred committee report goes to
     */
    /**
     * @param quorumIfOnlyThoseInOfficeCount QUORUM: the quorum under the other reading (a majority of the corporate authorities
     *                                       holding office), when seats are vacant and it differs
     */
    public record Answer(@Decision Topic topic, @Decision Boolean allowed, @Decision Integer votesOrMembersNeeded, LocalDate deferredTo,
            Integer quorumIfOnlyThoseInOfficeCount) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Meeting rules",
            "One rule per call: QUORUM (a majority of the corporate authorities, read as the seats plus the mayor's office; "
                    + "fewer may adjourn and compel attendance), SPECIAL_MEETING (called by the mayor or president or any 3 "
                    + "alderpersons or trustees), COMMITTEE_REPORT_DEFERRAL (any 2 members present defer a committee report to "
                    + "the next regular meeting), RECONSIDERATION_AT_SPECIAL_MEETING (at least as many present as at the "
                    + "original vote), EXPULSION (two-thirds of those holding office, rounded up, never twice for one incident), "
                    + "APPOINTMENT_WITHOUT_QUORUM (a majority of those holding office may make or confirm appointments).",
            Area.COUNCIL_AND_BOARD, LAW,
            Facts.class, Answer.class)
            .decides("The council's or board's meeting rules: quorum, special meetings, deferrals, reconsideration, expulsion and appointments.")
            .askedAs("how often the council or board meets, regular and special meetings, who calls them, the rules of proceedings, journal");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.CITY, 42_000), Topic.EXPULSION, new Council(7, 7, true), null, null, null, null,
                null, null, null, null, 5, false);
    }

    static final Fact<Facts, Topic> TOPIC = Fact.choice("topic", Topic.class, Facts::topic, "Which rule is asked about: the quorum, calling a special "
            + "meeting, deferring a committee report, reconsidering a vote at a special meeting, expelling a member, or appointments without a quorum?").subject();
    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Integer> SEATS = Fact.count("council.seats", f -> f.council() == null ? null : f.council().seats(), 1, 60,
            "How many alderperson or trustee seats does the law provide?");
    static final Fact<Facts, Integer> VOTES_TO_EXPEL = Fact.count("votesToExpel", Facts::votesToExpel, 0, 60, "How many alderpersons or trustees voted to expel?");
    static final Fact<Facts, Integer> HOLDING = Fact.<Facts>count("council.holdingOffice", f -> f.council() == null ? null : f.council().holdingOffice(), 0, 60,
            "How many alderpersons or trustees hold office now?").noLessThan(in -> in.ifGiven(VOTES_TO_EXPEL).orElse(null))
            .noMoreThan(in -> in.ifGiven(SEATS).orElse(null));
    static final Fact<Facts, Boolean> MAYOR_IN_OFFICE = Fact.<Facts>yesNo("council.mayorInOffice", f -> f.council() == null ? null : f.council().mayorInOffice(),
            "Is the office of mayor or president filled?");
    static final Fact<Facts, Integer> PRESENT = Fact.count("membersPresent", Facts::membersPresent, 0, 61, "How many members are present, the mayor or president included?");
    static final Fact<Facts, Caller> CALLED_BY = Fact.choice("calledBy", Caller.class, Facts::calledBy,
            "Who called the special meeting: the mayor or president, some alderpersons or trustees, or someone else?");
    static final Fact<Facts, Integer> CALLERS = Fact.count("callers", Facts::callers, 0, 60, "How many alderpersons or trustees joined in the call?");
    static final Fact<Facts, Boolean> BY_ORDINANCE = Fact.yesNo("callAllowedByOrdinance", Facts::callAllowedByOrdinance,
            "Does an ordinance of the council or board prescribe a manner of calling special meetings that this call followed?");
    static final Fact<Facts, Integer> REQUESTING = Fact.count("requesting", Facts::requesting, 0, 60,
            "How many alderpersons or trustees present asked to defer the committee report?");
    static final Fact<Facts, LocalDate> NEXT_REGULAR = Fact.date("nextRegularMeeting", Facts::nextRegularMeeting, "When is the next regular meeting?");
    static final Fact<Facts, Integer> PRESENT_THEN = Fact.count("presentAtOriginalVote", Facts::presentAtOriginalVote, 0, 60,
            "How many alderpersons or trustees were present when the vote was taken?");
    static final Fact<Facts, Integer> PRESENT_NOW = Fact.count("presentNow", Facts::presentNow, 0, 60,
            "How many alderpersons or trustees are present at the special meeting?");
    static final Fact<Facts, Boolean> EXPELLED_BEFORE = Fact.yesNo("alreadyExpelledForIncident", Facts::alreadyExpelledForIncident,
            "Was the member already expelled once for the same incident?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Topic topic = in.the(TOPIC, MEETINGS);
        MunicipalityKind kind = in.ifGiven(KIND).orElse(null);
        Words w = Words.of(kind);
        if (kind != null && kind != MunicipalityKind.CITY) {
            r.found(VILLAGE_BOARD, "The board of trustees has the city council's powers and duties and acts in the same manner.");
        }
        return switch (topic) {
            case QUORUM -> quorum(in, r, w);
            case SPECIAL_MEETING -> specialMeeting(in, r, w);
            case COMMITTEE_REPORT_DEFERRAL -> deferral(in, r, w);
            case RECONSIDERATION_AT_SPECIAL_MEETING -> reconsideration(in, r, w);
            case EXPULSION -> expulsion(in, r, w);
            case APPOINTMENT_WITHOUT_QUORUM -> appointments(in, r, w);
        };
    }

    private Envelope<Answer> quorum(In<Facts> in, Reasons r, Words w) {
        int seats = in.the(SEATS, QUORUM);
        int quorum = Council.quorumOf(seats);
        Optional<Integer> present = in.ifGiven(PRESENT);
        Boolean isQuorum = present.map(p -> p >= quorum).orElse(null);
        r.found(QUORUM, "A majority of the corporate authorities is a quorum: " + quorum + " of the " + (seats + 1)
                + " (" + seats + " " + w.members() + " and the " + w.chief() + ")"
                + (isQuorum == null ? "." : "; " + present.get() + " present is " + (isQuorum ? "" : "not ") + "a quorum.")
                + " A smaller number may adjourn and compel absent members to attend.");
        // Reading: the corporate authorities are those the law provides, vacant offices included; counting only those holding
        // office gives another number where offices are vacant, returned beside it
        Optional<Integer> holding = in.ifGiven(HOLDING);
        Optional<Boolean> mayor = in.ifGiven(MAYOR_IN_OFFICE);
        Integer other = null;
        if (holding.isPresent() && mayor.isPresent() && majorityOf(holding.get() + (mayor.get() ? 1 : 0)) != quorum) {
            int inOffice = holding.get() + (mayor.get() ? 1 : 0);
            other = majorityOf(inOffice);
            r.found(QUORUM, "Read as a majority of the corporate authorities holding office (" + inOffice + "), the quorum would be " + other + ".");
        }
        Integer otherQuorum = other;
        return r.answered(new Answer(Topic.QUORUM, isQuorum, quorum, null, other), "The quorum is " + quorum + " members"
                + (isQuorum == null ? "." : isQuorum ? "; " + present.get() + " present is a quorum." : "; with " + present.get()
                        + " present there is no quorum, but those present may adjourn and compel attendance.")
                + (otherQuorum == null ? "" : " Counting only the corporate authorities holding office, it would be " + otherQuorum
                        + present.map(p -> ", and " + p + " present " + (p >= otherQuorum ? "would" : "would not") + " be a quorum.").orElse(".")));
    }

    private Envelope<Answer> specialMeeting(In<Facts> in, Reasons r, Words w) {
        Caller caller = in.the(CALLED_BY, MEETINGS);
        boolean byStatute = caller == Caller.MAYOR_OR_PRESIDENT || caller == Caller.ALDERPERSONS_OR_TRUSTEES && in.atLeast(CALLERS, 3, MEETINGS);
        // the council "may prescribe, by ordinance, ... the manner in which special council meetings may be called": a call outside
        // the statute's own list may still follow such an ordinance
        boolean valid = byStatute || in.is(BY_ORDINANCE, MEETINGS);
        r.found(MEETINGS, "Special meetings may be called by the " + w.chief() + " or any 3 " + w.members() + ", and in any manner the council "
                + "prescribes by ordinance; public notice follows the Open Meetings Act. "
                + (byStatute ? "This call qualifies under the statute." : valid ? "This call follows the ordinance's manner." : "This call qualifies under neither."));
        return r.answered(new Answer(Topic.SPECIAL_MEETING, valid, 3, null, null), valid ? "The special meeting was validly called."
                : "The special meeting was not validly called: only the " + w.chief() + ", any 3 " + w.members()
                        + ", or a manner an ordinance prescribes may call one.");
    }

    private Envelope<Answer> deferral(In<Facts> in, Reasons r, Words w) {
        boolean deferred = in.atLeast(REQUESTING, 2, DEFERRAL);
        r.found(DEFERRAL, "On the request of any 2 " + w.members() + " present, a committee report is deferred for final action to the next "
                + "regular meeting after the report is made" + in.ifGiven(REQUESTING).map(n -> "; " + n + " asked.").orElse("."));
        LocalDate to = deferred ? in.ifGiven(NEXT_REGULAR).orElse(null) : null;
        return r.answered(new Answer(Topic.COMMITTEE_REPORT_DEFERRAL, deferred, 2, to, null), deferred
                ? "The report is deferred for final action to the next regular meeting" + (to == null ? "." : ", " + to + ".")
                : "One request is not enough: it takes any 2 " + w.members() + " present.");
    }

    private Envelope<Answer> reconsideration(In<Facts> in, Reasons r, Words w) {
        int then = in.the(PRESENT_THEN, RECONSIDERATION);
        boolean allowed = in.atLeast(PRESENT_NOW, then, RECONSIDERATION);
        String now = in.ifGiven(PRESENT_NOW).map(String::valueOf).orElse(allowed ? "at least as many" : "fewer");
        r.found(RECONSIDERATION, "A vote may be reconsidered or rescinded at a special meeting only if at least as many " + w.members()
                + " are present as when it was taken: " + then + " then, " + now + " now.");
        return r.answered(new Answer(Topic.RECONSIDERATION_AT_SPECIAL_MEETING, allowed, then, null, null), allowed
                ? "The vote may be reconsidered at this special meeting." : "The vote may not be reconsidered at this special meeting: "
                        + then + " " + w.members() + " were present for it and only " + now + " are now.");
    }

    private Envelope<Answer> expulsion(In<Facts> in, Reasons r, Words w) {
        if (in.is(EXPELLED_BEFORE, EXPULSION)) {
            r.found(EXPULSION, "A member may not be expelled a second time for the same incident.");
            return r.answered(new Answer(Topic.EXPULSION, false, null, null, null), "Not allowed: the member was already expelled for this incident.");
        }
        int holding = in.the(HOLDING, EXPULSION);
        int needed = atLeast(2, 3, holding);
        Optional<Integer> votes = in.ifGiven(VOTES_TO_EXPEL);
        Boolean allowed = votes.map(v -> v >= needed).orElse(null);
        r.found(EXPULSION, "Expelling a member from a meeting takes the concurrence of two-thirds of the " + holding + " "
                + w.members() + " then holding office: " + needed + " (rounded up)" + (allowed == null ? "." : "; " + votes.get() + " concurred."));
        return r.answered(new Answer(Topic.EXPULSION, allowed, needed, null, null), "Expulsion needs " + needed + " of the " + holding
                + " " + w.members() + " holding office" + (allowed == null ? "." : allowed ? "; it carried." : "; it failed."));
    }

    private Envelope<Answer> appointments(In<Facts> in, Reasons r, Words w) {
        int seats = in.the(SEATS, APPOINTMENTS_WITHOUT_QUORUM);
        int inOffice = in.the(HOLDING, APPOINTMENTS_WITHOUT_QUORUM) + (in.is(MAYOR_IN_OFFICE, APPOINTMENTS_WITHOUT_QUORUM) ? 1 : 0);
        int quorum = Council.quorumOf(seats);
        if (inOffice >= quorum) {
            r.found(QUORUM, inOffice + " corporate authorities hold office, at least the quorum of " + quorum + ".");
            return r.notApplicable(new Answer(Topic.APPOINTMENT_WITHOUT_QUORUM, false, quorum, null, null),
                    "A quorum (" + quorum + ") is in office, so the ordinary rules for appointments apply, not 3.1-10-55.");
        }
        int needed = majorityOf(inOffice);
        r.found(APPOINTMENTS_WITHOUT_QUORUM, "Only " + inOffice + " corporate authorities hold office, fewer than the quorum of " + quorum
                + ", so appointments to fill vacancies may be made or confirmed by a majority of those holding office: " + needed + ".");
        return r.answered(new Answer(Topic.APPOINTMENT_WITHOUT_QUORUM, true, needed, null, null), "With no quorum in office, " + needed + " of the "
                + inOffice + " corporate authorities holding office may make or confirm appointments to fill the vacancies.");
    }
}
