package com.statutory.officers.council;

import static com.statutory.officers.council.Council.atLeast;
import static com.statutory.officers.council.Council.majorityOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
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
public final class MeetingRules implements Question<MeetingRules.Facts, MeetingRules.Answer> {

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
            @JsonPropertyDescription("Which rule to apply (required: one call answers one rule).")
            @NotNull(message = "must be one of QUORUM, SPECIAL_MEETING, COMMITTEE_REPORT_DEFERRAL, RECONSIDERATION_AT_SPECIAL_MEETING, EXPULSION, APPOINTMENT_WITHOUT_QUORUM") Topic topic,
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
            if (votesToExpel != null && council != null && council.holdingOffice() != null && votesToExpel > council.holdingOffice()) {
                p.add(new FieldProblem("votesToExpel", "is more than the members holding office"));
            }
            return p;
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
    public record Answer(Topic topic, @Decision Boolean allowed, @Decision Integer votesOrMembersNeeded, LocalDate deferredTo,
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

    @Override
    public Envelope<Answer> answer(Facts f) {
        Reasons r = new Reasons(NAME);
        MunicipalityKind kind = f.municipality() == null ? null : f.municipality().kind();
        Words w = Words.of(kind);
        if (kind != null && kind != MunicipalityKind.CITY) {
            r.found(VILLAGE_BOARD, "The board of trustees has the city council's powers and duties and acts in the same manner.");
        }
        return switch (f.topic()) {
            case QUORUM -> quorum(f, r, w);
            case SPECIAL_MEETING -> specialMeeting(f, r, w);
            case COMMITTEE_REPORT_DEFERRAL -> deferral(f, r, w);
            case RECONSIDERATION_AT_SPECIAL_MEETING -> reconsideration(f, r, w);
            case EXPULSION -> expulsion(f, r, w);
            case APPOINTMENT_WITHOUT_QUORUM -> appointments(f, r, w);
        };
    }

    private Envelope<Answer> quorum(Facts f, Reasons r, Words w) {
        if (f.council() == null || f.council().seats() == null) {
            return r.missing("council.seats", "How many alderperson or trustee seats does the law provide?", QUORUM).needsFacts();
        }
        int quorum = Council.quorumOf(f.council().seats());
        Boolean present = f.membersPresent() == null ? null : f.membersPresent() >= quorum;
        r.found(QUORUM, "A majority of the corporate authorities is a quorum: " + quorum + " of the " + (f.council().seats() + 1)
                + " (" + f.council().seats() + " " + w.members() + " and the " + w.chief() + ")"
                + (present == null ? "." : "; " + f.membersPresent() + " present is " + (present ? "" : "not ") + "a quorum.")
                + " A smaller number may adjourn and compel absent members to attend.");
        // Reading: the corporate authorities are those the law provides, vacant offices included; counting only those holding
        // office gives another number where offices are vacant, returned beside it
        Integer other = null;
        Council c = f.council();
        if (c.holdingOffice() != null && c.mayorInOffice() != null && majorityOf(c.membersHoldingOffice()) != quorum) {
            other = majorityOf(c.membersHoldingOffice());
            r.found(QUORUM, "Read as a majority of the corporate authorities holding office (" + c.membersHoldingOffice() + "), the quorum would be "
                    + other + ".");
        }
        return r.answered(new Answer(Topic.QUORUM, present, quorum, null, other), "The quorum is " + quorum + " members"
                + (present == null ? "." : present ? "; " + f.membersPresent() + " present is a quorum." : "; with " + f.membersPresent()
                        + " present there is no quorum, but those present may adjourn and compel attendance.")
                + (other == null ? "" : " Counting only the corporate authorities holding office, it would be " + other
                        + (f.membersPresent() == null ? "." : ", and " + f.membersPresent() + " present " + (f.membersPresent() >= other ? "would" : "would not")
                                + " be a quorum.")));
    }

    private Envelope<Answer> specialMeeting(Facts f, Reasons r, Words w) {
        if (f.calledBy() == null) {
            return r.missing("calledBy", "Who called the special meeting: the " + w.chief() + ", some " + w.members() + ", or someone else?", MEETINGS).needsFacts();
        }
        if (f.calledBy() == Caller.ALDERPERSONS_OR_TRUSTEES && f.callers() == null) {
            return r.missing("callers", "How many " + w.members() + " joined in the call?", MEETINGS).needsFacts();
        }
        boolean byStatute = f.calledBy() == Caller.MAYOR_OR_PRESIDENT || f.calledBy() == Caller.ALDERPERSONS_OR_TRUSTEES && f.callers() >= 3;
        // the council "may prescribe, by ordinance, ... the manner in which special council meetings may be called": a call outside
        // the statute's own list may still follow such an ordinance, so that is asked, not assumed away
        if (!byStatute && f.callAllowedByOrdinance() == null) {
            return r.missing("callAllowedByOrdinance", "Does an ordinance of the council or board prescribe a manner of calling special meetings "
                    + "that this call followed?", MEETINGS).needsFacts();
        }
        boolean valid = byStatute || f.callAllowedByOrdinance();
        r.found(MEETINGS, "Special meetings may be called by the " + w.chief() + " or any 3 " + w.members() + ", and in any manner the council "
                + "prescribes by ordinance; public notice follows the Open Meetings Act. "
                + (byStatute ? "This call qualifies under the statute." : valid ? "This call follows the ordinance's manner." : "This call qualifies under neither."));
        return r.answered(new Answer(Topic.SPECIAL_MEETING, valid, 3, null, null), valid ? "The special meeting was validly called."
                : "The special meeting was not validly called: only the " + w.chief() + ", any 3 " + w.members()
                        + ", or a manner an ordinance prescribes may call one.");
    }

    private Envelope<Answer> deferral(Facts f, Reasons r, Words w) {
        if (f.requesting() == null) {
            return r.missing("requesting", "How many " + w.members() + " present asked to defer the committee report?", DEFERRAL).needsFacts();
        }
        boolean deferred = f.requesting() >= 2;
        r.found(DEFERRAL, "On the request of any 2 " + w.members() + " present, a committee report is deferred for final action to the next "
                + "regular meeting after the report is made; " + f.requesting() + " asked.");
        LocalDate to = deferred ? f.nextRegularMeeting() : null;
        return r.answered(new Answer(Topic.COMMITTEE_REPORT_DEFERRAL, deferred, 2, to, null), deferred
                ? "The report is deferred for final action to the next regular meeting" + (to == null ? "." : ", " + to + ".")
                : "One request is not enough: it takes any 2 " + w.members() + " present.");
    }

    private Envelope<Answer> reconsideration(Facts f, Reasons r, Words w) {
        if (f.presentAtOriginalVote() == null) {
            r.missing("presentAtOriginalVote", "How many " + w.members() + " were present when the vote was taken?", RECONSIDERATION);
        }
        if (f.presentNow() == null) {
            r.missing("presentNow", "How many " + w.members() + " are present at the special meeting?", RECONSIDERATION);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        boolean allowed = f.presentNow() >= f.presentAtOriginalVote();
        r.found(RECONSIDERATION, "A vote may be reconsidered or rescinded at a special meeting only if at least as many " + w.members()
                + " are present as when it was taken: " + f.presentAtOriginalVote() + " then, " + f.presentNow() + " now.");
        return r.answered(new Answer(Topic.RECONSIDERATION_AT_SPECIAL_MEETING, allowed, f.presentAtOriginalVote(), null, null), allowed
                ? "The vote may be reconsidered at this special meeting." : "The vote may not be reconsidered at this special meeting: "
                        + f.presentAtOriginalVote() + " " + w.members() + " were present for it and only " + f.presentNow() + " are now.");
    }

    private Envelope<Answer> expulsion(Facts f, Reasons r, Words w) {
        if (Boolean.TRUE.equals(f.alreadyExpelledForIncident())) {
            r.found(EXPULSION, "A member may not be expelled a second time for the same incident.");
            return r.answered(new Answer(Topic.EXPULSION, false, null, null, null), "Not allowed: the member was already expelled for this incident.");
        }
        if (f.council() == null || f.council().holdingOffice() == null) {
            r.missing("council.holdingOffice", "How many " + w.members() + " hold office now?", EXPULSION);
        }
        if (f.alreadyExpelledForIncident() == null) {
            r.missing("alreadyExpelledForIncident", "Was the member already expelled once for the same incident?", EXPULSION);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        int needed = atLeast(2, 3, f.council().holdingOffice());
        Boolean allowed = f.votesToExpel() == null ? null : f.votesToExpel() >= needed;
        r.found(EXPULSION, "Expelling a member from a meeting takes the concurrence of two-thirds of the " + f.council().holdingOffice() + " "
                + w.members() + " then holding office: " + needed + " (rounded up)" + (allowed == null ? "." : "; " + f.votesToExpel() + " concurred."));
        return r.answered(new Answer(Topic.EXPULSION, allowed, needed, null, null), "Expulsion needs " + needed + " of the " + f.council().holdingOffice()
                + " " + w.members() + " holding office" + (allowed == null ? "." : allowed ? "; it carried." : "; it failed."));
    }

    private Envelope<Answer> appointments(Facts f, Reasons r, Words w) {
        Council c = f.council();
        if (c == null || c.seats() == null) {
            r.missing("council.seats", "How many alderperson or trustee seats does the law provide?", APPOINTMENTS_WITHOUT_QUORUM);
        }
        if (c == null || c.holdingOffice() == null) {
            r.missing("council.holdingOffice", "How many " + w.members() + " hold office now?", APPOINTMENTS_WITHOUT_QUORUM);
        }
        if (c == null || c.mayorInOffice() == null) {
            r.missing("council.mayorInOffice", "Is the office of " + w.chief() + " filled?", APPOINTMENTS_WITHOUT_QUORUM);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        int quorum = Council.quorumOf(c.seats());
        int inOffice = c.membersHoldingOffice();
        boolean noQuorum = inOffice < quorum;
        if (!noQuorum) {
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
