package com.statutory.officers.money;

import java.time.LocalDate;
import java.util.Optional;


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
 * officer-penalties: what Article 3.1 attaches to an officer's violation.
 *
 * <p>Readings: the fines are the statute's ranges, in whole dollars; "immediate removal from office" (3.1-35-55, 3.1-35-130) is
 * by the corporate authorities, who may declare the treasurer's office vacant, while misconduct's removal (3.1-55-15) and contract
 * interest's vacancy (3.1-55-10(d)) follow a conviction by a court. A former officer's 5 days to deliver run from the written
 * request: delivered on the fifth day after it is in time.
 */
public final class OfficerPenalties implements Decides<OfficerPenalties.Facts, OfficerPenalties.Answer> {

    public static final String NAME = "officer-penalties";

    static final Applied LAW = new Applied();
    static final Provision MISCONDUCT = LAW.require("3.1-55-15");
    static final Provision PERSONAL_USE = LAW.require("3.1-35-55");
    static final Provision COLLECTOR = LAW.require("3.1-35-130");
    static final Provision SUCCESSOR = LAW.require("3.1-10-35");
    static final Provision REPORTS = LAW.require("3.1-35-80");
    static final Provision CONTRACT = LAW.require("3.1-55-10(d)");
    static final int DELIVER_WITHIN_DAYS = 5;

    public enum Violation {
        /** Culpable omission of duty, or willful and corrupt oppression, malconduct or misfeasance in office (3.1-55-15). */
        MISCONDUCT,
        /** The treasurer mixing or using the municipality's money or warrants for personal use (3.1-35-55). */
        @Title("Treasurer's personal use of funds") TREASURER_PERSONAL_USE_OF_FUNDS,
        /** The collector keeping the municipality's money beyond the time for paying it to the treasurer (3.1-35-130). */
        COLLECTOR_KEEPING_MONEY,
        /** A former officer not delivering property, books and effects to the successor within 5 days of a written request (3.1-10-35). */
        @Title("Not delivering to a successor") NOT_DELIVERING_TO_SUCCESSOR,
        /** Failing the annual account, its publication or its filing with the collector (3.1-35-65 to 3.1-35-75). */
        ANNUAL_ACCOUNT_DUTIES,
        /** A prohibited interest in a municipal contract (3.1-55-10). */
        @Title("Interest in a contract") CONTRACT_INTEREST
    }

    public enum Offense {
        CLASS_4_FELONY, BUSINESS_OFFENSE, PETTY_OFFENSE, NONE_STATED
    }

    @Consistent
    public record Facts(
            @Title("The violation")
            @JsonPropertyDescription("The violation: misconduct, a treasurer's personal use of funds, a collector keeping money, not delivering to a "
                    + "successor, the annual account duties, or an interest in a contract.")
            Violation violation,
            @Title("Successor's written request on")
            @JsonPropertyDescription("Not delivering to a successor: the date of the successor's written notification and request.") LocalDate writtenRequestOn,
            @Title("Delivered on")
            @JsonPropertyDescription("Not delivering to a successor: the date everything was delivered, if it has been.") LocalDate deliveredOn)
            implements CrossChecked {

        @Override
        public java.util.List<FieldProblem> contradictions() {
            java.util.List<FieldProblem> p = new java.util.ArrayList<>();
            if (writtenRequestOn != null && deliveredOn != null && deliveredOn.isBefore(writtenRequestOn)) {
                p.add(new FieldProblem("deliveredOn", "is before writtenRequestOn"));
            }
            return p;
        }
    }

