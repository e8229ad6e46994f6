package com.statutory.officers.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Fact;
import com.statutory.officers.answer.In;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.municipality.ElectiveOffice;
import com.statutory.officers.municipality.FormOfGovernment;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * elective-office-eligibility: may the person be elected or appointed to the office, and may the person take the oath.
 *
 * <p>Readings: "at least one year next preceding the election or appointment" is met when residence began on or
 * before the same calendar day one year earlier. Military service (3.1-10-5(d)) counts the time away as residence,
 * so residence runs from when it began before the service. After a redistricting (3.1-20-25(c)) an alderperson
 * candidate's year may be counted in the old ward if the new ward contains part of it; a district trustee needs
 * 6 months in the district before the first election after a redistricting (3.1-25-75(b)).
 */
public final class ElectiveOfficeEligibility implements Decides<ElectiveOfficeEligibility.Facts, ElectiveOfficeEligibility.Answer> {

    public static final String NAME = "elective-office-eligibility";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision ELECTOR_AND_YEAR = LAW.require("3.1-10-5(a)");
    static final Provision OATH = LAW.require("3.1-10-5(b)");
    static final Provision WARD_OR_DISTRICT = LAW.require("3.1-10-5(c)");
    static final Provision MILITARY = LAW.require("3.1-10-5(d)");
    static final Provision REDISTRICTED_WARD = LAW.require("3.1-20-25(c)");
    static final Provision DISTRICT_SIX_MONTHS = LAW.require("3.1-25-75(b)");
    static final int DISTRICT_MONTHS = 6;

