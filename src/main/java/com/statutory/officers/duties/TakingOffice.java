package com.statutory.officers.duties;

import static com.statutory.officers.answer.Prose.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * taking-office: what an officer does on taking office, and what the predecessor owes.
 *
 * <p>Readings: every officer, elected or appointed, takes the constitutional oath before entering on the duties and files it with the
 * clerk (3.1-10-25). The certificate of appointment or election goes to the clerk for every officer; commissioning by warrant is for
 * every officer except the clerk, alderpersons, mayor, trustees and president (3.1-55-5). The predecessor's 5 days (3.1-10-35) run
 * from the successor's written request.
 */
public final class TakingOffice implements Decides<TakingOffice.Facts, TakingOffice.Answer> {

    public static final String NAME = "taking-office";

    static final Applied LAW = new Applied();
    static final Provision OATH = LAW.require("3.1-10-25");
    static final Provision WHO_SWEARS = LAW.require("3.1-15-20");
    static final Provision CERTIFICATE = LAW.require("3.1-55-5");
    static final Provision DELIVERY = LAW.require("3.1-10-35");
    static final Provision MORE_DUTIES = LAW.require("3.1-10-40");
    static final Provision SUBORDINATES = LAW.require("3.1-10-45");
    /** 3.1-10-45: "The power of municipal clerks is also subject to the provisions of Section 3.1-30-10" (deputy clerks). */
    static final Provision DEPUTY_CLERKS = LAW.require("3.1-30-10");
    static final int DELIVER_WITHIN_DAYS = 5;

    public enum Office {
        MAYOR, PRESIDENT, ALDERPERSON, TRUSTEE, CLERK, TREASURER, COLLECTOR, COMPTROLLER, MARSHAL, ATTORNEY_OR_CORPORATION_COUNSEL, OTHER_OFFICER;

