package com.statutory.officers.elections;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

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
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * elected-officers: which offices the electors fill and which the mayor or president appoints.
 *
 * <p>Readings: the exceptions are the statute's own and each needs its act: a city treasurer is appointed only where a city of
 * 10,000 or fewer passed the ordinance (3.1-15-5, 3.1-20-5); a village clerk only where a village of fewer than 5,000 adopted the
 * two-thirds resolution and no later 3.1-25-90(b) referendum made it elective again. Offices made elective under 3.1-20-40 are
 * reported when the caller lists them; the statute's appointive offices (3.1-30-5) are given as appointed unless so made elective.
 */
public final class ElectedOfficers implements Decides<ElectedOfficers.Facts, ElectedOfficers.Answer> {

    public static final String NAME = "elected-officers";

    static final Applied LAW = new Applied();
    static final Provision CITY_OFFICERS = LAW.require("3.1-15-5");
    static final Provision CLERK_TREASURER = LAW.require("3.1-20-5");
    static final Provision MADE_ELECTIVE = LAW.require("3.1-20-40");
    static final Provision VILLAGE_CLERK = LAW.require("3.1-25-90(a)");
    static final Provision TOWN_OFFICERS = LAW.require("3.1-25-95");
    static final Provision APPOINTED = LAW.require("3.1-30-5(a)");
    static final int APPOINTED_TREASURER_UP_TO = 10_000;
    static final int APPOINTED_CLERK_BELOW = 5_000;
    static final int TOWN_OFFICERS_FROM = 25_000;

    public enum Office {
        MAYOR, PRESIDENT, ALDERPERSONS, TRUSTEES, CLERK, TREASURER, ASSESSOR, COLLECTOR, SUPERVISOR, COMPTROLLER, MARSHAL,
        SUPERINTENDENT_OF_STREETS, ATTORNEY_OR_CORPORATION_COUNSEL, PURCHASING_AGENTS, AUXILIARY_POLICE, POLICE_MATRONS,
        COMMISSIONER_OF_PUBLIC_WORKS, BUDGET_DIRECTOR;

        String words() {
            return Words.lower(this);
        }
    }