    public record MilitaryService(
            @Title("Lived in the municipality before service since")
            @JsonPropertyDescription("Date residence in the municipality began before the active duty service.") LocalDate residenceBeganBeforeService,
            @Title("Resident immediately before the service?")
            @JsonPropertyDescription("Whether the person (or spouse, whose service it was) was a resident immediately before the service.") Boolean residentImmediatelyBefore,
            @Title("Resident again immediately after the service?")
            @JsonPropertyDescription("Whether the person was again a resident immediately upon completing the service.") Boolean residentAgainImmediatelyAfter) {
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality.") @Valid Municipality municipality,
            @Title("Office sought")
            @JsonPropertyDescription("The elective office sought.") ElectiveOffice office,
            @Title("Election or appointment date")
            @JsonPropertyDescription("Date of the election, or of the appointment to fill a vacancy.") LocalDate electionOrAppointmentDate,
            @Title("Is the person a qualified elector?")
            @JsonPropertyDescription("Whether the person is a qualified elector of the municipality.") Boolean qualifiedElector,
            @Title("Lived in the municipality since")
            @JsonPropertyDescription("Date the person's current residence in the municipality began.") LocalDate municipalResidenceSince,
            @Title("Lived in the ward since")
            @JsonPropertyDescription("Alderpersons: date residence in the ward began.") LocalDate wardResidenceSince,
            @Title("Is the trustee elected from a district?")
            @JsonPropertyDescription("Trustees: whether the trustee is elected from a district (3.1-25-75).") Boolean districtTrustee,
            @Title("Is this the first election after a redistricting?")
            @JsonPropertyDescription("Whether this is the first election after a redistricting of wards or districts.") Boolean firstElectionAfterRedistricting,
            @Title("Is the municipality newly incorporated?")
            @JsonPropertyDescription("Whether the municipality is newly incorporated.") Boolean newlyIncorporated,
            @Title("Does the new ward contain part of the old ward?")
            @JsonPropertyDescription("Alderpersons after a redistricting: whether the new ward contains part of the ward the person lived in.") Boolean newWardContainsPartOfOldWard,
            @Title("Lived in the old ward since")
            @JsonPropertyDescription("Alderpersons after a redistricting: date residence in the old ward began.") LocalDate oldWardResidenceSince,
            @Title("Lived in the district since")
            @JsonPropertyDescription("District trustees after a redistricting: date residence in the district began.") LocalDate districtResidenceSince,
            @Title("Military service")
            @JsonPropertyDescription("Active duty military service of the person or spouse that took the person away, if any.") @Valid MilitaryService militaryService,
            @Title("In arrears to the municipality at the oath?")
            @JsonPropertyDescription("Whether, at the time for taking the oath, the person is in arrears of a tax or other debt to the municipality.") Boolean inArrearsAtOath,
            @Title("Convicted of an infamous crime, bribery, perjury or other felony?")
            @JsonPropertyDescription("Whether the person has been convicted of an infamous crime, bribery, perjury or other felony.") Boolean convictedOfDisqualifyingCrime,
            @Title("Were the person's rights restored?")
            @JsonPropertyDescription("If convicted: whether rights were restored (pardon, Governor's restoration, or otherwise by law).") Boolean rightsRestored) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (office != null && municipality != null) {
                office.misfit(municipality.kind()).ifPresent(p::add);
            }
            if (municipalResidenceSince != null && electionOrAppointmentDate != null && municipalResidenceSince.isAfter(electionOrAppointmentDate)) {
                p.add(new FieldProblem("municipalResidenceSince", "is after electionOrAppointmentDate"));
            }
            if (Boolean.FALSE.equals(convictedOfDisqualifyingCrime) && rightsRestored != null) {
                p.add(new FieldProblem("rightsRestored", "applies only to a person convicted"));
            }
            return p;
        }
    }

    public record Answer(@Decision boolean eligibleToBeElectedOrAppointed, @Decision boolean eligibleToTakeOath, @Decision LocalDate residenceNeededSince,
            LocalDate residenceCountedFrom, List<String> reasons) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Eligibility for an elective office",
            "Decides separately whether a person may be elected or appointed to an elective office (qualified elector; one "
                    + "year's residence in the municipality, in the ward for alderpersons, next preceding the election or "
                    + "appointment, counted to the day; the redistricting rule for alderpersons, 6 months in a trustee district "
                    + "before the first election after a redistricting unless newly incorporated, and active-duty military "
                    + "service counted as residence) and whether the person may take the oath (no arrears to the municipality "
                    + "at the time of the oath; no conviction of an infamous crime, bribery, perjury or other felony unless "
                    + "rights were restored). Applies 3.1-10-5, 3.1-20-25(c) and 3.1-25-75(b); in the managerial form the residence rules "
                    + "yield to Sections 5-2-2 and 5-2-11 (Article 5, not applied here), and the answer says so.",
            Area.OFFICERS, LAW, Facts.class, Answer.class)
            .decides("Whether a person may be elected or appointed to an elective office, and may take the oath.")
            .askedAs("who can run for or hold elected office: residency, how long the candidate lived in town, registered voter, felony conviction, owing money");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.CITY, 42_000), ElectiveOffice.ALDERPERSON, LocalDate.parse("2027-04-06"), true,
                LocalDate.parse("2019-08-01"), LocalDate.parse("2026-04-06"), null, false, false, null, null, null, null, false, false, null);
    }

    static final Fact<Facts, ElectiveOffice> OFFICE = Fact.choice("office", ElectiveOffice.class, Facts::office, "Which elective office does the person seek?")
            .said("the office sought");
    static final Fact<Facts, FormOfGovernment> FORM = MunicipalityFacts.form();
    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, LocalDate> DATE = Fact.date("electionOrAppointmentDate", Facts::electionOrAppointmentDate,
            "What is the date of the election or appointment?");
    static final Fact<Facts, Boolean> ELECTOR = Fact.yesNo("qualifiedElector", Facts::qualifiedElector,
            "Is the person a qualified elector (registered voter) of the municipality?");
    static final Fact<Facts, LocalDate> LIVED_SINCE = Fact.date("municipalResidenceSince", Facts::municipalResidenceSince,
            "Since what date has the person lived in the municipality?").said("when the person's residence in the municipality began");
    static final Fact<Facts, LocalDate> WARD_SINCE = Fact.date("wardResidenceSince", Facts::wardResidenceSince, "Since what date has the person lived in the ward?")
            .said("when the person's residence in the ward began");
    static final Fact<Facts, Boolean> DISTRICT_TRUSTEE = Fact.yesNo("districtTrustee", Facts::districtTrustee, "Is the trustee elected from a district?");
    static final Fact<Facts, Boolean> FIRST_AFTER_REDISTRICTING = Fact.yesNo("firstElectionAfterRedistricting", Facts::firstElectionAfterRedistricting,
            "Is this the first election after the wards or districts were redistricted?").said("whether this is the first election after a redistricting");
    static final Fact<Facts, Boolean> NEWLY_INCORPORATED = Fact.yesNo("newlyIncorporated", Facts::newlyIncorporated, "Is the municipality newly incorporated?")
            .said("whether the municipality is newly incorporated");
    static final Fact<Facts, Boolean> CONTAINS_OLD_WARD = Fact.yesNo("newWardContainsPartOfOldWard", Facts::newWardContainsPartOfOldWard,
            "Does the new ward contain part of the ward the person lived in?").said("whether the new ward contains part of the old one");
    static final Fact<Facts, LocalDate> OLD_WARD_SINCE = Fact.date("oldWardResidenceSince", Facts::oldWardResidenceSince,
            "Since what date has the person lived in the old ward?").said("when residence in the old ward began");
    static final Fact<Facts, LocalDate> DISTRICT_SINCE = Fact.date("districtResidenceSince", Facts::districtResidenceSince,
            "Since what date has the person lived in the district?");
    static final Fact<Facts, LocalDate> BEFORE_SERVICE_SINCE = Fact.<Facts>date("militaryService.residenceBeganBeforeService",
            f -> f.militaryService() == null ? null : f.militaryService().residenceBeganBeforeService(),
            "Since what date had the person lived in the municipality before the active duty service?");
    static final Fact<Facts, Boolean> RESIDENT_BEFORE = Fact.<Facts>yesNo("militaryService.residentImmediatelyBefore",
            f -> f.militaryService() == null ? null : f.militaryService().residentImmediatelyBefore(),
            "Was the person away on active duty military service (the person's or the spouse's), having been a resident immediately before it?")
            .said("whether the person was away on active duty military service");
    static final Fact<Facts, Boolean> RESIDENT_AFTER = Fact.<Facts>yesNo("militaryService.residentAgainImmediatelyAfter",
            f -> f.militaryService() == null ? null : f.militaryService().residentAgainImmediatelyAfter(),
            "Was the person again a resident immediately upon completing the service?");
    static final Fact<Facts, Boolean> ARREARS = Fact.yesNo("inArrearsAtOath", Facts::inArrearsAtOath,
            "At the time for taking the oath, will the person owe the municipality any tax or other debt in arrears?");
    static final Fact<Facts, Boolean> CONVICTED = Fact.yesNo("convictedOfDisqualifyingCrime", Facts::convictedOfDisqualifyingCrime,
            "Has the person been convicted of an infamous crime, bribery, perjury or another felony?");
    static final Fact<Facts, Boolean> RESTORED = Fact.yesNo("rightsRestored", Facts::rightsRestored,
            "Were the person's rights restored by pardon, by the Governor, or otherwise by law?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        LocalDate date = in.the(DATE, ELECTOR_AND_YEAR);
        LocalDate needed = date.minusYears(1);
        List<String> reasons = new ArrayList<>();
        if (!in.is(ELECTOR, ELECTOR_AND_YEAR)) {
            reasons.add("not a qualified elector of the municipality");
            r.found(ELECTOR_AND_YEAR, "The person is not a qualified elector of the municipality, so is not eligible.");
            return oath(in, r, false, needed, null, reasons);
        }
        boolean year = in.onOrBefore(LIVED_SINCE, needed, ELECTOR_AND_YEAR) || militaryYear(in, r, needed);
        LocalDate from = in.ifGiven(LIVED_SINCE).orElse(null);
        if (year && !in.onOrBefore(LIVED_SINCE, needed, ELECTOR_AND_YEAR)) {
            from = in.ifGiven(BEFORE_SERVICE_SINCE).orElse(null);
        }
        r.found(ELECTOR_AND_YEAR, "Residence in the municipality must have begun by " + needed + " (one year before " + date + ")"
                + (from == null ? (year ? "; it did." : "; it did not.") : "; it counts from " + from + (year ? ", which is enough." : ", which is too late.")));
        if (!year) {
            reasons.add("less than one year's residence in the municipality before " + date);
            return oath(in, r, false, needed, from, reasons);
        }
        ElectiveOffice office = in.the(OFFICE, WARD_OR_DISTRICT);
        office.mustBeIn(in.ifGiven(KIND).orElse(null));
        boolean eligible = switch (office) {
            case ALDERPERSON -> ward(in, r, needed, reasons);
            case TRUSTEE -> district(in, r, date, reasons);
            default -> true;
        };
        return oath(in, r, eligible, needed, from, reasons);
    }

    /**
     * 3.1-10-5(d): the time away on active duty military service counts as residence for a person resident immediately before
     * it and again immediately after; read only where the residence alone falls short, and each part is a fact.
     */
    private static boolean militaryYear(In<Facts> in, Reasons r, LocalDate needed) {
        // whether the person was away on such service is a fact like any other: a short residence is not read as no service
        boolean counts = in.is(RESIDENT_BEFORE, MILITARY) && in.is(RESIDENT_AFTER, MILITARY);
        boolean enough = counts && in.onOrBefore(BEFORE_SERVICE_SINCE, needed, MILITARY);
        r.found(MILITARY, counts ? "The time away on active duty military service counts as residence, for a person resident immediately before the service "
                + "and again immediately after it" + (enough ? "; residence then runs from before the service." : ", but residence before it began too late.")
                : "The military-service rule needs residence immediately before and again immediately after the service; not both held, so the time away "
                        + "does not count.");
        return enough;
    }

    private static Envelope<Answer> oath(In<Facts> in, Reasons r, boolean eligible, LocalDate needed, LocalDate from, List<String> reasons) {
        List<String> oathBars = new ArrayList<>();
        if (in.is(ARREARS, OATH)) {
            oathBars.add("in arrears to the municipality at the time of the oath");
        }
        if (in.is(CONVICTED, OATH) && !in.is(RESTORED, OATH)) {
            oathBars.add("convicted of a disqualifying crime without restoration of rights");
        }
        boolean oath = oathBars.isEmpty();
        reasons.addAll(oathBars);
        r.found(OATH, oath ? "Nothing bars taking the oath: no arrears to the municipality and no unrestored disqualifying conviction."
                : "The person may not take the oath: " + String.join("; ", oathBars) + ".");
        // (a) and (c) hold "except as provided in ... Section 5-2-2, or Section 5-2-11": the managerial form's own residence rules, in
        // Article 5 (outside this corpus); a caller who names that form is told they may decide instead, not answered as if they could not
        boolean managerial = in.ifGiven(FORM).filter(f -> f == FormOfGovernment.MANAGERIAL).isPresent();
        if (managerial) {
            r.found(ELECTOR_AND_YEAR, "The residence rules of this Section yield to Sections 5-2-2 and 5-2-11 (the managerial form, Article 5), "
                    + "which this answer does not apply: where they govern the office, they decide the residence required.");
        }
        String summary = (eligible ? "The person is eligible to be elected or appointed" : "The person is not eligible to be elected or appointed")
                + " and " + (oath ? "may take the oath." : "may not take the oath.") + (reasons.isEmpty() ? "" : " Reasons: " + String.join("; ", reasons) + ".")
                + (managerial ? " In the managerial form, Sections 5-2-2 and 5-2-11 may set other residence rules." : "");
        return r.answered(new Answer(eligible, oath, needed, from, List.copyOf(reasons)), summary);
    }

    /** 3.1-10-5(c): a year in the ward; or, by 3.1-20-25(c) at the first election after a redistricting, a year in the old ward part of which the new one contains. */
    private static boolean ward(In<Facts> in, Reasons r, LocalDate needed, List<String> reasons) {
        if (in.onOrBefore(WARD_SINCE, needed, WARD_OR_DISTRICT)) {
            r.found(WARD_OR_DISTRICT, "An alderperson must have lived in the ward for one year before the election or appointment (since " + needed
                    + "); " + in.ifGiven(WARD_SINCE).map(d -> "ward residence began " + d + ", which is enough.").orElse("that holds."));
            return true;
        }
        if (in.is(FIRST_AFTER_REDISTRICTING, REDISTRICTED_WARD) && !in.is(NEWLY_INCORPORATED, REDISTRICTED_WARD) && in.is(CONTAINS_OLD_WARD, REDISTRICTED_WARD)
                && in.onOrBefore(OLD_WARD_SINCE, needed, REDISTRICTED_WARD)) {
            r.found(REDISTRICTED_WARD, "At the first election after a redistricting, a candidate may run from any ward containing part of the ward "
                    + "lived in for the year before; the person lived in the old ward" + in.ifGiven(OLD_WARD_SINCE).map(d -> " since " + d).orElse("")
                    + ", which is enough.");
            return true;
        }
        r.found(WARD_OR_DISTRICT, "An alderperson must have lived in the ward for one year before the election or appointment (since " + needed
                + "); " + in.ifGiven(WARD_SINCE).map(d -> "ward residence began " + d + ", which is too late.").orElse("it did not."));
        reasons.add("less than one year's residence in the ward");
        return false;
    }

    /** 3.1-25-75(b): a district trustee needs 6 months in the district before the first election after a redistricting. */
    private static boolean district(In<Facts> in, Reasons r, LocalDate date, List<String> reasons) {
        if (!in.is(DISTRICT_TRUSTEE, DISTRICT_SIX_MONTHS) || !in.is(FIRST_AFTER_REDISTRICTING, DISTRICT_SIX_MONTHS)) {
            r.found(WARD_OR_DISTRICT, "A trustee needs one year's residence in the municipality, which was applied above.");
            return true;
        }
        if (in.is(NEWLY_INCORPORATED, DISTRICT_SIX_MONTHS)) {
            r.found(DISTRICT_SIX_MONTHS, "The 6-month district residence rule does not apply to a resident of a newly incorporated municipality.");
            return true;
        }
        LocalDate needed = date.minusMonths(DISTRICT_MONTHS);
        boolean ok = in.onOrBefore(DISTRICT_SINCE, needed, DISTRICT_SIX_MONTHS);
        r.found(DISTRICT_SIX_MONTHS, "At the first election after a redistricting, a district trustee must have lived in the district for at least 6 months "
                + "before the election (since " + needed + "); " + in.ifGiven(DISTRICT_SINCE).map(d -> "district residence began " + d).orElse("it")
                + (ok ? (in.given(DISTRICT_SINCE) ? ", which is enough." : " did.") : (in.given(DISTRICT_SINCE) ? ", which is too late." : " did not.")));
        if (!ok) {
            reasons.add("less than 6 months' residence in the district before the first election after the redistricting");
        }
        return ok;
    }
}
