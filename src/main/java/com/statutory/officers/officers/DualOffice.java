package com.statutory.officers.officers;

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
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/** dual-office: may a mayor, president, alderperson, trustee, clerk or treasurer also hold another municipal office? */
public final class DualOffice implements Decides<DualOffice.Facts, DualOffice.Answer> {

    public static final String NAME = "dual-office";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision OTHER_OFFICES = LAW.require("3.1-15-15");
    static final Provision CLERK_COLLECTOR = LAW.require("3.1-30-15");
    static final Provision CLERK_COLLECTOR_POPULATION = LAW.require("3.1-35-135");
    static final Provision BOTH_SALARIES_PROVISION = LAW.require("3.1-50-25");
    static final Provision ACTING_SEAT = LAW.require("3.1-10-50(d)");
    static final Provision VACANCY_SECTION_SCOPE = LAW.require("3.1-10-50(i)");
    static final Provision LARGE_ACTING_MAYOR = LAW.require("3.1-10-51(c)");
    static final int CLERK_COLLECTOR_LIMIT = 1_000_000;

    public enum Office { MAYOR_OR_PRESIDENT, ALDERPERSON_OR_TRUSTEE, CLERK, TREASURER }

    public enum OtherOffice {
        COLLECTOR, VOLUNTEER_FIREFIGHTER, ACTING_MAYOR_OR_PRESIDENT,
        @Title("Budget officer (Section 8-2-9.1)") BUDGET_OFFICER,
        @Title("Other municipal office (not the budget officer)") OTHER_MUNICIPAL_OFFICE
    }

    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: population matters for the clerk as collector.") @Valid Municipality municipality,
            @Title("Office held")
            @JsonPropertyDescription("The office held.") Office office,
            @Title("Other office")
            @JsonPropertyDescription("The other office.") OtherOffice otherOffice,
            @Title("Has the officer a leave of absence?")
            @JsonPropertyDescription("Whether the officer has been granted a leave of absence from the office held.") Boolean leaveOfAbsence,
            @Title("Is a collector to be appointed?")
            @JsonPropertyDescription("Clerk as collector: whether the corporate authorities provided for appointing a collector.") Boolean collectorAppointed,
            @Title("Is the clerk the collector by ordinance?")
            @JsonPropertyDescription("Clerk as collector: whether an ordinance provides that the clerk holds the office of collector.") Boolean clerkMadeCollectorByOrdinance,
            @Title("Does an ordinance pay both salaries?")
            @JsonPropertyDescription("Clerk as collector: whether an ordinance gives the person the compensation of both offices.") Boolean bothSalariesByOrdinance) implements InMunicipality {
    }

    /**
     * @param mayHoldBoth null where Article 3.1 leaves it to another section (the budget officer, 8-2-9.1)
     * @param mayHoldBothOtherReading where lawyers could read the sections two ways and the other reading decides otherwise, its result
     */
    public record Answer(@Decision Boolean mayHoldBoth, String basis, @Decision Boolean paidForBoth, @Decision Boolean mayHoldBothOtherReading) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Holding two offices",
            "Whether a mayor, president, alderperson, trustee, clerk or treasurer may hold another municipal office during the "
                    + "term: not, except with a leave of absence, as acting mayor or president (3.1-10-50), as collector when the "
                    + "clerk is made collector by ordinance in a municipality of less than 1,000,000 that appoints a collector "
                    + "(3.1-30-15, 3.1-35-135; both salaries by ordinance, 3.1-50-25), or as a paid volunteer firefighter. "
                    + "Section 8-2-9.1 (the budget officer), also excepted, is outside Article 3.1: for it the answer is NOT_APPLICABLE "
                    + "and says that section decides.",
            Area.OFFICERS, LAW, Facts.class, Answer.class)
            .decides("Whether an officer may hold another municipal office at the same time.")
            .askedAs("holding two offices or jobs at once, serving on another board, school board, county board, incompatible positions");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.CITY, 42_000), Office.CLERK, OtherOffice.COLLECTOR, false, true, true, true);
    }

    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, Office> OFFICE = Fact.choice("office", Office.class, Facts::office, "Which office does the person hold?")
            .said("which office the person holds");
    static final Fact<Facts, OtherOffice> OTHER = Fact.choice("otherOffice", OtherOffice.class, Facts::otherOffice, "Which other office?");
    static final Fact<Facts, Boolean> LEAVE = Fact.yesNo("leaveOfAbsence", Facts::leaveOfAbsence,
            "Has the officer been granted a leave of absence from the office held?").said("whether the officer has a leave of absence");
    static final Fact<Facts, Boolean> COLLECTOR_APPOINTED = Fact.yesNo("collectorAppointed", Facts::collectorAppointed,
            "Have the corporate authorities provided for appointing a collector?");
    static final Fact<Facts, Boolean> CLERK_MADE_COLLECTOR = Fact.yesNo("clerkMadeCollectorByOrdinance", Facts::clerkMadeCollectorByOrdinance,
            "Does an ordinance provide that the clerk holds the office of collector?");
    static final Fact<Facts, Boolean> BOTH_SALARIES = Fact.yesNo("bothSalariesByOrdinance", Facts::bothSalariesByOrdinance,
            "Does an ordinance give the person the compensation of both offices?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        OtherOffice other = in.the(OTHER, OTHER_OFFICES);
        if (other == OtherOffice.BUDGET_OFFICER) {
            // 3.1-15-15 yields to 8-2-9.1, which this corpus does not hold: the bar does not decide it, and no words of 8-2-9.1
            // can be quoted, so the answer names the section that does
            r.found(OTHER_OFFICES, "The rule against holding another office yields to what Section 8-2-9.1 provides, and that section "
                    + "concerns the budget officer.");
            return r.notApplicable(new Answer(null, "budget officer under 8-2-9.1", null, null), "Section 3.1-15-15 does not decide it: "
                    + "it yields to Section 8-2-9.1 of the Illinois Municipal Code (the budget officer, in Article 8), which says whether "
                    + "and with what pay an officer may also be the budget officer.");
        }
        if (other == OtherOffice.VOLUNTEER_FIREFIGHTER) {
            r.found(OTHER_OFFICES, "An officer may serve as a volunteer fireman and be paid for that service.");
            return r.answered(new Answer(true, "volunteer firefighter", true, null), "Yes: an officer may serve as a volunteer firefighter and be paid for it.");
        }
        // every office named here is barred alike: only the exceptions for the clerk as collector and for a member elected acting
        // mayor or president turn on which one is held
        Office office = other == OtherOffice.COLLECTOR || other == OtherOffice.ACTING_MAYOR_OR_PRESIDENT ? in.the(OFFICE, OTHER_OFFICES) : null;
        if (other == OtherOffice.ACTING_MAYOR_OR_PRESIDENT && office == Office.ALDERPERSON_OR_TRUSTEE) {
            if (in.atLeast(POPULATION, Municipality.LARGE, VACANCY_SECTION_SCOPE)) {
                // 3.1-15-15 excepts 3.1-10-50, which applies only under 500,000 (its (i)); at 500,000 or more 3.1-10-51(c) has the
                // council elect one of its members acting mayor without saying the seat is kept: read as allowing it (the
                // election presupposes it), with the strict reading's result beside it
                r.found(VACANCY_SECTION_SCOPE, "Section 3.1-10-50, which 3.1-15-15 excepts, applies only to municipalities under 500,000.");
                r.found(LARGE_ACTING_MAYOR, "At 500,000 or more the city council elects one of its members acting mayor: read as allowing the member to "
                        + "act while holding the seat. Read strictly, 3.1-15-15 excepts only 3.1-10-50, and the member could not hold both.");
                return r.answered(new Answer(true, "acting mayor under 3.1-10-51(c)", null, false),
                        "Yes, on the reading that 3.1-10-51(c), by having the council elect one of its members acting mayor, allows it; read "
                                + "strictly, 3.1-15-15 excepts only 3.1-10-50 (under 500,000), and the member could not hold both.");
            }
            r.found(OTHER_OFFICES, "Section 3.1-10-50 is excepted from the rule against holding another office.");
            r.found(ACTING_SEAT, "Election as acting mayor or president does not vacate the member's seat unless the member resigns it.");
            return r.answered(new Answer(true, "acting mayor or president under 3.1-10-50", null, null),
                    "Yes: an alderperson or trustee elected acting mayor or president keeps the seat unless they resign it.");
        }
        Boolean otherReading = null;
        if (office == Office.CLERK && other == OtherOffice.COLLECTOR) {
            boolean byOrdinance = in.is(COLLECTOR_APPOINTED, CLERK_COLLECTOR) && in.is(CLERK_MADE_COLLECTOR, CLERK_COLLECTOR_POPULATION);
            if (in.atMost(POPULATION, CLERK_COLLECTOR_LIMIT - 1, CLERK_COLLECTOR_POPULATION)) {
                if (byOrdinance) {
                    Optional<Boolean> both = in.ifGiven(BOTH_SALARIES);
                    r.found(CLERK_COLLECTOR_POPULATION, "In a municipality of less than 1,000,000 that provides for appointing a collector, the corporate "
                            + "authorities may by ordinance make the clerk the collector.");
                    r.found(CLERK_COLLECTOR, "If a collector is appointed, the corporate authorities may provide by ordinance that the clerk holds the office of collector.");
                    r.found(BOTH_SALARIES_PROVISION, "Where one person is elected clerk and appointed collector, an ordinance may give that person the compensation of each office"
                            + both.map(b -> b ? "; one does." : "; none does.").orElse("."));
                    return r.answered(new Answer(true, "clerk as collector by ordinance", both.orElse(null), null),
                            "Yes: an ordinance makes the clerk the collector" + (both.orElse(false)
                                    ? "; the ordinance pays both salaries." : "; both salaries are paid only if an ordinance so provides."));
                }
            } else {
                // 3.1-30-15 lets "any municipality" make the clerk collector, but 3.1-15-15 excepts only 3.1-35-135 (under 1,000,000):
                // read with the exception as written, the bar stands; read with 3.1-30-15 as the specific grant, an ordinance would allow it
                r.found(CLERK_COLLECTOR_POPULATION, "The clerk-as-collector exception of 3.1-15-15 is 3.1-35-135, for municipalities of less than "
                        + "1,000,000; this one has " + in.ifGiven(POPULATION).map(String::valueOf).orElse("1,000,000 or more") + ".");
                r.found(CLERK_COLLECTOR, "Section 3.1-30-15 has no population limit; read as the specific grant it would let an ordinance make the "
                        + "clerk collector here, but 3.1-15-15 does not name it among its exceptions.");
                otherReading = byOrdinance;
            }
        }
        if (in.is(LEAVE, OTHER_OFFICES)) {
            r.found(OTHER_OFFICES, "An officer granted a leave of absence from the office may hold another municipal office.");
            return r.answered(new Answer(true, "leave of absence", null, null), "Yes, during the leave of absence from the office held.");
        }
        r.found(OTHER_OFFICES, "A mayor, president, alderperson, trustee, clerk or treasurer may not hold any other office under the municipal "
                + "government during the term, and no exception applies here.");
        return r.answered(new Answer(false, null, null, otherReading), "No: the officer may not hold another municipal office during the term without a leave of absence."
                + (otherReading == null || !otherReading ? "" : " Read with 3.1-30-15 as a grant to any municipality, the ordinance making the clerk collector would allow it."));
    }
}
