package com.statutory.officers.duties;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
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
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * clerk-and-collector-duties: the record-keeping officers' duties, with their dates.
 *
 * <p>Readings: minutes are open to inspection "within 7 days after being approved": by the seventh day after approval. Below 500,000
 * inhabitants a deputy clerk acts only when the clerk is absent from the office and either the clerk directed it in writing or the
 * corporate authorities resolved that the clerk is incapacitated; at 500,000 or more, on the clerk's direction or that resolution
 * (3.1-35-95(b)). The collector pays over "weekly": the next payment is due within 7 days of the last.
 */
public final class ClerkAndCollectorDuties implements Decides<ClerkAndCollectorDuties.Facts, ClerkAndCollectorDuties.Answer> {

    public static final String NAME = "clerk-and-collector-duties";

    static final Applied LAW = new Applied();
    static final Provision CLERK = LAW.require("3.1-35-90(a)");
    static final Provision DEPUTY = LAW.require("3.1-35-95(b)");
    static final Provision COMPTROLLER = LAW.require("3.1-35-100");
    static final Provision COMPTROLLER_SIGNER = LAW.require("3.1-35-105");
    static final Provision BONDS = LAW.require("3.1-35-110");
    static final Provision COLLECTOR = LAW.require("3.1-35-120");
    static final Provision MARSHAL = LAW.require("3.1-35-140");
    static final Provision ASSESSMENTS = LAW.require("3.1-35-85");
    static final Provision APPEAL = LAW.require("3.1-55-20");
    static final Provision PAY = LAW.require("3.1-50-20");
    static final Provision TREASURER = LAW.require("3.1-35-40");
    static final Provision TREASURER_REPORTS = LAW.require("3.1-35-60");
    static final int MINUTES_DAYS = 7;
    static final int WEEK = 7;

    public enum Duty {
        /** Minutes open to public inspection after approval. */
        MINUTES_AVAILABLE,
        /** The clerk attending meetings, executive sessions included. */
        @Title("Clerk at a closed session") CLERK_AT_CLOSED_SESSION,
        /** When a deputy clerk may sign for the clerk. */
        @Title("Deputy clerk acting") DEPUTY_CLERK_ACTS,
        /** What passes to a comptroller, and the bonds register. */
        @Title("Comptroller's duties") COMPTROLLER,
        /** The collector paying money over to the treasurer. */
        COLLECTOR_PAYS_OVER,
        @Title("Marshal's duties") MARSHAL,
        /** Money received on a special assessment. */
        SPECIAL_ASSESSMENT_FUNDS,
        /** Disputes over the collector's or treasurer's accounts. */
        ACCOUNT_DISPUTE,
        /** Employees' pay. */
        EMPLOYEE_PAY,
        /** The treasurer's books, receipts, warrants and reports of receipts and expenditures. */
        @Title("Treasurer's books") TREASURER_BOOKS
    }

