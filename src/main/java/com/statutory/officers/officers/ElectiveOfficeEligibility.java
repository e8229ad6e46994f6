package com.statutory.officers.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

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
import com.statutory.officers.municipality.ElectiveOffice;
import com.statutory.officers.municipality.FormOfGovernment;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
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
public final class ElectiveOfficeEligibility implements Question<ElectiveOfficeEligibility.Facts, ElectiveOfficeEligibility.Answer> {

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
            if (office != null && municipality != null && municipality.kind() != null && office.notFoundIn(municipality.kind()) != null) {
                p.add(new FieldProblem("office", "does not fit municipality.kind: " + office.notFoundIn(municipality.kind())));
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

    public record Answer(@Decision boolean eligibleToBeElectedOrAppointed, @Decision boolean eligibleToTakeOath, LocalDate residenceNeededSince,
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

    @Override
    public Envelope<Answer> answer(Facts f) {
        Reasons r = new Reasons(NAME);
        if (f.office() == null && officeMatters(f)) {
            r.missing("office", "Which elective office does the person seek?", ELECTOR_AND_YEAR);
        }
        if (f.electionOrAppointmentDate() == null) {
            r.missing("electionOrAppointmentDate", "What is the date of the election or appointment?", ELECTOR_AND_YEAR);
        }
        // either bar of 3.1-10-5(a) makes the person ineligible for any office: once one is known, the other, and the ward or district
        // residence, cannot change the answer and are not asked
        boolean decided = ineligibleForAnyOffice(f);
        if (f.qualifiedElector() == null && !decided) {
            r.missing("qualifiedElector", "Is the person a qualified elector (registered voter) of the municipality?", ELECTOR_AND_YEAR);
        }
        if (f.municipalResidenceSince() == null && !decided) {
            r.missing("municipalResidenceSince", "Since what date has the person lived in the municipality?", ELECTOR_AND_YEAR);
        }
        if (f.office() == ElectiveOffice.ALDERPERSON && !decided) {
            askWard(f, r);
        }
        if (f.office() == ElectiveOffice.TRUSTEE && !decided) {
            askDistrict(f, r);
        }
        if (f.inArrearsAtOath() == null) {
            r.missing("inArrearsAtOath", "At the time for taking the oath, will the person owe the municipality any tax or other debt in arrears?", OATH);
        }
        if (f.convictedOfDisqualifyingCrime() == null) {
            r.missing("convictedOfDisqualifyingCrime", "Has the person been convicted of an infamous crime, bribery, perjury or another felony?", OATH);
        } else if (f.convictedOfDisqualifyingCrime() && f.rightsRestored() == null) {
            r.missing("rightsRestored", "Were the person's rights restored by pardon, by the Governor, or otherwise by law?", OATH);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        List<String> reasons = new ArrayList<>();
        LocalDate date = f.electionOrAppointmentDate();
        LocalDate needed = date.minusYears(1);
        boolean eligible = true;
        if (Boolean.FALSE.equals(f.qualifiedElector())) {
            eligible = false;
            reasons.add("not a qualified elector of the municipality");
            r.found(ELECTOR_AND_YEAR, "The person is not a qualified elector of the municipality, so is not eligible.");
        }
        LocalDate from = f.municipalResidenceSince();
        if (from == null) {
            // not asked: not being an elector already decides
            return oath(f, r, false, needed, null, reasons);
        }
        MilitaryService m = f.militaryService();
        if (m != null && Boolean.TRUE.equals(m.residentImmediatelyBefore()) && Boolean.TRUE.equals(m.residentAgainImmediatelyAfter())
                && m.residenceBeganBeforeService() != null && m.residenceBeganBeforeService().isBefore(from)) {
            from = m.residenceBeganBeforeService();
            r.found(MILITARY, "The time away on active duty military service counts as residence, so residence runs from " + from + ".");
        } else if (m != null) {
            r.found(MILITARY, "The military-service rule needs residence immediately before and again immediately after the service; "
                    + "not both were shown, so the time away does not count.");
        }
        boolean municipal = !from.isAfter(needed);
        r.found(ELECTOR_AND_YEAR, "Residence in the municipality must have begun by " + needed + " (one year before " + date + "); it began "
                + from + (municipal ? ", which is enough." : ", which is too late."));
        if (!municipal) {
            eligible = false;
            reasons.add("less than one year's residence in the municipality before " + date);
        }
        if (f.office() == ElectiveOffice.ALDERPERSON && !decided) {
            eligible &= ward(f, r, needed, reasons);
        }
        if (f.office() == ElectiveOffice.TRUSTEE && Boolean.TRUE.equals(f.districtTrustee()) && !decided) {
            eligible &= district(f, r, date, reasons);
        }
        return oath(f, r, eligible, needed, from, reasons);
    }

    private static Envelope<Answer> oath(Facts f, Reasons r, boolean eligible, LocalDate needed, LocalDate from, List<String> reasons) {
        List<String> oathBars = new ArrayList<>();
        if (f.inArrearsAtOath()) {
            oathBars.add("in arrears to the municipality at the time of the oath");
        }
        if (f.convictedOfDisqualifyingCrime() && !f.rightsRestored()) {
            oathBars.add("convicted of a disqualifying crime without restoration of rights");
        }
        boolean oath = oathBars.isEmpty();
        reasons.addAll(oathBars);
        r.found(OATH, oath ? "Nothing bars taking the oath: no arrears to the municipality and no unrestored disqualifying conviction."
                : "The person may not take the oath: " + String.join("; ", oathBars) + ".");
        // (a) and (c) hold "except as provided in ... Section 5-2-2, or Section 5-2-11": the managerial form's own residence rules, in
        // Article 5 (outside this corpus); a caller who names that form is told they may decide instead, not answered as if they could not
        boolean managerial = f.municipality() != null && f.municipality().formOfGovernment() == FormOfGovernment.MANAGERIAL;
        if (managerial) {
            r.found(ELECTOR_AND_YEAR, "The residence rules of this Section yield to Sections 5-2-2 and 5-2-11 (the managerial form, Article 5), "
                    + "which this answer does not apply: where they govern the office, they decide the residence required.");
        }
        String summary = (eligible ? "The person is eligible to be elected or appointed" : "The person is not eligible to be elected or appointed")
                + " and " + (oath ? "may take the oath." : "may not take the oath.") + (reasons.isEmpty() ? "" : " Reasons: " + String.join("; ", reasons) + ".")
                + (managerial ? " In the managerial form, Sections 5-2-2 and 5-2-11 may set other residence rules." : "");
        return r.answered(new Answer(eligible, oath, needed, from, reasons), summary);
    }

    /**
     * The office matters only through the ward rule (alderpersons) and the district rule (district trustees at the first election
     * after a redistricting): when the ward residence is known to be enough and no district rule can bite, it is not asked.
     */
    private static boolean officeMatters(Facts f) {
        if (ineligibleForAnyOffice(f)) {
            return false;
        }
        boolean wardKnownOk = f.wardResidenceSince() != null && f.electionOrAppointmentDate() != null
                && !f.wardResidenceSince().isAfter(f.electionOrAppointmentDate().minusYears(1));
        boolean city = f.municipality() != null && f.municipality().kind() == MunicipalityKind.CITY;
        boolean districtCannotBite = Boolean.FALSE.equals(f.firstElectionAfterRedistricting()) || Boolean.TRUE.equals(f.newlyIncorporated())
                || Boolean.FALSE.equals(f.districtTrustee());
        return !(wardKnownOk && (city || districtCannotBite));
    }

    /** Not an elector, or too short a residence in the municipality (with no military service to count). */
    private static boolean ineligibleForAnyOffice(Facts f) {
        boolean shortResidence = f.municipalResidenceSince() != null && f.electionOrAppointmentDate() != null && f.militaryService() == null
                && f.municipalResidenceSince().isAfter(f.electionOrAppointmentDate().minusYears(1));
        return Boolean.FALSE.equals(f.qualifiedElector()) || shortResidence;
    }

    /**
     * 3.1-10-5(c) and 3.1-20-25(c): a year in the ward, or, at the first election after a redistricting, a year in the old ward
     * part of which the new one contains. Whichever route is open is asked for; a missing date is never read as "too late".
     */
    private static void askWard(Facts f, Reasons r) {
        boolean routeOpen = !Boolean.FALSE.equals(f.firstElectionAfterRedistricting()) && !Boolean.TRUE.equals(f.newlyIncorporated())
                && !Boolean.FALSE.equals(f.newWardContainsPartOfOldWard());
        boolean routeTaken = Boolean.TRUE.equals(f.firstElectionAfterRedistricting()) && Boolean.FALSE.equals(f.newlyIncorporated())
                && Boolean.TRUE.equals(f.newWardContainsPartOfOldWard());
        boolean wardOk = f.wardResidenceSince() != null && f.electionOrAppointmentDate() != null
                && !f.wardResidenceSince().isAfter(f.electionOrAppointmentDate().minusYears(1));
        if (f.wardResidenceSince() == null && !routeTaken) {
            r.missing("wardResidenceSince", "Since what date has the person lived in the ward?", WARD_OR_DISTRICT);
        }
        if (wardOk || !routeOpen || f.wardResidenceSince() == null && !routeTaken || f.electionOrAppointmentDate() == null) {
            return;
        }
        // the ward residence is short (or not given while the redistricting route is taken): that route may still qualify
        if (f.firstElectionAfterRedistricting() == null) {
            r.missing("firstElectionAfterRedistricting", "Is this the first election after the wards were redistricted?", REDISTRICTED_WARD);
        } else if (f.newlyIncorporated() == null) {
            r.missing("newlyIncorporated", "Is the municipality newly incorporated?", REDISTRICTED_WARD);
        } else if (f.newWardContainsPartOfOldWard() == null) {
            r.missing("newWardContainsPartOfOldWard", "Does the new ward contain part of the ward the person lived in?", REDISTRICTED_WARD);
        } else if (f.oldWardResidenceSince() == null) {
            r.missing("oldWardResidenceSince", "Since what date has the person lived in the old ward?", REDISTRICTED_WARD);
        }
    }

    /** 3.1-25-75(b): a district trustee at the first election after a redistricting needs 6 months in the district. */
    private static void askDistrict(Facts f, Reasons r) {
        if (Boolean.FALSE.equals(f.districtTrustee()) || Boolean.FALSE.equals(f.firstElectionAfterRedistricting())
                || Boolean.TRUE.equals(f.newlyIncorporated())) {
            return;
        }
        if (f.districtTrustee() == null) {
            r.missing("districtTrustee", "Is the trustee elected from a district?", DISTRICT_SIX_MONTHS);
        } else if (f.firstElectionAfterRedistricting() == null) {
            r.missing("firstElectionAfterRedistricting", "Is this the first election after the districts were redistricted?", DISTRICT_SIX_MONTHS);
        } else if (f.newlyIncorporated() == null) {
            r.missing("newlyIncorporated", "Is the municipality newly incorporated?", DISTRICT_SIX_MONTHS);
        } else if (f.districtResidenceSince() == null) {
            r.missing("districtResidenceSince", "Since what date has the person lived in the district?", DISTRICT_SIX_MONTHS);
        }
    }

    /** 3.1-10-5(c), with 3.1-20-25(c) after a redistricting. */
    private static boolean ward(Facts f, Reasons r, LocalDate needed, List<String> reasons) {
        boolean redistricted = Boolean.TRUE.equals(f.firstElectionAfterRedistricting()) && Boolean.FALSE.equals(f.newlyIncorporated())
                && Boolean.TRUE.equals(f.newWardContainsPartOfOldWard()) && f.oldWardResidenceSince() != null;
        if (redistricted && !f.oldWardResidenceSince().isAfter(needed)) {
            r.found(REDISTRICTED_WARD, "At the first election after a redistricting, a candidate may run from any ward containing part of the ward "
                    + "lived in for the year before; the person lived in the old ward since " + f.oldWardResidenceSince() + ", which is enough.");
            return true;
        }
        LocalDate since = f.wardResidenceSince();
        boolean ok = since != null && !since.isAfter(needed);
        r.found(WARD_OR_DISTRICT, "An alderperson must have lived in the ward for one year before the election or appointment (since " + needed
                + "); " + (since == null ? "no ward residence date was given" : "ward residence began " + since) + (ok ? ", which is enough." : ", which is too late."));
        if (!ok) {
            reasons.add("less than one year's residence in the ward");
        }
        return ok;
    }

    /** 3.1-25-75(b): 6 months in the district before the first election after a redistricting. */
    private static boolean district(Facts f, Reasons r, LocalDate date, List<String> reasons) {
        if (!Boolean.TRUE.equals(f.firstElectionAfterRedistricting())) {
            r.found(WARD_OR_DISTRICT, "A district trustee needs one year's residence in the municipality, which was applied above.");
            return true;
        }
        if (Boolean.TRUE.equals(f.newlyIncorporated())) {
            r.found(DISTRICT_SIX_MONTHS, "The 6-month district residence rule does not apply to a resident of a newly incorporated municipality.");
            return true;
        }
        LocalDate needed = date.minusMonths(DISTRICT_MONTHS);
        boolean ok = f.districtResidenceSince() != null && !f.districtResidenceSince().isAfter(needed);
        r.found(DISTRICT_SIX_MONTHS, "At the first election after a redistricting, a district trustee must have lived in the district for at least 6 months "
                + "before the election (since " + needed + "); " + (f.districtResidenceSince() == null ? "no district residence date was given"
                        : "district residence began " + f.districtResidenceSince()) + (ok ? ", which is enough." : ", which is too late."));
        if (!ok) {
            reasons.add("less than 6 months' residence in the district before the first election after the redistricting");
        }
        return ok;
    }
}