        String words() {
            return Words.lower(this);
        }
    }

    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: its kind decides whether a collector appoints the office's subordinates (the Code gives "
                    + "that power to the city collector).") @Valid Municipality municipality,
            @Title("Office taken")
            @JsonPropertyDescription("The office taken.") Office office,
            @Title("Written request to the predecessor on")
            @JsonPropertyDescription("The date the new officer gave the predecessor written notification and request to deliver the municipality's "
                    + "property, books and effects, if given.") LocalDate writtenRequestOn) implements InMunicipality {
    }

    /**
     * @param commissionedByWarrant whether the officer is also commissioned by warrant under the corporate seal
     * @param appointsSubordinates  whether the officer appoints the clerks and subordinates the corporate authorities authorize in the office
     * @param predecessorDeliverBy  the last day for the predecessor to deliver (5 days after the written request)
     * @param appointsSubordinatesOtherReading where the readings part (a collector outside a city): the answer if "city collector"
     *                              is read as any municipality's collector
     */
    public record Answer(boolean oathBeforeDuties, String oathFiledWith, List<String> mayAdministerOaths, @Decision Boolean commissionedByWarrant,
            @Decision Boolean appointsSubordinates, @Decision LocalDate predecessorDeliverBy, @Decision Boolean appointsSubordinatesOtherReading) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Taking office",
            "What taking an office involves: the constitutional oath or affirmation before entering on the duties, filed with the clerk "
                    + "(3.1-10-25); who may administer it (mayor or president, clerk, chairs of the plan commission and zoning board of appeals, others "
                    + "by ordinance, 3.1-15-20); the certificate of appointment or election to the clerk, and a commission by warrant for officers other "
                    + "than the clerk, alderpersons, trustees, mayor and president (3.1-55-5); the predecessor's delivery of property, books and effects "
                    + "within 5 days of a written request (3.1-10-35); further duties by ordinance (3.1-10-40); and the subordinates the comptroller, "
                    + "clerk, treasurer and city collector appoint (3.1-10-45; the clerk's subject to the deputy clerk rules of 3.1-30-10). Two "
                    + "readings for a collector outside a city: literally 3.1-10-45 gives the power to the city collector only (no; its other three "
                    + "officers are named \"municipal\"), or \"city collector\" stands for any collector (yes); a collector's municipality kind "
                    + "is asked, and both results are given.",
            Area.DUTIES_AND_RECORDS, LAW, Facts.class, Answer.class)
            .decides("What taking office involves: the oath, the certificate, the predecessor's delivery and further duties.")
            .askedAs("what a newly elected or appointed official must do to start: oath of office, bond, deadline to qualify");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(null, Office.TREASURER, LocalDate.parse("2027-05-03"));
    }

    static final Fact<Facts, Office> OFFICE = Fact.choice("office", Office.class, Facts::office, "Which office is being taken?");
    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, LocalDate> REQUESTED_ON = Fact.date("writtenRequestOn", Facts::writtenRequestOn,
            "On what date did the new officer give the predecessor the written request to deliver?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Office o = in.the(OFFICE, CERTIFICATE);
        // 3.1-10-45 names the comptroller, clerk and treasurer as "municipal" and the collector as "city collector"
        MunicipalityKind kind = o == Office.COLLECTOR ? in.the(KIND, SUBORDINATES) : in.ifGiven(KIND).orElse(null);
        r.found(OATH, "Before entering on the duties, the " + o.words() + " takes and subscribes the oath or affirmation the Illinois Constitution "
                + "requires, and files it in the office of the municipal clerk.");
        List<String> swear = List.of("the mayor or president", "the clerk", "the chairman of the plan commission", "the chairman of the zoning board of appeals",
                "other officers the corporate authorities authorize by ordinance");
        r.found(WHO_SWEARS, "Oaths may be administered by " + list(swear) + ".");
        boolean warrant = switch (o) {
            case CLERK, ALDERPERSON, MAYOR, TRUSTEE, PRESIDENT -> false;
            default -> true;
        };
        r.found(CERTIFICATE, "The mayor or president issues a certificate of the appointment or election to the clerk under the corporate seal"
                + (warrant ? "; the " + o.words() + " is also commissioned by warrant under the seal, signed by the clerk and the mayor (or acting mayor, "
                        + "mayor pro tem or presiding officer)." : "; the " + o.words() + " is not commissioned by warrant."));
        boolean subordinates = o == Office.COMPTROLLER || o == Office.CLERK || o == Office.TREASURER
                || o == Office.COLLECTOR && kind == MunicipalityKind.CITY;
        if (subordinates) {
            r.found(SUBORDINATES, "The " + o.words() + " appoints the clerks and subordinates the corporate authorities authorize in the office, and "
                    + "answers for their fidelity (subject to Division 1 of Article 10).");
        }
        Boolean otherReading = null;
        if (!subordinates && o == Office.COLLECTOR) {
            otherReading = true;
            r.found(SUBORDINATES, "The Section gives the power to appoint an office's clerks and subordinates to the city collector, while it names "
                    + "the comptroller, clerk and treasurer as municipal ones: read so, not to the collector of "
                    + Words.aKind(kind) + ". Read as meaning any collector, "
                    + "this collector appoints them too.");
        }
        if (o == Office.CLERK) {
            r.found(DEPUTY_CLERKS, "The clerk's power is also subject to the deputy clerk rules: deputy clerks are appointed as the office needs, "
                    + "in municipalities under 500,000 only when the corporate authorities authorize it, and they may limit the number.");
        }
        r.found(MORE_DUTIES, "The corporate authorities may add duties, rules and regulations by ordinance.");
        LocalDate by = in.ifGiven(REQUESTED_ON).map(d -> d.plusDays(DELIVER_WITHIN_DAYS)).orElse(null);
        r.found(DELIVERY, "The predecessor must deliver all the municipality's property, books and effects within 5 days after written notification and "
                + "request" + (by == null ? "." : ": requested on " + in.ifGiven(REQUESTED_ON).get() + ", by " + by + ".") + " Otherwise the predecessor is liable "
                + "for the damages and the ordinance's penalty.");
        List<String> parts = new ArrayList<>();
        parts.add("Take and subscribe the constitutional oath before acting, and file it with the clerk.");
        parts.add(warrant ? "The " + o.words() + " receives a certificate and a commission by warrant under the corporate seal."
                : "The mayor or president issues the certificate of election or appointment to the clerk; no commission by warrant.");
        if (subordinates) {
            parts.add("The " + o.words() + " appoints the subordinates the corporate authorities authorize.");
        } else if (otherReading != null) {
            parts.add("Read literally, the power to appoint the office's subordinates is the city collector's, not this collector's; read as "
                    + "meaning any collector, this collector appoints them too.");
        }
        parts.add(by == null ? "The predecessor must deliver the office's property within 5 days of a written request."
                : "The predecessor must deliver the office's property by " + by + ".");
        return r.answered(new Answer(true, "the municipal clerk", swear, warrant, subordinates, by, otherReading), String.join(" ", parts));
    }
}
