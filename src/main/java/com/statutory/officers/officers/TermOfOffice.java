package com.statutory.officers.officers;

import static com.statutory.officers.answer.Prose.count;

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
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.municipality.ElectiveOffice;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityFacts;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * term-of-office: how long an elective term is, when it starts, and the alderperson/trustee transition after a
 * referendum changing term lengths.
 *
 * <p>Readings: an inauguration ordinance later than the first June meeting is not effective, so the default start
 * applies. In the 3.1-10-75(b)(ii) schedule the statute does not state the term of the successors of those
 * elected for one year in the first even year; the table says so rather than supply a number.
 */
public final class TermOfOffice implements Decides<TermOfOffice.Facts, TermOfOffice.Answer> {

    public static final String NAME = "term-of-office";


    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision COMMENCEMENT = LAW.require("3.1-10-15");
    static final Provision REDUCE = LAW.require("3.1-10-65(a)");
    static final Provision REDUCE_TRANSITION = LAW.require("3.1-10-65(b)");
    static final Provision ANNUAL_ELECTIONS = LAW.require("3.1-10-70");
    static final Provision LENGTHEN_TRANSITION = LAW.require("3.1-10-75(b)");
    static final Provision LENGTHEN_EVEN = LAW.require("3.1-10-75(b)(i)");
    static final Provision LENGTHEN_ODD = LAW.require("3.1-10-75(b)(ii)");
    static final Provision CHIEF_EXECUTIVE = LAW.require("3.1-15-10");
    static final Provision ALDERPERSONS = LAW.require("3.1-20-35(a)");
    static final Provision CITY_CLERK_TREASURER = LAW.require("3.1-20-5");
    static final Provision TRUSTEES = LAW.require("3.1-25-5");
    static final Provision SPECIAL_ACT_TRUSTEES = LAW.require("3.1-25-70(c)");
    static final Provision VILLAGE_CLERK = LAW.require("3.1-25-90(a)");
    static final Provision TOWN_OFFICERS = LAW.require("3.1-25-95");
    static final Provision APPOINTED_OFFICERS = LAW.require("3.1-30-5(a)");
    static final int SMALL_VILLAGE = 5_000;
    static final int LARGE_TOWN = 25_000;

    static final int CITY_TREASURER_APPOINTED_UP_TO = 10_000;

    /** A change of term length in transition after a referendum, or NONE. */
    public enum TermChange { NONE, REDUCED_TO_2_YEARS, LENGTHENED_TO_4_YEARS }

