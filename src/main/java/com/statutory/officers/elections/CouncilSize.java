package com.statutory.officers.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * council-size: how many alderpersons and wards a city has, or trustees (and districts) a village or town has.
 *
 * <p>Readings: the table of 3.1-20-10(a) is read with its own bounds ("exceeding 3,000 but not exceeding 15,000": 3,000 is in
 * row (1), 3,001 in row (2)). Subsections (b) and (c) are open to a municipality "with 15,000 or more" and "40,000 or more"
 * inhabitants, but their tables start at "exceeding 15,000" and "exceeding 40,000": at exactly 15,000 or 40,000 they give no
 * count, so only (a) or (d) can apply there. Cities above 500,000 are outside the table (NOT_APPLICABLE). The wards are half the
 * alderpersons authorized (3.1-20-15); a 3.1-20-20 restriction keeps the wards and elects one alderperson per ward, with any
 * at-large seats added.
 */
public final class CouncilSize implements Decides<CouncilSize.Facts, CouncilSize.Answer> {

    public static final String NAME = "council-size";

    static final Applied LAW = new Applied();
    static final Provision COUNCIL = LAW.require("3.1-40-5");
    static final Provision TABLE = LAW.require("3.1-20-10(a)");
    static final Provision FEWER = LAW.require("3.1-20-10(b)");
    static final Provision MORE = LAW.require("3.1-20-10(c)");
    static final Provision RETAIN = LAW.require("3.1-20-10(d)");
    static final Provision WARDS = LAW.require("3.1-20-15");
    static final Provision HALF = LAW.require("3.1-20-20(a)");
    static final Provision PLUS_AT_LARGE = LAW.require("3.1-20-20(b)");
    static final Provision MINORITY = LAW.require("3.1-15-30(b)");
    static final Provision MINORITY_DISTRICTS = LAW.require("3.1-15-30(c)");
    static final Provision THREE_PER_DISTRICT = LAW.require("3.1-15-35");
    static final Provision SIX_TRUSTEES = LAW.require("3.1-25-5");
    static final Provision FOUR_TRUSTEES = LAW.require("3.1-25-10");
    static final Provision SPECIAL_ACT = LAW.require("3.1-25-70(a)");
    static final Provision TRUSTEE_DISTRICTS = LAW.require("3.1-25-75(a)");
    static final Provision TRUSTEE_POWERS = LAW.require("3.1-45-15");
    static final Provision SPECIAL_ACT_POWERS = LAW.require("3.1-45-20");

    /** One row of a table in 3.1-20-10: cities exceeding {@code above} but not exceeding {@code upTo}. */
    record Row(int above, int upTo, int alderpersons, Provision provision) {

        boolean holds(int population) {
            return population > above && population <= upTo;
        }
    }

    static final List<Row> TABLE_A = List.of(
            new Row(0, 3_000, 6, LAW.require("3.1-20-10(a)(1)")),
            new Row(3_000, 15_000, 8, LAW.require("3.1-20-10(a)(2)")),
            new Row(15_000, 20_000, 10, LAW.require("3.1-20-10(a)(3)")),
            new Row(20_000, 50_000, 14, LAW.require("3.1-20-10(a)(4)")),
            new Row(50_000, 70_000, 16, LAW.require("3.1-20-10(a)(5)")),
            new Row(70_000, 90_000, 18, LAW.require("3.1-20-10(a)(6)")),
            new Row(90_000, 500_000, 20, LAW.require("3.1-20-10(a)(7)")));
    static final List<Row> TABLE_B = List.of(
            new Row(15_000, 20_000, 8, FEWER), new Row(20_000, 50_000, 10, FEWER), new Row(50_000, 70_000, 14, FEWER),
            new Row(70_000, 90_000, 16, FEWER), new Row(90_000, 500_000, 18, FEWER));
    static final List<Row> TABLE_C = List.of(new Row(40_000, 50_000, 16, MORE));
    static final int RESTRICTION_BELOW = 100_000;
    static final int FOUR_TRUSTEE_REFERENDUM_BELOW = 5_000;

    /** The count a city uses, among those 3.1-20-10 allows. */
    public enum CountAdopted {
        /** The table of subsection (a): no other count adopted. */
        @Title("The table of subsection (a)") TABLE,
        /** The smaller count of subsection (b), adopted within a year after receiving the census results. */
        @Title("Fewer, under subsection (b)") FEWER_UNDER_B,
        /** The larger count of subsection (c) (cities of more than 40,000 up to 50,000). */
        @Title("More, under subsection (c)") MORE_UNDER_C,
        /** The count before the latest census, kept by ordinance or resolution under subsection (d). */
        @Title("The count kept, under subsection (d)") RETAINED_UNDER_D
    }

