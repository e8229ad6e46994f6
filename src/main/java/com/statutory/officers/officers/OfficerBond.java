package com.statutory.officers.officers;

import static com.statutory.officers.answer.Prose.dollars;
import static com.statutory.officers.answer.Prose.number;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.FieldProblem;
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

/**
 * officer-bond: who gives bond, its minimum, and where it is filed.
 *
 * <p>Readings: the $3,000 minimum of "the mayor's bond" applies to a village or town president, whom
 * 3.1-15-10 allows to be called mayor; the treasurer's minimum uses the later Motor Fuel Tax census figure
 * when one is given ("or any subsequent census figure"), otherwise the latest federal census. Other reading: "not less
 * than 3 times [the federal figure] or [the later figure]" is met by either, so the lower product would do; where the
 * later figure is the higher, that minimum is given too (minimumPenalSumOtherReading).
 */
public final class OfficerBond implements Decides<OfficerBond.Facts, OfficerBond.Answer> {

    public static final String NAME = "officer-bond";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision BOND = LAW.require("3.1-10-30");
    static final Provision CHIEF_EXECUTIVE = LAW.require("3.1-15-10");
    static final long MAYOR_MINIMUM = 3_000;
    static final int TREASURER_TIMES_POPULATION = 3;

    public enum Office { MAYOR_OR_PRESIDENT, ALDERPERSON_OR_TRUSTEE, CLERK, TREASURER, OTHER_OFFICER }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality; population is the latest federal census.") @Valid Municipality municipality,
            @Title("Officer")
            @JsonPropertyDescription("The officer.") Office office,
            @Title("Is a later census figure used for Motor Fuel Tax?")
            @JsonPropertyDescription("Treasurer: whether a census figure later than the latest federal census is used for Motor Fuel Tax purposes.") Boolean laterMotorFuelTaxFigure,
            @Title("Motor Fuel Tax population figure")
            @JsonPropertyDescription("That later census figure used for Motor Fuel Tax purposes, if any.")
            @Min(value = 1, message = "must be a whole number of at least 1") @Max(value = 20_000_000, message = "must be at most 20000000") Integer motorFuelTaxPopulation,
            @Title("Bond amount already fixed (dollars)")
            @JsonPropertyDescription("The penal sum already fixed for this bond, in US dollars, to check against the minimum.")
            @Min(value = 0, message = "must be a whole number of dollars of at least 0") @Max(value = 1_000_000_000, message = "must be at most 1000000000") Long bondAmountFixed) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            if (Boolean.FALSE.equals(laterMotorFuelTaxFigure) && motorFuelTaxPopulation != null) {
                return List.of(new FieldProblem("motorFuelTaxPopulation", "is given but laterMotorFuelTaxFigure is false"));
            }
            return List.of();
        }
    }

    /**
     * @param minimumPenalSum in US dollars; null where the statute sets none (the ordinance or resolution fixes it)
     * @param complies whether the penal sum fixed meets the minimum; null when none was given or the statute sets no minimum
     * @param minimumPenalSumOtherReading the treasurer's minimum read as met by either census figure, where that is lower
     * @param compliesOtherReading complies under that reading, where it differs
     */
    public record Answer(@Decision boolean bondRequired, @Decision Long minimumPenalSum, String filedWith, String approvedBy, @Decision Boolean complies,
            @Decision Long minimumPenalSumOtherReading, @Decision Boolean compliesOtherReading) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Officer bonds",
            "Which officers give bond (all except alderpersons and trustees), the minimum penal sum (the mayor's or president's "
                    + "at least $3,000; the treasurer's at least 3 times the latest federal census population or a later Motor "
                    + "Fuel Tax census figure - the later figure where one is used, and, read as met by either figure, 3 times the "
                    + "federal census beside it where that is lower; others as fixed by ordinance or resolution), who approves it (the corporate "
                    + "authorities) and where it is filed (with the clerk; the clerk's with the treasurer). Applies 3.1-10-30.",
            Area.OFFICERS, LAW, Facts.class, Answer.class)
            .decides("Which officers give a bond, its least amount, who approves it and where it is filed.")
            .askedAs("how large a surety bond or insurance the treasurer, clerk or another officer must post");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.CITY, 42_000), Office.TREASURER, false, null, 150_000L);
    }

    static final Fact<Facts, Office> OFFICE = Fact.choice("office", Office.class, Facts::office,
            "Which officer: mayor or president, alderperson or trustee, clerk, treasurer, or another officer?");
    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, Boolean> LATER_FIGURE = Fact.<Facts>yesNo("laterMotorFuelTaxFigure",
            f -> f.motorFuelTaxPopulation() != null ? Boolean.TRUE : f.laterMotorFuelTaxFigure(),
            "Is a census figure later than the latest federal census used for the municipality's Motor Fuel Tax allotment?");
    static final Fact<Facts, Integer> MFT_POPULATION = Fact.count("motorFuelTaxPopulation", Facts::motorFuelTaxPopulation, 1, 20_000_000,
            "What is that later census figure used for Motor Fuel Tax purposes?");
    static final Fact<Facts, Long> BOND_FIXED = Fact.value("bondAmountFixed", Facts::bondAmountFixed, "What penal sum has been fixed for the bond?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        Office office = in.the(OFFICE, BOND);
        if (office == Office.ALDERPERSON_OR_TRUSTEE) {
            r.found(BOND, "All municipal officers give bond before entering upon their duties, except alderpersons and trustees.");
            return r.answered(new Answer(false, null, null, null, null, null, null), "Alderpersons and trustees do not give bond.");
        }
        Long minimum = null;
        Long otherMinimum = null;
        String basis = "the penal sum directed by resolution or ordinance";
        if (office == Office.MAYOR_OR_PRESIDENT) {
            minimum = MAYOR_MINIMUM;
            basis = "at least $3,000";
            if (in.ifGiven(KIND).filter(k -> k != MunicipalityKind.CITY).isPresent()) {
                r.found(CHIEF_EXECUTIVE, "A village or town president may also be called a mayor, so the mayor's minimum is applied.");
            }
        } else if (office == Office.TREASURER) {
            // "the latest Federal census population or any subsequent census figure used for Motor Fuel Tax purposes": the later
            // figure when there is one, so whether there is one decides the minimum
            boolean later = in.is(LATER_FIGURE, BOND);
            int figure = later ? in.the(MFT_POPULATION, BOND) : in.the(POPULATION, BOND);
            minimum = (long) TREASURER_TIMES_POPULATION * figure;
            basis = "at least 3 times " + number(figure) + (later ? " (the Motor Fuel Tax census figure)" : " (the latest federal census)");
            Integer federal = in.ifGiven(POPULATION).orElse(null);
            if (later && federal != null && federal < figure) {
                otherMinimum = (long) TREASURER_TIMES_POPULATION * federal;
                r.found(BOND, "Read the other way, \"not less than 3 times the latest Federal census population or any subsequent census "
                        + "figure\" is met by either figure, so 3 times the federal census (" + number(federal) + ") would do: "
                        + dollars(otherMinimum) + ".");
            }
        }
        Long fixed = in.ifGiven(BOND_FIXED).orElse(null);
        String filedWith = office == Office.CLERK ? "the municipal treasurer" : "the municipal clerk";
        r.found(BOND, "The officer gives a bond with security approved by the corporate authorities, payable to the municipality, in "
                + basis + (minimum == null ? "" : ": " + dollars(minimum)) + ", filed with " + filedWith + ".");
        Boolean complies = minimum == null || fixed == null ? null : fixed >= minimum;
        Boolean compliesOther = otherMinimum == null || fixed == null ? null : fixed >= otherMinimum;
        if (complies != null) {
            r.found(BOND, "The bond was fixed at " + dollars(fixed) + ", " + (complies ? "not less than" : "less than")
                    + " the minimum of " + dollars(minimum) + ".");
        }
        // given only where the readings part: the sum fixed is below the later figure's minimum but meets the federal one's
        Boolean compliesOtherReading = complies == null || compliesOther == null || compliesOther.equals(complies) ? null : compliesOther;
        String otherReading = otherMinimum == null ? "" : " Read as met by either census figure, the least is " + dollars(otherMinimum)
                + (Boolean.TRUE.equals(compliesOtherReading) ? ", which the sum fixed meets." : ".");
        return r.answered(new Answer(true, minimum, filedWith, "the corporate authorities", complies, otherMinimum, compliesOtherReading),
                "A bond is required"
                + (minimum == null ? ", in the sum the ordinance or resolution directs" : " of at least " + dollars(minimum))
                + "; it is approved by the corporate authorities and filed with " + filedWith + "."
                + (complies == null ? "" : complies ? " The " + dollars(fixed) + " fixed meets the minimum."
                        : " The " + dollars(fixed) + " fixed is below the minimum and must be raised.") + otherReading);
    }
}