    public record Row(int year, String elected, Integer termYears) {
    }

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality.") @Valid Municipality municipality,
            @Title("Elective office")
            @JsonPropertyDescription("The elective office.") ElectiveOffice office,
            @Title("Were 2-year terms adopted by referendum?")
            @JsonPropertyDescription("Whether the electors adopted 2-year terms by referendum under 3.1-10-65 (and have not lengthened them again).") Boolean twoYearTermsByReferendum,
            @Title("Was a 2-year term adopted before 1942?")
            @JsonPropertyDescription("Villages and incorporated towns: whether a 2-year term for this office was adopted before January 1, 1942.") Boolean twoYearTermAdoptedBefore1942,
            @Title("First meeting after the official results")
            @JsonPropertyDescription("The date of the first regular or special meeting after the official results were received.") LocalDate firstMeetingAfterResults,
            @Title("Does an ordinance fix the inauguration date?")
            @JsonPropertyDescription("Whether an ordinance fixes the inauguration date (asked when the start date depends on it).") Boolean inaugurationFixedByOrdinance,
            @Title("Inauguration date set by ordinance")
            @JsonPropertyDescription("The date fixed by an inauguration ordinance, if any.") LocalDate inaugurationOrdinanceDate,
            @Title("First June meeting after the election")
            @JsonPropertyDescription("Date of the first regular or special meeting in June after the election (needed with an ordinance date).") LocalDate firstJuneMeeting,
            @Title("Is the city treasurer appointed by ordinance?")
            @JsonPropertyDescription("City treasurer: whether an ordinance made the position appointed (cities of 10,000 or fewer).") Boolean treasurerAppointedByOrdinance,
            @Title("Is the village clerk appointed by resolution?")
            @JsonPropertyDescription("Village clerk in a village of fewer than 5,000: whether the board chose by resolution to have the clerk appointed.") Boolean clerkAppointedByResolution,
            @Title("Term-length change in transition")
            @JsonPropertyDescription("Alderpersons or trustees: a term-length change in transition after a referendum (reduced to 2 years, lengthened to 4 "
                    + "years), or none. Asked for these offices: a seat elected during a transition may have a 1- or 3-year term.") TermChange transition,
            @Title("Year of the first election after the referendum")
            @JsonPropertyDescription("The year of the first election of alderpersons or trustees after that referendum.")
            @Min(value = 1900, message = "must be a year from 1900") @Max(value = 2200, message = "must be a year up to 2200") Integer firstElectionYear,
            @Title("Year the seat is elected")
            @JsonPropertyDescription("During a transition: the year the seat asked about is (or was) elected; the answer's term in years is that seat's.")
            @Min(value = 1900, message = "must be a year from 1900") @Max(value = 2200, message = "must be a year up to 2200") Integer electedInYear) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (office != null && municipality != null) {
                office.misfit(municipality.kind()).ifPresent(p::add);
            }
            if (Boolean.TRUE.equals(twoYearTermsByReferendum) && municipality != null && municipality.population() != null && municipality.isLarge()) {
                p.add(new FieldProblem("twoYearTermsByReferendum", "only municipalities of less than 500,000 may reduce terms (3.1-10-65)"));
            }
            if (Boolean.TRUE.equals(treasurerAppointedByOrdinance) && municipality != null && municipality.population() != null
                    && municipality.population() > CITY_TREASURER_APPOINTED_UP_TO) {
                p.add(new FieldProblem("treasurerAppointedByOrdinance", "only a city of 10,000 or fewer inhabitants may make the treasurer appointed (3.1-20-5)"));
            }
            if (transition == TermChange.REDUCED_TO_2_YEARS && firstElectionYear != null && firstElectionYear % 2 == 0) {
                p.add(new FieldProblem("firstElectionYear", "after a vote to reduce terms, the transition starts at the first election in an odd-numbered year (3.1-10-65(b))"));
            }
            if (Boolean.FALSE.equals(inaugurationFixedByOrdinance) && inaugurationOrdinanceDate != null) {
                p.add(new FieldProblem("inaugurationFixedByOrdinance", "is false but inaugurationOrdinanceDate is given"));
            }
            if (transition == TermChange.REDUCED_TO_2_YEARS && Boolean.FALSE.equals(twoYearTermsByReferendum)) {
                p.add(new FieldProblem("transition", "a reduction to 2 years is in transition, so twoYearTermsByReferendum cannot be false"));
            }
            if (transition == TermChange.LENGTHENED_TO_4_YEARS && Boolean.TRUE.equals(twoYearTermsByReferendum)) {
                p.add(new FieldProblem("transition", "terms lengthened again to 4 years, so twoYearTermsByReferendum cannot be true"));
            }
            if (transition != null && transition != TermChange.NONE && office != null && !office.isCouncilMember()) {
                p.add(new FieldProblem("transition", "the transition schedules apply to alderpersons and trustees"));
            }
            return p;
        }
    }

    public record Answer(@Decision Integer termYears, @Decision LocalDate startsOn, String startRule, @Decision List<Row> transition) {
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Term of office",
            "The length of an elective term (4 years; 2 where adopted by referendum under 3.1-10-65 in municipalities under "
                    + "500,000, or, for a village or town's president, clerk or special-Act trustees, before January 1, 1942), when "
                    + "it starts (the first meeting after the official results are received, or an ordinance date no later than "
                    + "the first June meeting), and the year-by-year transition of alderperson and trustee terms after a "
                    + "referendum shortening (3.1-10-65(b)) or lengthening (3.1-10-75(b)) them.",
            Area.OFFICERS, LAW,
            Facts.class, Answer.class)
            .decides("How long an elective term lasts and when it starts.")
            .askedAs("how long a term lasts, how many years, when a term begins or ends, staggered terms");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.VILLAGE, 3_200), ElectiveOffice.TRUSTEE, true, false,
                LocalDate.parse("2027-05-03"), false, null, null, null, null, TermChange.REDUCED_TO_2_YEARS, 2027, 2027);
    }

    static final Fact<Facts, MunicipalityKind> KIND = MunicipalityFacts.kind();
    /** 2-year terms by referendum, or a treasurer made appointive, given as so, say the population allowed it (a larger one is refused). */
    static final Fact<Facts, Integer> POPULATION = MunicipalityFacts.<Facts>population().noMoreThan(
            in -> in.ifGiven(TermOfOffice.TREASURER_BY_ORDINANCE).orElse(false) ? Integer.valueOf(CITY_TREASURER_APPOINTED_UP_TO)
                    : Boolean.TRUE.equals(in.ifGiven(TermOfOffice.REFERENDUM).orElse(null)) && in.given(TermOfOffice.REFERENDUM)
                            ? Integer.valueOf(Municipality.LARGE - 1) : null);
    static final Fact<Facts, TermChange> TRANSITION = Fact.choice("transition", TermChange.class, Facts::transition,
            "Is a change of term length in transition after a referendum (reduced to 2 years, lengthened to 4), or none?").said("whether a term change is in transition");
    /** A transition schedule is for alderpersons (a city) or trustees (a village or town): with the kind known, that is the office. */
    static final Fact<Facts, ElectiveOffice> OFFICE = Fact.<Facts, ElectiveOffice>choice("office", ElectiveOffice.class, f -> f.office() != null ? f.office()
            : !inTransition(f) || f.municipality() == null || f.municipality().kind() == null ? null
            : f.municipality().kind() == MunicipalityKind.CITY ? ElectiveOffice.ALDERPERSON : ElectiveOffice.TRUSTEE, "Which elective office?");
    /** A reduction in transition means 2-year terms were adopted; a lengthening, that they no longer are. */
    static final Fact<Facts, Boolean> REFERENDUM = Fact.<Facts>yesNo("twoYearTermsByReferendum", f -> f.twoYearTermsByReferendum() != null
            ? f.twoYearTermsByReferendum() : inTransition(f) ? Boolean.valueOf(f.transition() == TermChange.REDUCED_TO_2_YEARS) : null,
            "Have the electors adopted 2-year terms by referendum (and not lengthened them again)?").said("whether 2-year terms were adopted by referendum");
    static final Fact<Facts, Boolean> PRE_1942 = Fact.yesNo("twoYearTermAdoptedBefore1942", Facts::twoYearTermAdoptedBefore1942,
            "Did the village or town adopt a 2-year term for this office before January 1, 1942?");
    static final Fact<Facts, LocalDate> FIRST_MEETING = Fact.date("firstMeetingAfterResults", Facts::firstMeetingAfterResults,
            "When is the first regular or special meeting after the official results were received?");
    static final Fact<Facts, Boolean> FIXED_BY_ORDINANCE = Fact.<Facts>yesNo("inaugurationFixedByOrdinance",
            f -> f.inaugurationOrdinanceDate() != null ? Boolean.TRUE : f.inaugurationFixedByOrdinance(), "Does an ordinance fix the inauguration date of officers?");
    static final Fact<Facts, LocalDate> ORDINANCE_DATE = Fact.date("inaugurationOrdinanceDate", Facts::inaugurationOrdinanceDate,
            "What inauguration date does the ordinance fix?");
    static final Fact<Facts, LocalDate> JUNE_MEETING = Fact.date("firstJuneMeeting", Facts::firstJuneMeeting,
            "When is the first regular or special meeting in June after the election?");
    static final Fact<Facts, Boolean> TREASURER_BY_ORDINANCE = Fact.yesNo("treasurerAppointedByOrdinance", Facts::treasurerAppointedByOrdinance,
            "Has the city made the treasurer an appointed position by ordinance?");
    static final Fact<Facts, Boolean> CLERK_BY_RESOLUTION = Fact.yesNo("clerkAppointedByResolution", Facts::clerkAppointedByResolution,
            "Has the village board chosen by resolution to have the clerk appointed?");
    static final Fact<Facts, Integer> FIRST_YEAR = Fact.count("firstElectionYear", Facts::firstElectionYear, 1900, 2200,
            "In what year is the first election of alderpersons or trustees after the referendum?");
    static final Fact<Facts, Integer> ELECTED_YEAR = Fact.count("electedInYear", Facts::electedInYear, 1900, 2200,
            "In what year is (or was) the seat you are asking about elected?");

    @Override
    public Envelope<Answer> decide(In<Facts> in) {
        Reasons r = in.reasons();
        ElectiveOffice office = in.the(OFFICE, COMMENCEMENT);
        Optional<MunicipalityKind> givenKind = in.ifGiven(KIND);
        office.mustBeIn(givenKind.orElse(null));
        if (in.ifGiven(TRANSITION).filter(t -> t != TermChange.NONE).isPresent() && !office.isCouncilMember()) {
            // a transition schedule is for alderpersons and trustees (any other office with one is refused as a contradiction)
            throw new InvalidInputException("transition", "the transition schedules apply to alderpersons and trustees");
        }
        Envelope<Answer> appointed = appointedOffice(in, r, office);
        if (appointed != null) {
            return appointed;
        }
        // 3.1-10-65 and 3.1-10-75 are for municipalities of less than 500,000
        boolean mayChange = !in.atLeast(POPULATION, Municipality.LARGE, REDUCE);
        // a seat elected while terms change length may serve 1 or 3 years (3.1-10-65(b), 3.1-10-75(b)): never assumed not to be
        TermChange transition = mayChange && office.isCouncilMember() ? in.the(TRANSITION, REDUCE_TRANSITION) : TermChange.NONE;
        boolean referendum = mayChange && in.is(REFERENDUM, REDUCE);
        MunicipalityKind kind = office == ElectiveOffice.CLERK ? in.the(KIND, CHIEF_EXECUTIVE) : givenKind.orElse(null);
        boolean pre1942Office = office == ElectiveOffice.PRESIDENT || office == ElectiveOffice.TRUSTEE || office == ElectiveOffice.CLERK && kind != MunicipalityKind.CITY;
        // during a transition the seat's term comes from the transition schedule, whatever term was adopted before 1942
        boolean pre1942 = pre1942Office && !referendum && transition == TermChange.NONE && in.is(PRE_1942, CHIEF_EXECUTIVE);
        int years = termYears(r, office, kind, referendum, pre1942);
        LocalDate start = start(in, r);
        String rule = "the first regular or special meeting of the corporate authorities after receipt of the official election results, unless an "
                + "ordinance fixes an inauguration date no later than the first regular or special meeting in June";
        List<Row> rows = null;
        Integer seat = years;
        int electedIn = 0;
        if (transition != TermChange.NONE) {
            boolean reduced = transition == TermChange.REDUCED_TO_2_YEARS;
            // issue 26, error 8: a lengthening's schedule is 3.1-10-75(b), not the shortening's 3.1-10-65(b)
            Provision schedule = reduced ? REDUCE_TRANSITION : LENGTHEN_TRANSITION;
            int first = in.the(FIRST_YEAR, schedule);
            electedIn = in.the(ELECTED_YEAR, schedule);
            if (reduced && first % 2 == 0) {
                // 3.1-10-65(b): the transition starts at the first election in an odd-numbered year
                throw new InvalidInputException("firstElectionYear", "after a vote to reduce terms, the transition starts at the first election in an odd-numbered year (3.1-10-65(b))");
            }
            rows = reduced ? reduced(first, r) : lengthened(first, r);
            seat = seatTerm(transition, first, electedIn);
            r.found(reduced ? REDUCE_TRANSITION : LENGTHEN_TRANSITION, "The seat elected in " + electedIn + ": " + (seat == null
                    ? "3.1-10-75(b)(ii) does not state its term." : electedIn < first
                            ? "elected before the transition began, for the term then in force, " + count(seat, "year") + "." : seat + "-year term."));
        }
        String starting = start == null ? "starting at " + rule : "starting " + start;
        // in a transition the seat asked about is the answer; its term is said once, beside the terms that follow it
        String summary = transition == TermChange.NONE ? "The term is " + count(seat, "year") + ", " + starting + "."
                : seat == null ? "The statute does not state the term of the seat elected in " + electedIn + "; it would start "
                        + (start == null ? "at " + rule : "on " + start) + "."
                : "The seat elected in " + electedIn + " has a " + seat + "-year term, " + starting
                        + (seat.equals(years) ? "." : "; later terms are " + years + " years.");
        return r.answered(new Answer(seat, start, rule, rows), summary + (rows == null ? "" : " The transition is set out year by year."));
    }

    /** 3.1-10-15: the first meeting after the official results, unless an ordinance fixes a date no later than the first June meeting. */
    private static LocalDate start(In<Facts> in, Reasons r) {
        if (!in.given(FIRST_MEETING) && !in.given(ORDINANCE_DATE)) {
            return null;
        }
        if (in.is(FIXED_BY_ORDINANCE, COMMENCEMENT)) {
            LocalDate fixed = in.the(ORDINANCE_DATE, COMMENCEMENT);
            LocalDate june = in.the(JUNE_MEETING, COMMENCEMENT);
            if (!fixed.isAfter(june)) {
                r.found(COMMENCEMENT, "The inauguration ordinance fixes " + fixed + ", no later than the first June meeting (" + june + "), so the term starts then.");
                return fixed;
            }
            r.found(COMMENCEMENT, "The ordinance's date " + fixed + " is later than the first June meeting (" + june
                    + "), which the statute forbids, so the default start applies.");
        }
        Optional<LocalDate> first = in.ifGiven(FIRST_MEETING);
        first.ifPresent(d -> r.found(COMMENCEMENT, "The term starts at the first regular or special meeting after the official results were received: " + d + "."));
        return first.orElse(null);
    }

    static boolean inTransition(Facts f) {
        return f.transition() != null && f.transition() != TermChange.NONE;
    }

    /**
     * The term of the seat elected in {@code year}: before the transition, the old term (4 years before a reduction, 2 before a
     * lengthening); then the schedule of 3.1-10-65(b) or 3.1-10-75(b). Null where 3.1-10-75(b)(ii) does not state it.
     */
    static Integer seatTerm(TermChange change, int first, int year) {
        if (change == TermChange.REDUCED_TO_2_YEARS) {
            return year < first ? 4 : year == first ? 1 : 2;
        }
        if (year < first) {
            return 2;
        }
        if (first % 2 == 0) {
            return year == first ? 3 : 4;
        }
        if (year == first + 1) {
            return 1;
        }
        return (year - first) % 4 == 0 ? 4 : null;
    }

    /**
     * Offices this Article makes appointive, where there is no elective term to give: a village or town treasurer (3.1-30-5(a)),
     * a city treasurer made appointive by ordinance in a city of 10,000 or fewer (3.1-20-5), a village clerk made appointive by
     * resolution in a village under 5,000 (3.1-25-90(a)), a collector outside towns, and the town officers of towns under 25,000
     * (3.1-25-95 elects them only at 25,000 or more). Null where the office is elective.
     */
    private static Envelope<Answer> appointedOffice(In<Facts> in, Reasons r, ElectiveOffice office) {
        boolean townOfficer = office == ElectiveOffice.COLLECTOR || office == ElectiveOffice.ASSESSOR || office == ElectiveOffice.SUPERVISOR;
        if (office != ElectiveOffice.TREASURER && office != ElectiveOffice.CLERK && !townOfficer) {
            return null;
        }
        MunicipalityKind kind = in.the(KIND, office == ElectiveOffice.CLERK ? VILLAGE_CLERK : APPOINTED_OFFICERS);
        office.mustBeIn(kind);
        if (office == ElectiveOffice.TREASURER && kind != MunicipalityKind.CITY || office == ElectiveOffice.COLLECTOR && kind != MunicipalityKind.INCORPORATED_TOWN) {
            r.found(APPOINTED_OFFICERS, "The mayor or president, with the advice and consent of the council or board, appoints a "
                    + (office == ElectiveOffice.TREASURER ? "treasurer (where it is not an elected position)" : "collector") + ".");
            return notElective(r, "The " + office.words() + " of a " + ElectiveOffice.words(kind) + " is appointed, so there is no elective term.");
        }
        if (office == ElectiveOffice.TREASURER && in.atMost(POPULATION, CITY_TREASURER_APPOINTED_UP_TO, CITY_CLERK_TREASURER)
                && in.is(TREASURER_BY_ORDINANCE, CITY_CLERK_TREASURER)) {
            r.found(CITY_CLERK_TREASURER, "In a city of 10,000 or fewer inhabitants that made the treasurer an appointed position by ordinance, the "
                    + "treasurer is not elected.");
            return notElective(r, "The city treasurer is appointed here, so there is no elective term.");
        }
        if (office == ElectiveOffice.CLERK && kind == MunicipalityKind.VILLAGE && in.atMost(POPULATION, SMALL_VILLAGE - 1, VILLAGE_CLERK)
                && in.is(CLERK_BY_RESOLUTION, VILLAGE_CLERK)) {
            r.found(VILLAGE_CLERK, "A village of fewer than 5,000 may choose by resolution of two-thirds of the board to have the clerk appointed; this one did.");
            return notElective(r, "The village clerk is appointed here, so there is no elective term.");
        }
        if (townOfficer && !in.atLeast(POPULATION, LARGE_TOWN, TOWN_OFFICERS)) {
            r.found(TOWN_OFFICERS, "Article 3.1 provides for electing a town " + office.words() + " only in incorporated towns of 25,000 or more.");
            return notElective(r, "Article 3.1 gives no elective term for a " + office.words() + " of an incorporated town under 25,000.");
        }
        return null;
    }

    private static Envelope<Answer> notElective(Reasons r, String why) {
        return r.notApplicable(new Answer(null, null, null, null), why + " An appointed officer's term is fixed by ordinance.");
    }

    private static int termYears(Reasons r, ElectiveOffice office, MunicipalityKind kind, boolean referendum, boolean pre1942) {
        if (referendum) {
            r.found(REDUCE, "The electors reduced the terms of the elective officers from 4 years to 2 years.");
            r.found(ANNUAL_ELECTIONS, "With 2-year terms, general municipal elections are held annually.");
            return 2;
        }
        Provision source = switch (office) {
            case MAYOR, PRESIDENT -> CHIEF_EXECUTIVE;
            case ALDERPERSON -> ALDERPERSONS;
            case TRUSTEE -> pre1942 ? SPECIAL_ACT_TRUSTEES : TRUSTEES;
            case CLERK -> kind == MunicipalityKind.CITY ? CITY_CLERK_TREASURER : VILLAGE_CLERK;
            case TREASURER -> CITY_CLERK_TREASURER;
            default -> TOWN_OFFICERS;
        };
        r.found(source, pre1942 ? "A 2-year term adopted before January 1, 1942 continues." : "The term is 4 years and until a successor is elected and has qualified.");
        return pre1942 ? 2 : 4;
    }

    /** 3.1-10-65(b): first odd-year election gives one-year terms, then half elected each year for 2 years. */
    private static List<Row> reduced(int year, Reasons r) {
        r.found(REDUCE_TRANSITION, "At the first election in an odd-numbered year after the vote (" + year + "), successors to those whose terms expire "
                + "that year are elected for one year; thereafter one-half are elected each year for 2 years.");
        return List.of(new Row(year, "successors to the alderpersons or trustees whose terms expire in " + year, 1),
                new Row(year + 1, "one-half of the alderpersons or trustees", 2),
                new Row(year + 2, "the other half", 2),
                new Row(year + 3, "one-half, and so each year", 2));
    }

    /** 3.1-10-75(b)(i) and (ii). */
    private static List<Row> lengthened(int year, Reasons r) {
        r.cite(LENGTHEN_TRANSITION);
        if (year % 2 == 0) {
            r.found(LENGTHEN_EVEN, "The first election after approval is in an even year (" + year + "): those elected then serve 3 years and their "
                    + "successors 4; those elected at the next odd-year election serve 4, as do their successors.");
            return List.of(new Row(year, "alderpersons or trustees elected in the first even year", 3),
                    new Row(year + 1, "alderpersons or trustees elected in the first odd year after it", 4),
                    new Row(year + 3, "successors to those elected in " + year, 4),
                    new Row(year + 5, "successors to those elected in " + (year + 1), 4));
        }
        r.found(LENGTHEN_ODD, "The first election after approval is in an odd year (" + year + "): those elected then serve 4 years and their "
                + "successors 4; those elected at the next even-year election serve one year. The statute does not state the term of the "
                + "successors of those one-year members.");
        return List.of(new Row(year, "alderpersons or trustees elected in the first odd year", 4),
                new Row(year + 1, "alderpersons or trustees elected in the first even year after it", 1),
                new Row(year + 2, "successors to those elected in " + (year + 1) + " (term not stated by 3.1-10-75(b)(ii))", null),
                new Row(year + 4, "successors to those elected in " + year, 4));
    }
}