    public record Facts(
            @Title("Duty")
            @JsonPropertyDescription("The duty asked about.") Duty duty,
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: population decides the deputy clerk's rule (500,000); outside a city, the collector's answer "
                    + "also gives the reading that its section binds only a city collector.") @Valid Municipality municipality,
            @Title("Minutes approved on")
            @JsonPropertyDescription("Minutes available: the date the corporate authorities approved or accepted the minutes.") LocalDate minutesApprovedOn,
            @Title("Is the clerk the subject, with a conflict?")
            @JsonPropertyDescription("Clerk at a closed session: whether the clerk is the subject of the meeting with a conflict of interest.")
            Boolean clerkIsSubjectWithConflict,
            @Title("Is the clerk absent?")
            @JsonPropertyDescription("Deputy clerk acts: whether the clerk is absent from the place where the clerk's office is kept.") Boolean clerkAbsent,
            @Title("Did the clerk direct the deputy in writing?")
            @JsonPropertyDescription("Deputy clerk acts: whether the clerk directed the deputy in writing to exercise the power.") Boolean writtenDirection,
            @Title("Resolution that the clerk is incapacitated?")
            @JsonPropertyDescription("Deputy clerk acts: whether the corporate authorities resolved that the clerk is incapacitated to perform it.")
            Boolean incapacityResolution,
            @Title("Did the clerk direct the deputy (in any form)?")
            @JsonPropertyDescription("Deputy clerk acts, at 500,000 or more: whether the clerk directed the deputy to exercise the power, in writing or "
                    + "not (there the direction need not be written).") Boolean clerkDirected,
            @Title("Last paid over on")
            @JsonPropertyDescription("Collector pays over: the date the collector last paid money over to the treasurer.") LocalDate lastPaidOverOn,
            @Title("Is the use for the improvement assessed?")
            @JsonPropertyDescription("Special assessment funds: whether the use is paying for the improvement assessed (or reimbursing the municipality for "
                    + "it).")
            Boolean forTheImprovement) implements InMunicipality {
    }

    /** @param may whether the act is allowed (or required) as asked; @param dueBy the date the duty falls due */
    public record Answer(@Decision Duty duty, @Decision Boolean may, @Decision LocalDate dueBy, List<String> duties) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Clerk, comptroller, collector and treasurer duties",
            "Record-keeping officers' duties: minutes open to inspection within 7 days after approval, and the clerk at every meeting including "
                    + "executive sessions unless the subject with a conflict (3.1-35-90); when a deputy clerk may act, different at 500,000 or more "
                    + "(3.1-35-95); a comptroller taking the clerk's finance duties, the signature designation and the bonds register (3.1-35-100 to -110); "
                    + "the collector paying over weekly with receipts filed with the clerk (3.1-35-120; read with -125 and -130 as any collector's duty, "
                    + "though its words are \"a city collector\", which the answer says outside cities); the marshal (3.1-35-140); special assessment money "
                    + "kept for the improvement (3.1-35-85); account disputes appealed to the finance committee (3.1-55-20); employees' pay set by the "
                    + "corporate authorities (3.1-50-20); the treasurer's books, receipts and reports (3.1-35-40, -60).",
            Area.DUTIES_AND_RECORDS, LAW, Facts.class, Answer.class)
            .decides("The record-keeping duties of the clerk, deputy clerk, collector, comptroller and treasurer.")
            .askedAs("what the clerk, comptroller, collector or treasurer must do: records, minutes, receipts, money collected");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Duty.MINUTES_AVAILABLE, null, LocalDate.parse("2027-03-09"), null, null, null, null, null, null, null);
    }

    static final Fact<Facts, Duty> DUTY = Fact.choice("duty", Duty.class, Facts::duty, "Which duty is asked about: the minutes, the clerk at a "
            + "closed session, a deputy clerk acting, the comptroller, the collector paying over, the marshal, special assessment money, an account "
            + "dispute, employees' pay, or the treasurer's books?").subject();
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, LocalDate> APPROVED_ON = Fact.date("minutesApprovedOn", Facts::minutesApprovedOn,
            "On what date did the corporate authorities approve the minutes?");
    static final Fact<Facts, Boolean> CONFLICT = Fact.yesNo("clerkIsSubjectWithConflict", Facts::clerkIsSubjectWithConflict,
            "Is the clerk the subject of the meeting, with a conflict of interest if present?");
    static final Fact<Facts, Boolean> ABSENT = Fact.yesNo("clerkAbsent", Facts::clerkAbsent,
            "Is the clerk absent from the place where the clerk's office is kept?").said("whether the clerk is absent");
    static final Fact<Facts, Boolean> DIRECTION = Fact.yesNo("writtenDirection", Facts::writtenDirection,
            "Did the clerk direct the deputy in writing to exercise the power?").said("whether the clerk directed the deputy in writing");
    static final Fact<Facts, Boolean> RESOLUTION = Fact.yesNo("incapacityResolution", Facts::incapacityResolution,
            "Did the corporate authorities resolve that the clerk is incapacitated to perform it?").said("whether the corporate authorities resolved that the clerk is incapacitated");
    /** At 500,000 or more "upon the direction of the clerk": a written direction is one, but no written one leaves another possible. */
    static final Fact<Facts, Boolean> DIRECTED = Fact.<Facts>yesNo("clerkDirected", f -> Boolean.TRUE.equals(f.writtenDirection()) ? Boolean.TRUE : f.clerkDirected(),
            "Did the clerk direct the deputy to exercise the power (in writing or not)?").said("whether the clerk directed the deputy");
    static final Fact<Facts, LocalDate> LAST_PAID = Fact.date("lastPaidOverOn", Facts::lastPaidOverOn,
            "On what date did the collector last pay money over to the treasurer?");
    static final Fact<Facts, Boolean> FOR_IMPROVEMENT = Fact.yesNo("forTheImprovement", Facts::forTheImprovement,
            "Is the money to pay for the improvement assessed, or to reimburse the municipality for it?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Duty duty = in.the(DUTY, CLERK);
        return switch (duty) {
            case MINUTES_AVAILABLE -> {
                Optional<LocalDate> approved = in.ifGiven(APPROVED_ON);
                if (approved.isEmpty()) {
                    r.found(CLERK, "The clerk keeps the journal of the corporate authorities' proceedings; it is open to public inspection within 7 days after "
                            + "the corporate authorities approve or accept it as their official minutes.");
                    yield r.answered(new Answer(duty, true, null, List.of("make the approved minutes available for inspection within 7 days")),
                            "The approved minutes must be open to public inspection within 7 days after approval.");
                }
                LocalDate by = approved.get().plusDays(MINUTES_DAYS);
                r.found(CLERK, "The record of the proceedings is open to public inspection within 7 days after approval (" + approved.get() + "): by " + by + ".");
                yield r.answered(new Answer(duty, true, by, List.of()), "The minutes approved on " + approved.get() + " must be open to public inspection by " + by + ".");
            }
            case CLERK_AT_CLOSED_SESSION -> {
                boolean attends = !in.is(CONFLICT, CLERK);
                r.found(CLERK, "The clerk attends all meetings of the corporate authorities, executive sessions included, and keeps the journal, except where "
                        + "the clerk is the subject of the meeting and the clerk's presence creates a conflict of interest.");
                yield r.answered(new Answer(duty, attends, null, List.of()), attends ? "The clerk attends the executive session and records it."
                        : "The clerk is the subject of the meeting with a conflict of interest: the clerk does not attend it.");
            }
            case DEPUTY_CLERK_ACTS -> deputy(in, r);
            case COMPTROLLER -> {
                r.found(COMPTROLLER, "Where a comptroller is elected or appointed, the clerk's powers and duties over the finances, the treasurer, the collector "
                        + "and receipts and disbursements pass to the comptroller, and the corporate authorities may confer other powers.");
                r.found(COMPTROLLER_SIGNER, "The comptroller may designate in writing persons to affix the comptroller's signature, notifying the corporate "
                        + "authorities of the instruments.");
                r.found(BONDS, "The comptroller (or else the clerk) keeps a register of all outstanding bonds, and describes the bonds sold in the annual report.");
                yield r.answered(new Answer(duty, true, null, List.of("the clerk's finance duties", "the register of outstanding bonds", "designating signers in writing")),
                        "A comptroller takes over the clerk's finance duties and keeps the register of outstanding bonds; without one, the clerk does.");
            }
            case COLLECTOR_PAYS_OVER -> {
                Optional<LocalDate> last = in.ifGiven(LAST_PAID);
                LocalDate next = last.map(d -> d.plusDays(WEEK)).orElse(null);
                // 3.1-35-120 begins "A city collector, if one is elected or appointed"; the Division's other collector sections (-125, -130)
                // say "the collector". Read with them, it binds any municipality's collector (the answer); read literally, only a city's.
                MunicipalityKind kind = in.ifGiven(KIND).orElse(null);
                String otherReading = kind == MunicipalityKind.CITY ? "" : " The section speaks of \"a city collector\": read literally, "
                        + (kind == null ? "a village's or town's collector" : "the collector of " + Words.aKind(kind))
                        + " pays over as the corporate authorities prescribe instead.";
                r.found(COLLECTOR, "Weekly, and oftener if required, the collector pays over all money collected to the treasurer, taking the treasurer's "
                        + "receipt in duplicate and filing one with the clerk at once" + (next == null ? "." : "; after paying over on " + last.get()
                                + ", the next payment is due by " + next + ".") + otherReading);
                yield r.answered(new Answer(duty, true, next, List.of("pay over weekly", "file one receipt with the clerk at once")),
                        (next == null ? "The collector pays over to the treasurer at least weekly and files one receipt with the clerk."
                                : "The collector's next payment to the treasurer is due by " + next + ", with a receipt filed with the clerk.") + otherReading);
            }
            case MARSHAL -> {
                r.found(MARSHAL, "The marshal performs the duties the corporate authorities prescribe for the public peace and enforcing ordinances and laws.");
                yield r.answered(new Answer(duty, true, null, List.of()), "The marshal's duties are those the corporate authorities prescribe for the peace and "
                        + "the enforcement of ordinances and laws.");
            }
            case SPECIAL_ASSESSMENT_FUNDS -> {
                boolean forIt = in.is(FOR_IMPROVEMENT, ASSESSMENTS);
                r.found(ASSESSMENTS, "Money received on a special assessment is a special fund for the improvement assessed, used for no other purpose except "
                        + "reimbursing the municipality for money it spent on the improvement.");
                yield r.answered(new Answer(duty, forIt, null, List.of()), forIt ? "Yes: that is the fund's purpose."
                        : "No: special assessment money may be used only for its improvement (or to reimburse the municipality for it).");
            }
            case ACCOUNT_DISPUTE -> {
                r.found(APPEAL, "In adjusting the collector's or treasurer's accounts with the clerk or comptroller, there is an appeal to the finance committee, "
                        + "whose decision is final unless the corporate authorities provide otherwise.");
                yield r.answered(new Answer(duty, true, null, List.of()), "Appeal to the finance committee of the corporate authorities; its decision is final "
                        + "unless they provide otherwise.");
            }
            case EMPLOYEE_PAY -> {
                r.found(PAY, "The compensation of employees is determined by the corporate authorities.");
                yield r.answered(new Answer(duty, true, null, List.of()), "The corporate authorities set employees' pay.");
            }
            case TREASURER_BOOKS -> {
                r.found(TREASURER, "The treasurer receives all the municipality's money, keeps books as the ordinance prescribes (open to any member of the "
                        + "corporate authorities), a separate account for each fund, gives a receipt for every payment (copies to the clerk with the monthly "
                        + "report), and pays lawful warrants from money appropriated.");
                r.found(TREASURER_REPORTS, "The treasurer reports a full account of receipts and expenditures as often as the corporate authorities require.");
                yield r.answered(new Answer(duty, true, null, List.of("separate account for each fund", "a receipt for every payment", "reports as often as required")),
                        "The treasurer keeps separate fund accounts, gives receipts for every payment, pays lawful warrants, and reports receipts and "
                                + "expenditures as often as required.");
            }
        };
    }

    private Envelope<Answer> deputy(In<Facts> in, Reasons r) {
        boolean large = in.atLeast(POPULATION, Municipality.LARGE, DEPUTY);
        // below 500,000: absent AND (written direction OR resolution); at 500,000 or more: direction OR resolution
        boolean may = large ? in.is(DIRECTED, DEPUTY) || in.is(RESOLUTION, DEPUTY)
                : in.is(ABSENT, DEPUTY) && (in.is(DIRECTION, DEPUTY) || in.is(RESOLUTION, DEPUTY));
        r.found(DEPUTY, large ? "At 500,000 or more, a deputy clerk acts upon the clerk's direction (written or not) or when the corporate authorities have resolved that the "
                + "clerk is incapacitated." : "Below 500,000, a deputy clerk acts only while the clerk is absent from the office, and only with the clerk's "
                + "written direction or a resolution of the corporate authorities that the clerk is incapacitated.");
        return r.answered(new Answer(Duty.DEPUTY_CLERK_ACTS, may, null, may ? List.of("sign as: (clerk's name) By (deputy's name) Deputy Clerk") : List.of()),
                may ? "Yes: the deputy clerk may act, signing the clerk's name followed by \"By\" and the deputy's own name as Deputy Clerk."
                        : "No: the conditions for a deputy clerk to act are not met.");
    }
}
