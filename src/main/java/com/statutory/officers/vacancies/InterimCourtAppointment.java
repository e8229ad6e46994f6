package com.statutory.officers.vacancies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

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
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * interim-court-appointment: when every elective office is vacant, the circuit court may appoint on petition.
 *
 * <p>Readings: "10% of the electors" is rounded up to a whole signature, since a petition must reach at
 * least that share; "not less than 120 days after" allows exactly 120. The regularly scheduled elections
 * come from the general election law, not Article 3.1, so the caller lists them.
 */
public final class InterimCourtAppointment implements Decides<InterimCourtAppointment.Facts, InterimCourtAppointment.Answer> {

    public static final String NAME = "interim-court-appointment";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision INTERIM = LAW.require("3.1-10-60");
    static final int SIGNATURE_CAP = 100;
    static final int MIN_DAYS_TO_ELECTION = 120;

    @Consistent
    public record Facts(
            @Title("Is the office of mayor or president vacant?")
            @JsonPropertyDescription("Whether the office of mayor or president is vacant.") Boolean noMayorOrPresident,
            @Title("Is the office of clerk vacant?")
            @JsonPropertyDescription("Whether the office of clerk is vacant.") Boolean noClerk,
            @Title("Are all alderperson or trustee offices vacant?")
            @JsonPropertyDescription("Whether every alderperson or trustee office is vacant.") Boolean noAlderpersonsOrTrustees,
            @Title("Number of electors")
            @JsonPropertyDescription("Number of electors (registered voters) of the municipality.")
            @Min(value = 0, message = "must be a whole number of at least 0") @Max(value = 20_000_000, message = "must be at most 20000000") Integer electors,
            @Title("Last office became vacant on")
            @JsonPropertyDescription("Date on which the last of the offices became vacant.") LocalDate allOfficesVacantDate,
            @Title("Scheduled election dates")
            @JsonPropertyDescription("Regularly scheduled elections under the general election law after that date.")
            @Size(max = 40, message = "must list at most 40 dates") List<LocalDate> scheduledElectionDates) implements CrossChecked {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (scheduledElectionDates != null && scheduledElectionDates.contains(null)) {
                p.add(new FieldProblem("scheduledElectionDates", "must not contain null"));
            }
            return p;
        }
    }

    public record Answer(@Decision boolean courtMayAppoint, @Decision Integer signaturesNeeded, LocalDate earliestQualifyingElectionDate,
            @Decision LocalDate servesUntilElectionOn) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Court appointments when every elective office is vacant",
            "When a municipality has no mayor or president, no clerk and no alderpersons or trustees: the signatures a "
                    + "petition to the circuit court needs (the lesser of 100 electors or 10% of the electors, rounded up) and the "
                    + "election until which the appointees serve (the next regularly scheduled election at least 120 days after "
                    + "all offices became vacant; the caller lists the scheduled elections). Applies 3.1-10-60.",
            Area.VACANCIES, LAW, Facts.class, Answer.class)
            .decides("How a municipality with every office vacant gets interim officers from the circuit court.")
            .askedAs("the whole council or board is gone, every office or seat vacant, nobody left in office: the court appoints temporary officers");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(true, true, true, 640, LocalDate.parse("2026-12-01"),
                List.of(LocalDate.parse("2027-02-23"), LocalDate.parse("2027-04-06"), LocalDate.parse("2028-03-17")));
    }

    static final Fact<Facts, Boolean> NO_MAYOR = Fact.yesNo("noMayorOrPresident", Facts::noMayorOrPresident, "Is the office of mayor or president vacant?");
    static final Fact<Facts, Boolean> NO_CLERK = Fact.yesNo("noClerk", Facts::noClerk, "Is the office of clerk vacant?");
    static final Fact<Facts, Boolean> NO_MEMBERS = Fact.yesNo("noAlderpersonsOrTrustees", Facts::noAlderpersonsOrTrustees,
            "Are all alderperson or trustee offices vacant?");
    static final Fact<Facts, Integer> ELECTORS = Fact.count("electors", Facts::electors, 0, 20_000_000, "How many electors does the municipality have?");
    static final Fact<Facts, LocalDate> LAST_VACANT = Fact.date("allOfficesVacantDate", Facts::allOfficesVacantDate,
            "On what date did the last elective office become vacant?");
    static final Fact<Facts, List<LocalDate>> ELECTIONS = Fact.value("scheduledElectionDates", Facts::scheduledElectionDates,
            "Which regularly scheduled elections (general election law) fall after that date?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        // "no mayor or president, no clerk, and no alderpersons or trustees": any office filled ends it
        if (!in.is(NO_MAYOR, INTERIM) || !in.is(NO_CLERK, INTERIM) || !in.is(NO_MEMBERS, INTERIM)) {
            r.found(INTERIM, "The court may appoint only if the municipality has no mayor or president, no clerk, and no alderpersons or trustees; "
                    + "at least one of these offices is filled.");
            return r.notApplicable(new Answer(false, null, null, null), "Section 3.1-10-60 does not apply: at least one elective office is "
                    + "filled. Vacancies are then filled under Sections 3.1-10-50 and 3.1-10-51.");
        }
        // "at least 100 electors or 10% of the electors, whichever is less": 1,000 electors or more need 100, whatever the number
        boolean capped = in.atLeast(ELECTORS, 10L * SIGNATURE_CAP, INTERIM);
        int electors = capped ? in.ifGiven(ELECTORS).orElse(10 * SIGNATURE_CAP) : in.the(ELECTORS, INTERIM);
        int tenPercent = (electors + 9) / 10;
        int signatures = Math.min(SIGNATURE_CAP, tenPercent);
        r.found(INTERIM, "The petition needs at least 100 electors or 10% of the electors, whichever is less: " + (in.given(ELECTORS)
                ? "10% of " + electors + " is " + tenPercent + " (rounded up), so " + signatures + " signatures."
                : "with 1,000 electors or more, 100 signatures."));
        LocalDate vacantOn = in.the(LAST_VACANT, INTERIM);
        LocalDate earliest = Days.within(vacantOn, MIN_DAYS_TO_ELECTION);
        LocalDate election = in.the(ELECTIONS, INTERIM).stream().filter(d -> !d.isBefore(earliest)).sorted().findFirst()
                .orElseGet(() -> in.needMore(ELECTIONS, INTERIM));
        r.found(INTERIM, "The appointees serve until the next regularly scheduled election occurring not less than 120 days after "
                + vacantOn + " (on or after " + earliest + "): " + election + ".");
        return r.answered(new Answer(true, signatures, earliest, election), "The circuit court may make interim appointments to all "
                + "elective offices on a petition signed by at least " + signatures + " electors; the appointees serve until the election of "
                + election + ".");
    }
}