    /**
     * @param fineMin       the least fine, in dollars (null where none is stated)
     * @param removal       how the officer loses the office
     * @param deliverBy     NOT_DELIVERING_TO_SUCCESSOR: the last day to deliver (5 days after the written request)
     * @param deliveredLate whether delivery came after that day
     */
    public record Answer(@Decision Offense offense, @Decision Integer fineMin, @Decision Integer fineMax, @Decision String removal, String alsoLiableFor,
            @Decision LocalDate deliverBy, @Decision Boolean deliveredLate) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Penalties for officers",
            "The penalty or consequence Article 3.1 attaches to an officer's violation: misconduct (business offense, fine $501 to $1,000, "
                    + "removal by the convicting court, 3.1-55-15); a treasurer's personal use of funds (immediate removal by the corporate "
                    + "authorities, who may declare the office vacant, 3.1-35-55); a collector keeping money (immediate removal, 3.1-35-130); a "
                    + "former officer not delivering to the successor within 5 days of a written request (damages and the ordinance's penalty, "
                    + "with the date, 3.1-10-35); annual-account failures (petty offense, fine $25 to $100, 3.1-35-80); a prohibited contract "
                    + "interest (Class 4 felony, office vacated on conviction, 3.1-55-10(d)).",
            Area.MONEY_RECORDS_AND_ETHICS, LAW, Facts.class, Answer.class)
            .decides("The penalty the law sets for an officer's violation.")
            .askedAs("penalty or punishment for an official who neglects duties, refuses to do the job, fine, misdemeanor");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Violation.NOT_DELIVERING_TO_SUCCESSOR, LocalDate.parse("2027-05-10"), LocalDate.parse("2027-05-18"));
    }

    static final Fact<Facts, Violation> VIOLATION = Fact.choice("violation", Violation.class, Facts::violation,
            "Which violation: misconduct in office, a treasurer's personal use of funds, a collector keeping money, not delivering to a successor, "
                    + "the annual account duties, or an interest in a contract?").subject();
    static final Fact<Facts, LocalDate> REQUESTED_ON = Fact.date("writtenRequestOn", Facts::writtenRequestOn,
            "On what date did the successor give the written notification and request?");
    static final Fact<Facts, LocalDate> DELIVERED_ON = Fact.date("deliveredOn", Facts::deliveredOn, "On what date was everything delivered?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        return switch (in.the(VIOLATION, MISCONDUCT)) {
            case MISCONDUCT -> {
                r.found(MISCONDUCT, "Culpable omission of duty, or willful and corrupt oppression, malconduct or misfeasance in office, is a business "
                        + "offense: on conviction a fine of not less than $501 nor more than $1,000, and the court orders the officer removed from office.");
                yield r.answered(new Answer(Offense.BUSINESS_OFFENSE, 501, 1000, "ordered by the court entering the conviction", null, null, null),
                        "A business offense: a fine of $501 to $1,000 on conviction, and the court removes the officer from office.");
            }
            case TREASURER_PERSONAL_USE_OF_FUNDS -> {
                r.found(PERSONAL_USE, "The treasurer must keep the municipality's money separate and not use it or its warrants for anyone's personal "
                        + "use; a violation subjects the treasurer to immediate removal by the corporate authorities, who may declare the office vacant.");
                yield r.answered(new Answer(Offense.NONE_STATED, null, null, "immediate removal by the corporate authorities, who may declare the office vacant",
                        null, null, null), "Immediate removal from office by the corporate authorities, who may declare the treasurer's office vacant; "
                                + "the Article states no fine for it.");
            }
            case COLLECTOR_KEEPING_MONEY -> {
                r.found(COLLECTOR, "The collector may not keep the municipality's money beyond the time for paying it to the treasurer; a violation "
                        + "subjects the collector to immediate removal from office.");
                yield r.answered(new Answer(Offense.NONE_STATED, null, null, "immediate removal from office", null, null, null),
                        "Immediate removal from office; the Article states no fine for it.");
            }
            case NOT_DELIVERING_TO_SUCCESSOR -> successor(in, r);
            case ANNUAL_ACCOUNT_DUTIES -> {
                r.found(REPORTS, "An officer who fails, neglects or refuses a duty of 3.1-35-65 to 3.1-35-75 is guilty of a petty offense, fined not "
                        + "less than $25 nor more than $100 on conviction, besides any other penalty by law.");
                yield r.answered(new Answer(Offense.PETTY_OFFENSE, 25, 100, null, "any other penalty prescribed by law", null, null),
                        "A petty offense: a fine of $25 to $100 on conviction, besides any other penalty by law.");
            }
            case CONTRACT_INTEREST -> {
                r.found(CONTRACT, "An officer who violates 3.1-55-10 is guilty of a Class 4 felony, and any office the officer holds becomes vacant and "
                        + "is so declared in the judgment.");
                yield r.answered(new Answer(Offense.CLASS_4_FELONY, null, null, "the office becomes vacant, declared in the judgment of conviction",
                        null, null, null), "A Class 4 felony; on conviction the office becomes vacant, declared in the court's judgment.");
            }
        };
    }

    private Envelope<Answer> successor(In<Facts> in, Reasons r) {
        String rule = "A former officer must deliver to the successor all the municipality's property, books and effects within 5 days after "
                + "written notification and request; one who does not is liable for all damages caused and to the penalty fixed by ordinance.";
        // without the request the liability is the answer; a delivery given is timely or late only against the request
        if (!in.given(REQUESTED_ON) && !in.given(DELIVERED_ON)) {
            r.found(SUCCESSOR, rule);
            return r.answered(new Answer(Offense.NONE_STATED, null, null, null, "all damages caused, and the penalty prescribed by ordinance", null, null),
                    "Liable for all damages caused and subject to the penalty the ordinance prescribes; the 5 days run from the written request.");
        }
        LocalDate requested = in.the(REQUESTED_ON, SUCCESSOR);
        LocalDate by = requested.plusDays(DELIVER_WITHIN_DAYS);
        Optional<LocalDate> delivered = in.ifGiven(DELIVERED_ON);
        Boolean late = delivered.map(d -> d.isAfter(by)).orElse(null);
        r.found(SUCCESSOR, rule + " Requested on " + requested + ": delivery is due by " + by + "."
                + (late == null ? "" : " Delivered on " + delivered.get() + (late ? ", late." : ", in time.")));
        return r.answered(new Answer(Offense.NONE_STATED, null, null, null, "all damages caused, and the penalty prescribed by ordinance", by, late),
                "Delivery is due by " + by + (late == null ? "" : late ? "; delivered on " + delivered.get() + ", late: the former officer is liable for "
                        + "the damages and the ordinance's penalty." : "; delivered " + (delivered.get().equals(by) ? "on the last day" : "on " + delivered.get())
                        + ", in time.")
                        + (late == null ? "; after that the former officer is liable for the damages and the ordinance's penalty." : ""));
    }
}