    /** The offices a city council may make elective by a two-thirds ordinance (3.1-20-40), besides "any other" it finds necessary. */
    static final Set<Office> ELECTABLE = EnumSet.of(Office.COLLECTOR, Office.MARSHAL, Office.SUPERINTENDENT_OF_STREETS,
            Office.ATTORNEY_OR_CORPORATION_COUNSEL, Office.COMPTROLLER);

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: kind and population (latest census) decide the offices.") @Valid Municipality municipality,
            @Title("Is the treasurer appointed by ordinance?")
            @JsonPropertyDescription("City of 10,000 or fewer: whether an ordinance makes the treasurer appointed by the mayor with the council's consent.")
            Boolean treasurerAppointedByOrdinance,
            @Title("Is the village clerk appointed by resolution?")
            @JsonPropertyDescription("Village of fewer than 5,000: whether the board chose by a two-thirds resolution to have the clerk appointed "
                    + "(and no later referendum under 3.1-25-90(b) made it elective again).")
            Boolean clerkAppointedByResolution,
            @Title("Offices made elective by ordinance")
            @JsonPropertyDescription("City: offices the council made elective by a two-thirds ordinance under 3.1-20-40 (collector, marshal, superintendent of "
                    + "streets, attorney or corporation counsel, comptroller); an empty list for none.")
            @Size(max = 5, message = "must list at most 5 offices") List<Office> officesMadeElective) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            MunicipalityKind kind = municipality == null ? null : municipality.kind();
            Integer pop = municipality == null ? null : municipality.population();
            // a treasurer ordinance or clerk resolution where the population does not allow one is not a contradiction but of no
            // effect (3.1-15-5, 3.1-25-90(a)): the answer says so
            if (officesMadeElective != null) {
                if (officesMadeElective.contains(null) || !ELECTABLE.containsAll(officesMadeElective)) {
                    p.add(new FieldProblem("officesMadeElective", "must list only COLLECTOR, MARSHAL, SUPERINTENDENT_OF_STREETS, ATTORNEY_OR_CORPORATION_COUNSEL or COMPTROLLER (3.1-20-40)"));
                } else if (!officesMadeElective.isEmpty() && kind != null && kind != MunicipalityKind.CITY) {
                    p.add(new FieldProblem("officesMadeElective", "3.1-20-40 lets a city council make offices elective; this is not a city"));
                }
            }
            return p;
        }
    }

    /**
     * @param elected                 offices the statute has the electors fill here
     * @param appointed               offices the mayor or president appoints with the council's or board's consent (3.1-30-5), unless made elective
     * @param alsoElectedByOrdinance  offices the city council made elective under 3.1-20-40, when the caller listed them
     */
    public record Answer(@Decision List<Office> elected, List<Office> appointed, @Decision List<Office> alsoElectedByOrdinance) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Elected and appointed offices",
            "Which offices are elected and which appointed. Cities elect a mayor, alderpersons, a clerk and a treasurer, except a treasurer "
                    + "appointed by ordinance in a city of 10,000 or fewer (3.1-15-5, 3.1-20-5); villages elect a president, trustees and a clerk, "
                    + "except a clerk appointed after a two-thirds board resolution in a village of fewer than 5,000 (3.1-25-90(a)); incorporated "
                    + "towns of 25,000 or more also elect an assessor, a collector and a supervisor (3.1-25-95). The other officers of 3.1-30-5 are "
                    + "appointed, unless a city council made one elective by a two-thirds ordinance (3.1-20-40; listed when given).",
            Area.ELECTIONS_AND_STRUCTURE, LAW, Facts.class, Answer.class)
            .decides("Which offices of the municipality are elected and which are appointed.")
            .askedAs("which offices are elected and which are appointed: treasurer, clerk, collector");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.CITY, 8_200), true, null, List.of(Office.COLLECTOR));
    }

    /** Only a city council makes offices elective under 3.1-20-40: listing some says the municipality is a city. */
    static final Fact<Facts, MunicipalityKind> KIND = Fact.<Facts, MunicipalityKind>choice("municipality.kind", MunicipalityKind.class,
            f -> f.municipality() != null && f.municipality().kind() != null ? f.municipality().kind()
                    : f.officesMadeElective() != null && !f.officesMadeElective().isEmpty() ? MunicipalityKind.CITY : null, Municipality.ASK_KIND);
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, Boolean> TREASURER_BY_ORDINANCE = Fact.yesNo("treasurerAppointedByOrdinance", Facts::treasurerAppointedByOrdinance,
            "Has the city made the treasurer appointed by the mayor, by ordinance?").said("whether an ordinance made the treasurer appointed");
    static final Fact<Facts, Boolean> CLERK_BY_RESOLUTION = Fact.yesNo("clerkAppointedByResolution", Facts::clerkAppointedByResolution,
            "Has the village board chosen, by a two-thirds resolution, to have the clerk appointed?").said("whether the board resolved to have the clerk appointed");
    static final Fact<Facts, List<Office>> MADE_ELECTIVE_BY_ORDINANCE = Fact.value("officesMadeElective", Facts::officesMadeElective,
            "Has the council made any of the collector, marshal, superintendent of streets, attorney or comptroller elective by ordinance?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        MunicipalityKind kind = in.the(KIND, CITY_OFFICERS);
        Optional<Integer> pop = in.ifGiven(POPULATION);
        List<Office> elected = new ArrayList<>();
        List<Office> appointed = new ArrayList<>();
        switch (kind) {
            case CITY -> {
                // 3.1-15-5: "in cities of 10,000 or fewer ... by ordinance" the treasurer may be appointed
                boolean small = in.atMost(POPULATION, APPOINTED_TREASURER_UP_TO, CITY_OFFICERS);
                boolean treasurerElected = !small || !in.is(TREASURER_BY_ORDINANCE, CITY_OFFICERS);
                elected.addAll(List.of(Office.MAYOR, Office.ALDERPERSONS, Office.CLERK));
                r.found(CITY_OFFICERS, "A city elects a mayor, alderpersons, a city clerk and a city treasurer"
                        + (treasurerElected ? (!small ? "; with " + pop.map(n -> n + " inhabitants").orElse("more than 10,000 inhabitants")
                                + " it may not make the treasurer appointed." : "; no ordinance has made the treasurer appointed.")
                                : "; by ordinance this city of 10,000 or fewer has the treasurer appointed by the mayor with the council's consent."));
                (treasurerElected ? elected : appointed).add(Office.TREASURER);
                r.found(CLERK_TREASURER, "The clerk" + (treasurerElected ? " and the treasurer are" : " is")
                        + " elected at the same time as the mayor, except at an election to fill a mayoral vacancy.");
            }
            case VILLAGE -> {
                // 3.1-25-90(a): "in villages with a population of less than 5,000" the board may by resolution have the clerk appointed
                boolean small = in.atMost(POPULATION, APPOINTED_CLERK_BELOW - 1, VILLAGE_CLERK);
                boolean clerkElected = !small || !in.is(CLERK_BY_RESOLUTION, VILLAGE_CLERK);
                elected.addAll(List.of(Office.PRESIDENT, Office.TRUSTEES));
                r.found(CITY_OFFICERS, "A village elects a president, trustees and a clerk, except as otherwise provided in the Code.");
                r.found(VILLAGE_CLERK, clerkElected ? "The clerk is elected at the election for trustees." + (!small
                        ? " With " + pop.map(n -> n + " inhabitants").orElse("5,000 or more inhabitants") + " the village may not choose an appointed clerk." : "")
                        : "By a resolution of at least two-thirds of the board, this village of fewer than 5,000 has the clerk appointed by the president "
                                + "with the board's concurrence; a referendum under 3.1-25-90(b) can make it elective again.");
                (clerkElected ? elected : appointed).add(Office.CLERK);
                appointed.add(Office.TREASURER);
            }
            case INCORPORATED_TOWN -> {
                elected.addAll(List.of(Office.PRESIDENT, Office.TRUSTEES, Office.CLERK));
                r.found(CITY_OFFICERS, "An incorporated town elects a president, trustees and a clerk, except as otherwise provided in the Code.");
                if (in.atLeast(POPULATION, TOWN_OFFICERS_FROM, TOWN_OFFICERS)) {
                    elected.addAll(List.of(Office.ASSESSOR, Office.COLLECTOR, Office.SUPERVISOR));
                    r.found(TOWN_OFFICERS, "In an incorporated town of 25,000 or more" + pop.map(n -> " (this one has " + n + ")").orElse("")
                            + ", a president, a clerk, an assessor, a collector and a supervisor are elected for 4-year terms.");
                } else {
                    r.found(TOWN_OFFICERS, "Only incorporated towns of 25,000 or more elect an assessor, a collector and a supervisor"
                            + pop.map(n -> "; this one has " + n + ".").orElse("; this one is smaller."));
                    appointed.add(Office.COLLECTOR);
                }
                appointed.add(Office.TREASURER);
            }
        }
        for (Office o : List.of(Office.COLLECTOR, Office.COMPTROLLER, Office.MARSHAL, Office.ATTORNEY_OR_CORPORATION_COUNSEL, Office.PURCHASING_AGENTS,
                Office.AUXILIARY_POLICE, Office.POLICE_MATRONS, Office.COMMISSIONER_OF_PUBLIC_WORKS, Office.BUDGET_DIRECTOR)) {
            if (!elected.contains(o) && !appointed.contains(o)) {
                appointed.add(o);
            }
        }
        r.found(APPOINTED, "The " + (kind == MunicipalityKind.CITY ? "mayor" : "president") + ", with the advice and consent of the "
                + (kind == MunicipalityKind.CITY ? "city council" : "board of trustees") + ", may appoint the other officers: "
                + words(appointed) + ".");
        List<Office> byOrdinance = null;
        if (kind == MunicipalityKind.CITY) {
            if (in.given(MADE_ELECTIVE_BY_ORDINANCE)) {
                byOrdinance = List.copyOf(in.the(MADE_ELECTIVE_BY_ORDINANCE, MADE_ELECTIVE));
                appointed.removeAll(byOrdinance);
                r.found(MADE_ELECTIVE, byOrdinance.isEmpty() ? "The council has made none of the 3.1-20-40 offices elective."
                        : "By an ordinance passed by two-thirds of the alderpersons elected, the council made elective: " + words(byOrdinance) + ".");
            } else {
                r.found(MADE_ELECTIVE, "The council may, by an ordinance passed by two-thirds of all the alderpersons elected, make the collector, "
                        + "marshal, superintendent of streets, corporation counsel or comptroller (or other officers) elective.");
            }
        }
        String summary = "Elected: " + words(elected) + (byOrdinance == null || byOrdinance.isEmpty() ? "" : ", and by ordinance " + words(byOrdinance))
                + ". Appointed by the " + (kind == MunicipalityKind.CITY ? "mayor" : "president") + " with consent: " + words(appointed) + "."
                + (kind == MunicipalityKind.CITY && byOrdinance == null ? " The council may make some of these elective by a two-thirds ordinance (3.1-20-40)." : "");
        return r.answered(new Answer(List.copyOf(elected), List.copyOf(appointed), byOrdinance), summary);
    }

    private static String words(List<Office> offices) {
        return String.join(", ", offices.stream().map(Office::words).toList());
    }
}