    /** A referendum under 3.1-20-20 in force (reinstated under (c) is NONE). */
    public enum WardRestriction {
        NONE,
        /** (a): one-half of the alderpersons authorized, one per ward. */
        ONE_PER_WARD,
        /** (b): one per ward plus at-large alderpersons, no more than the wards. */
        @Title("One per ward plus some at large") ONE_PER_WARD_PLUS_AT_LARGE
    }

    public enum VillageBoard {
        /** 6 trustees elected at large (3.1-25-5). */
        SIX_AT_LARGE,
        /** 4 trustees after a 3.1-25-10 referendum. */
        FOUR_AT_LARGE,
        /** 6 trustees, one from each of 6 districts, after a 3.1-25-80 referendum (3.1-25-75). */
        @Title("Six from districts") SIX_DISTRICTS
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: kind decides the body; a city's population (latest federal census) decides the table row.")
            @Valid Municipality municipality,
            @Title("Has the city adopted minority representation?")
            @JsonPropertyDescription("City: whether its electors adopted minority representation (3.1-15-30), so that alderpersons are elected 3 per district.")
            Boolean minorityRepresentation,
            @Title("Minority representation districts")
            @JsonPropertyDescription("City with minority representation: the number of districts the council formed (2 to 6).")
            @Min(value = 2, message = "must be at least 2 (3.1-15-30(c))") @Max(value = 6, message = "must be at most 6 (3.1-15-30(c))") Integer minorityDistricts,
            @Title("Alderperson count the city uses")
            @JsonPropertyDescription("City: the count it uses under 3.1-20-10: the table of subsection (a), fewer under (b), more under (c), or the count kept "
                    + "under (d) from before the latest census.")
            CountAdopted countAdopted,
            @Title("Count kept from before the census")
            @JsonPropertyDescription("City that kept its count under 3.1-20-10(d): the number of alderpersons before the latest census results.")
            @Min(value = 2, message = "must be at least 2") @Max(value = 60, message = "must be at most 60") Integer retainedCount,
            @Title("Census results received on")
            @JsonPropertyDescription("City that adopted a count under 3.1-20-10(b), (c) or (d): the date it received the new census results.")
            LocalDate censusResultsReceivedOn,
            @Title("Count adopted on")
            @JsonPropertyDescription("City that adopted a count under 3.1-20-10(b), (c) or (d): the date of the ordinance or resolution.")
            LocalDate countAdoptedOn,
            @Title("Ward referendum in force")
            @JsonPropertyDescription("City under 100,000: a 3.1-20-20 referendum in force: none, one per ward, or one per ward plus some at large.")
            WardRestriction wardRestriction,
            @Title("Alderpersons at large")
            @JsonPropertyDescription("City electing one per ward plus some at large: the number of alderpersons elected at large (no more than the wards).")
            @Min(value = 1, message = "must be at least 1") @Max(value = 30, message = "must be at most 30") Integer atLargeAlderpersons,
            @Title("Village board")
            @JsonPropertyDescription("Village: six at large, four at large (3.1-25-10 referendum) or six from districts (3.1-25-80 referendum).")
            VillageBoard villageBoard,
            @Title("Special-Act town with annual elections?")
            @JsonPropertyDescription("Incorporated town: whether it exists under a special Act and, before June 4, 1909, annually elected its legislative "
                    + "body, and has not superseded a civil township (3.1-25-70).")
            Boolean specialActAnnualElections) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            Integer pop = municipality == null ? null : municipality.population();
            if (retainedCount != null && retainedCount % 2 != 0) {
                p.add(new FieldProblem("retainedCount", "must be even: a city has one-half as many wards as alderpersons (3.1-20-15)"));
            }
            if (countAdoptedOn != null && censusResultsReceivedOn != null && countAdoptedOn.isBefore(censusResultsReceivedOn)) {
                p.add(new FieldProblem("countAdoptedOn", "is before censusResultsReceivedOn: the count is adopted after the census results are received"));
            }
            if (pop != null && pop >= RESTRICTION_BELOW && wardRestriction != null && wardRestriction != WardRestriction.NONE) {
                p.add(new FieldProblem("wardRestriction", "3.1-20-20 restricts the number only in a city of less than 100,000 inhabitants"));
            }
            return p;
        }
    }

    /**
     * @param alderpersons         members of the city council (null for a village or town)
     * @param wards                wards of the city (null under minority representation: it has districts)
     * @param tableAlderpersons    the count of the table in 3.1-20-10(a) for the population, whatever was adopted
     */
    public record Answer(@Decision Integer alderpersons, @Decision Integer wards, @Decision Integer atLargeAlderpersons,
            @Decision Integer districts, @Decision Integer trustees, @Decision Boolean trusteesFromDistricts, Integer tableAlderpersons) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Council or board size",
            "The number of alderpersons and wards of a city, or of trustees (at large or from districts) of a village or incorporated town. "
                    + "Cities: the table of 3.1-20-10(a) by population (bounds exact: 3,000 is row (1), 3,001 row (2)); the smaller count of (b) "
                    + "or the larger of (c) if adopted within one year after receiving the census results; the pre-census count kept under (d); "
                    + "wards are half the alderpersons (3.1-20-15); a 3.1-20-20 referendum (cities under 100,000) elects one per ward, plus any "
                    + "at-large seats; minority representation elects 3 per district in 2 to 6 districts (3.1-15-30, 3.1-15-35). (b) and (c) give "
                    + "no count at exactly 15,000 or 40,000 (nor outside their tables); the table's count then stands. Villages: 6 trustees (3.1-25-5), 4 after a 3.1-25-10 referendum, or 6 from districts "
                    + "(3.1-25-75). Incorporated towns: 6 trustees under 3.1-25-70; otherwise their charter (NOT_APPLICABLE).",
            Area.ELECTIONS_AND_STRUCTURE, LAW, Facts.class, Answer.class)
            .decides("How many alderpersons, wards or trustees the municipality has.")
            .askedAs("how many aldermen, trustees or council members and wards a town of a given population has");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.CITY, 16_500), false, null, CountAdopted.TABLE, null, null, null, WardRestriction.NONE,
                null, null, null);
    }

    static Optional<Row> row(List<Row> table, int population) {
        return table.stream().filter(r -> r.holds(population)).findFirst();
    }

    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.population();
    static final Fact<Facts, Boolean> MINORITY_FACT = Fact.yesNo("minorityRepresentation", Facts::minorityRepresentation,
            "Have the city's electors adopted minority representation (alderpersons elected 3 per district)?").said("whether the city adopted minority representation");
    static final Fact<Facts, Integer> MINORITY_DISTRICTS_FACT = Fact.count("minorityDistricts", Facts::minorityDistricts, 2, 6,
            "Into how many districts (2 to 6) has the council divided the city?");
    static final Fact<Facts, CountAdopted> COUNT_ADOPTED = Fact.choice("countAdopted", CountAdopted.class, Facts::countAdopted, "Has the city, within a "
            + "year after receiving the census results, adopted a different count under 3.1-20-10 (the smaller count of (b), the larger of (c), or kept "
            + "its pre-census count under (d)), or does it use the table?").said("which count under 3.1-20-10 the city uses");
    static final Fact<Facts, Integer> RETAINED = Fact.count("retainedCount", Facts::retainedCount, 2, 60,
            "How many alderpersons did the city have before the latest census results?");
    static final Fact<Facts, LocalDate> RECEIVED = Fact.date("censusResultsReceivedOn", Facts::censusResultsReceivedOn,
            "On what date did the city receive the new federal census results?");
    static final Fact<Facts, LocalDate> ADOPTED_ON = Fact.date("countAdoptedOn", Facts::countAdoptedOn, "On what date did the council adopt that count?");
    static final Fact<Facts, WardRestriction> RESTRICTION = Fact.choice("wardRestriction", WardRestriction.class, Facts::wardRestriction,
            "Have the city's electors approved a referendum under 3.1-20-20 electing one alderperson per ward (with or without at-large seats)?");
    static final Fact<Facts, Integer> AT_LARGE = Fact.count("atLargeAlderpersons", Facts::atLargeAlderpersons, 1, 30,
            "How many alderpersons are elected at large under the referendum?");
    static final Fact<Facts, VillageBoard> BOARD = Fact.choice("villageBoard", VillageBoard.class, Facts::villageBoard,
            "How is the village board elected: 6 trustees at large, 4 trustees after a referendum, or 6 trustees from districts?");
    static final Fact<Facts, Boolean> SPECIAL_ACT_FACT = Fact.yesNo("specialActAnnualElections", Facts::specialActAnnualElections, "Is the town "
            + "incorporated under a special Act under which it elected its legislative body annually before June 4, 1909 (and has it not superseded a civil township)?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        return switch (in.the(KIND, SIX_TRUSTEES)) {
            case CITY -> city(in, r);
            case VILLAGE -> village(in, r);
            case INCORPORATED_TOWN -> town(in, r);
        };
    }

    private Envelope<Answer> city(In<Facts> in, Reasons r) {
        if (in.is(MINORITY_FACT, MINORITY)) {
            return minority(in, r);
        }
        int pop = in.the(POPULATION, TABLE);
        Optional<Row> table = row(TABLE_A, pop);
        if (table.isEmpty()) {
            r.found(TABLE, "The table of 3.1-20-10(a) ends at cities not exceeding 500,000 inhabitants; this one has " + pop + ".");
            return r.notApplicable(new Answer(null, null, null, null, null, null, null),
                    "Article 3.1 fixes no number of alderpersons for a city of more than 500,000 inhabitants.");
        }
        Row a = table.get();
        r.found(a.provision(), "In a city of " + pop + " inhabitants the table gives " + a.alderpersons() + " alderpersons.");
        boolean restrictionPossible = pop < RESTRICTION_BELOW;
        int authorized = authorized(in, pop, a, r);
        r.found(COUNCIL, "The city council consists of the mayor and the alderpersons.");
        int wards = authorized / 2;
        r.found(WARDS, "The city has one-half as many wards as the " + authorized + " alderpersons to which it is entitled: " + wards + " wards.");
        WardRestriction restriction = restrictionPossible ? in.the(RESTRICTION, HALF) : WardRestriction.NONE;
        if (restriction == WardRestriction.ONE_PER_WARD) {
            r.found(HALF, "Under the 3.1-20-20(a) referendum the number is restricted to one-half of the total authorized, one alderperson for each ward: " + wards + ".");
            return r.answered(new Answer(wards, wards, 0, null, null, null, a.alderpersons()),
                    "The city council has " + wards + " alderpersons, one from each of " + wards + " wards (3.1-20-20(a) restriction of " + authorized + ").");
        }
        if (restriction == WardRestriction.ONE_PER_WARD_PLUS_AT_LARGE) {
            int atLarge = in.the(AT_LARGE, PLUS_AT_LARGE);
            if (atLarge > wards) {
                r.found(PLUS_AT_LARGE, "At-large alderpersons may not exceed the number of wards (" + wards + "); " + atLarge + " were given.");
                return r.notApplicable(new Answer(null, wards, null, null, null, null, a.alderpersons()),
                        "3.1-20-20(b) allows no more at-large alderpersons than wards: at most " + wards + ", not " + atLarge + ".");
            }
            r.found(PLUS_AT_LARGE, "Under the 3.1-20-20(b) referendum there is one alderperson per ward plus " + atLarge + " elected at large.");
            return r.answered(new Answer(wards + atLarge, wards, atLarge, null, null, null, a.alderpersons()),
                    "The city council has " + (wards + atLarge) + " alderpersons: one from each of " + wards + " wards and " + atLarge + " at large (3.1-20-20(b)).");
        }
        return r.answered(new Answer(authorized, wards, 0, null, null, null, a.alderpersons()),
                "The city council has " + authorized + " alderpersons, elected from " + wards + " wards.");
    }

    private static Provision adoption(CountAdopted c) {
        return switch (c) {
            case FEWER_UNDER_B -> FEWER;
            case MORE_UNDER_C -> MORE;
            default -> RETAIN;
        };
    }

    /** Whether the adopted subsection gives a count for this population ((d) always does: the count before the census). */
    private static boolean givesCount(CountAdopted c, int pop) {
        return switch (c) {
            case TABLE -> false;
            case FEWER_UNDER_B -> row(TABLE_B, pop).isPresent();
            case MORE_UNDER_C -> row(TABLE_C, pop).isPresent();
            case RETAINED_UNDER_D -> true;
        };
    }

    /** The count 3.1-20-10 authorizes: the table, or the count adopted in time under (b), (c) or (d). */
    private static int authorized(In<Facts> in, int pop, Row a, Reasons r) {
        CountAdopted adopted = in.the(COUNT_ADOPTED, TABLE);
        if (adopted == CountAdopted.TABLE) {
            return a.alderpersons();
        }
        Provision by = adoption(adopted);
        if (!givesCount(adopted, pop)) {
            r.found(by, (adopted == CountAdopted.FEWER_UNDER_B ? "Subsection (b) gives counts only for cities of more than 15,000 and not more than 500,000"
                    : "Subsection (c) gives a count only for cities of more than 40,000 and not more than 50,000") + " inhabitants; with " + pop
                    + " it gives none, so the table's count of " + a.alderpersons() + " stands.");
            return a.alderpersons();
        }
        // "within one year after receiving the census results": a count adopted later, whichever it was, does not stand
        LocalDate received = in.the(RECEIVED, by);
        LocalDate last = received.plusYears(1);
        if (in.after(ADOPTED_ON, last, by)) {
            r.found(by, "The ordinance or resolution" + in.ifGiven(ADOPTED_ON).map(d -> " of " + d).orElse("") + " came more than one year after the census "
                    + "results were received (" + received + "; the year ended " + last + "), so the table's count stands.");
            return a.alderpersons();
        }
        int count = switch (adopted) {
            case FEWER_UNDER_B -> row(TABLE_B, pop).orElseThrow().alderpersons();
            case MORE_UNDER_C -> row(TABLE_C, pop).orElseThrow().alderpersons();
            default -> in.the(RETAINED, RETAIN);
        };
        r.found(by, "Adopted" + in.ifGiven(ADOPTED_ON).map(d -> " on " + d).orElse("") + ", within one year after the census results were received ("
                + received + "): " + count + " alderpersons instead of " + a.alderpersons() + ".");
        return count;
    }

    private Envelope<Answer> minority(In<Facts> in, Reasons r) {
        int d = in.the(MINORITY_DISTRICTS_FACT, MINORITY_DISTRICTS);
        r.found(MINORITY, "The city adopted minority representation: alderpersons are elected as provided in 3.1-15-35.");
        r.found(COUNCIL, "The city council consists of the mayor and the alderpersons.");
        r.found(MINORITY_DISTRICTS, "The city is apportioned into " + d + " districts (the statute allows 2 to 6).");
        r.found(THREE_PER_DISTRICT, "Every district is entitled to 3 alderpersons: " + (3 * d) + " in all.");
        return r.answered(new Answer(3 * d, null, 0, d, null, null, null),
                "Under minority representation the city council has " + (3 * d) + " alderpersons, 3 from each of " + d + " districts.");
    }

    private Envelope<Answer> village(In<Facts> in, Reasons r) {
        VillageBoard board = in.the(BOARD, FOUR_TRUSTEES);
        r.found(TRUSTEE_POWERS, "The trustees perform the duties and exercise the powers of a city's alderpersons, except as the Code provides otherwise.");
        return switch (board) {
            case SIX_AT_LARGE -> {
                r.found(SIX_TRUSTEES, "The electors of the village elect 6 trustees.");
                yield r.answered(new Answer(null, null, null, null, 6, false, null), "The village board has 6 trustees, elected at large.");
            }
            case FOUR_AT_LARGE -> {
                r.found(FOUR_TRUSTEES, "After a referendum in favor of reducing the board from 6 to 4 (held while the village had under 5,000 "
                        + "people), the number of trustees is 4; the village may return to 6 by the same procedure.");
                yield r.answered(new Answer(null, null, null, null, 4, false, null), "The village board has 4 trustees, elected at large (3.1-25-10).");
            }
            case SIX_DISTRICTS -> {
                r.found(TRUSTEE_DISTRICTS, "After adopting districts under 3.1-25-80, the village is divided into 6 districts, each electing one trustee.");
                yield r.answered(new Answer(null, null, null, 6, 6, true, null), "The village board has 6 trustees, one from each of 6 districts (3.1-25-75).");
            }
        };
    }

    private Envelope<Answer> town(In<Facts> in, Reasons r) {
        if (in.is(SPECIAL_ACT_FACT, SPECIAL_ACT)) {
            r.found(SPECIAL_ACT, "In a village or incorporated town existing under a special Act that annually elected its legislative body before "
                    + "June 4, 1909, the electors elect 6 trustees.");
            r.found(SPECIAL_ACT_POWERS, "These trustees have the powers the special Act gave the legislative body and those of trustees under this Code, "
                    + "but may not do what the special Act forbids.");
            return r.answered(new Answer(null, null, null, null, 6, false, null), "The town's board has 6 trustees (3.1-25-70(a)).");
        }
        r.found(SPECIAL_ACT, "Article 3.1 fixes the trustees of an incorporated town only under 3.1-25-70, which does not reach this town.");
        return r.notApplicable(new Answer(null, null, null, null, null, null, null),
                "Article 3.1 does not fix the number of trustees of this incorporated town; its own charter or special Act does.");
    }
}
