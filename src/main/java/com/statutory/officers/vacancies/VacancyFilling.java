package com.statutory.officers.vacancies;

import static com.statutory.officers.municipality.ElectiveOffice.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.statutory.officers.answer.Consistent;
import com.statutory.officers.answer.CrossChecked;
import com.statutory.officers.answer.Days;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.OneOf;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.municipality.ElectiveOffice;
import com.statutory.officers.municipality.InMunicipality;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityKind;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;
import com.statutory.officers.catalogue.Title;

/**
 * vacancy-filling: how a vacancy in an elective office is filled, by whom, and by when.
 *
 * <p>Readings taken (each stated in the answer's reasoning):
 * <ul>
 * <li>"an unexpired portion of the term of at least 28 months" is met when the vacancy date plus 28
 * calendar months falls on or before the last day of the term; "at least 130 days before" counts whole
 * days from the vacancy date to the election date, so exactly 130 qualifies.</li>
 * <li>3.1-10-50(e) is not confined to the short-vacancy case of (f)(2): an alderperson or trustee
 * vacancy is always filled by appointment within 60 days, and when the remainder of the term goes to
 * the election the appointee serves until the person elected qualifies ((e), last sentence;
 * 3.1-15-35).</li>
 * <li>When the remainder of a mayor's or president's term goes to the election, 3.1-10-50 names no
 * interim officer (the acting-mayor procedure of (f)(1) is stated for the short case only); the answer
 * says so rather than inventing one. 3.1-10-51(b) does name one for 500,000 or more.</li>
 * <li>City clerk and treasurer: 3.1-20-5 gives the appointment to the mayor with the council's advice
 * and consent; 3.1-10-50(f) decides whether the rest of the term goes to the election.</li>
 * </ul>
 */
public final class VacancyFilling implements Question<VacancyFilling.Facts, VacancyFilling.Answer> {

    public static final String NAME = "vacancy-filling";

    // Under 500,000: 3.1-10-50

    /** The provisions this question applies; its catalogue sections derive from them. */
    static final Applied LAW = new Applied();
    static final Provision SCOPE_UNDER_500K = LAW.require("3.1-10-50(i)");
    static final Provision ACTING_MAYOR_ORIGINAL_SEAT = LAW.require("3.1-10-50(d)");
    static final Provision APPOINTMENT_60_DAYS = LAW.require("3.1-10-50(e)");
    static final Provision FOUR_YEAR_TERMS = LAW.require("3.1-10-50(f)");
    static final Provision FOUR_YEAR_MAYOR = LAW.require("3.1-10-50(f)(1)");
    static final Provision FOUR_YEAR_ALDERPERSON = LAW.require("3.1-10-50(f)(2)");
    static final Provision FOUR_YEAR_OTHER = LAW.require("3.1-10-50(f)(3)");
    static final Provision TWO_YEAR_TERMS = LAW.require("3.1-10-50(g)");
    static final Provision TWO_YEAR_MAYOR = LAW.require("3.1-10-50(g)(1)");
    static final Provision TWO_YEAR_ALDERPERSON = LAW.require("3.1-10-50(g)(2)");
    static final Provision TWO_YEAR_OTHER = LAW.require("3.1-10-50(g)(3)");
    // 500,000 or more: 3.1-10-51
    static final Provision SCOPE_500K = LAW.require("3.1-10-51(f)");
    static final Provision LARGE_ELECTION = LAW.require("3.1-10-51(b)");
    static final Provision LARGE_LATE = LAW.require("3.1-10-51(c)");
    static final Provision LARGE_HOLDOVER = LAW.require("3.1-10-51(d)");
    static final Provision LARGE_ALDERPERSON_60_DAYS = LAW.require("3.1-10-51(e)");
    // Offices' own sections
    static final Provision QUORUM = LAW.require("3.1-10-55");
    static final Provision MINORITY_PLAN = LAW.require("3.1-15-35");
    static final Provision CITY_CLERK_TREASURER = LAW.require("3.1-20-5");
    static final Provision VILLAGE_CLERK = LAW.require("3.1-25-90(a)");
    static final Provision TOWN_OFFICERS = LAW.require("3.1-25-95");
    static final Provision TWO_YEAR_TERMS_UNDER_500K = LAW.require("3.1-10-65(a)");
    // The cause of the vacancy: the day it counts from, and who holds the office meanwhile
    static final Provision RESIGNATION_DATE = LAW.require("3.1-10-50(a)(3)");
    static final Provision DEATH_OR_DISABILITY = LAW.require("3.1-10-50(b)");
    static final Provision OTHER_CAUSES = LAW.require("3.1-10-50(c)(1)");
    static final Provision PLEA_OR_CONVICTION = LAW.require("3.1-10-50(c)(2)");
    static final Provision ELECTION_VOID = LAW.require("3.1-10-50(c)(3)");
    static final Provision DEBT = LAW.require("3.1-10-50(c)(4)");
    static final Provision VOID_HOLDOVER = LAW.require("3.1-10-50(h)");
    static final Provision LARGE_CAUSES = LAW.require("3.1-10-51(a)(1)");
    static final Provision LARGE_PLEA = LAW.require("3.1-10-51(a)(2)");

    static final int MONTHS_FOR_ELECTION = 28;
    static final int DAYS_BEFORE_ELECTION = 130;
    static final int APPOINT_WITHIN_DAYS = 60;
    static final int COUNCIL_ACTS_WITHIN_DAYS = 30;
    static final int SMALL_VILLAGE = 5_000;
    static final int LARGE_TOWN = 25_000;

    @Consistent
    public record Facts(
            @Title("Municipality")
            @JsonPropertyDescription("The municipality: its kind and population.")
            @Valid Municipality municipality,
            @Title("Vacant office")
            @JsonPropertyDescription("The elective office that is vacant.")
            ElectiveOffice office,
            @Title("Why the office is vacant")
            @JsonPropertyDescription("Why the office is vacant: it fixes the day the vacancy counts from, and, for an election declared void (or a failure "
                    + "to elect or qualify at 500,000 or more), who holds the office meanwhile.")
            VacancyCause cause,
            @Title("Length of the term (years)")
            @JsonPropertyDescription("Length of the office's term in years: 4, or 2 where 2-year terms were adopted (3.1-10-65).")
            @OneOf(value = { 2, 4 }, message = "must be 2 or 4") Integer termLengthYears,
            @Title("Last day of the term")
            @JsonPropertyDescription("Last day of the term in which the vacancy occurred.")
            LocalDate termEndDate,
            @Title("Date of the vacancy")
            @JsonPropertyDescription("The date the vacancy occurred (for a resignation, its effective date).")
            LocalDate vacancyDate,
            @Title("Next general municipal election")
            @JsonPropertyDescription("Date of the general municipal election next scheduled under the general election law.")
            LocalDate nextGeneralElectionDate,
            @Title("Is a quorum of the council or board in office?")
            @JsonPropertyDescription("Whether a quorum of the corporate authorities is in office (3.1-10-55).")
            Boolean quorumInOffice,
            @Title("First appointee forwarded on")
            @JsonPropertyDescription("Alderperson or trustee vacancies: the date the first appointee was forwarded to the council or board.")
            LocalDate firstNomineeForwardedDate,
            @Title("Did the first appointee receive consent?")
            @JsonPropertyDescription("Whether the first appointee received advice and consent (no if refused or if 30 days passed).")
            Boolean firstNomineeConsented,
            @Title("Second appointee forwarded on")
            @JsonPropertyDescription("The date the second appointee was forwarded.")
            LocalDate secondNomineeForwardedDate,
            @Title("Did the second appointee receive consent?")
            @JsonPropertyDescription("Whether the second appointee received advice and consent.")
            Boolean secondNomineeConsented,
            @Title("Did every trustee decline or fail to be elected acting president?")
            @JsonPropertyDescription("Village president vacancy under 5,000 filled without an election: whether every trustee declined the election as acting "
                    + "president or failed of a majority of the trustees holding office.")
            Boolean everyTrusteeDeclined) implements CrossChecked, InMunicipality {

        @Override
        public List<FieldProblem> contradictions() {
            List<FieldProblem> p = new ArrayList<>();
            if (office != null && municipality != null) {
                office.misfit(municipality.kind()).ifPresent(p::add);
            }
            if (termEndDate != null && vacancyDate != null && termEndDate.isBefore(vacancyDate)) {
                p.add(new FieldProblem("termEndDate", "is before vacancyDate: a vacancy occurs during a term"));
            }
            if (nextGeneralElectionDate != null && vacancyDate != null && nextGeneralElectionDate.isBefore(vacancyDate)) {
                p.add(new FieldProblem("nextGeneralElectionDate", "is before vacancyDate: it must be the election next scheduled after the vacancy"));
            }
            if (termLengthYears != null && termLengthYears == 2 && municipality != null && municipality.population() != null
                    && municipality.isLarge()) {
                p.add(new FieldProblem("termLengthYears", "cannot be 2 in a municipality of 500,000 or more: only municipalities of less than 500,000 may reduce terms to 2 years (3.1-10-65)"));
            }
            boolean nomination = firstNomineeForwardedDate != null || firstNomineeConsented != null
                    || secondNomineeForwardedDate != null || secondNomineeConsented != null;
            if (nomination && office != null && !office.isCouncilMember()) {
                p.add(new FieldProblem("office", "nominee facts apply only to alderperson or trustee vacancies (3.1-10-50(e))"));
            }
            if (firstNomineeForwardedDate != null && vacancyDate != null && firstNomineeForwardedDate.isBefore(vacancyDate)) {
                p.add(new FieldProblem("firstNomineeForwardedDate", "is before vacancyDate"));
            }
            if ((secondNomineeForwardedDate != null || secondNomineeConsented != null) && !Boolean.FALSE.equals(firstNomineeConsented)) {
                p.add(new FieldProblem("secondNomineeForwardedDate", "a second appointee is forwarded only after the first failed to receive advice and consent (set firstNomineeConsented to false)"));
            }
            if (everyTrusteeDeclined != null && office != null && office != ElectiveOffice.PRESIDENT) {
                p.add(new FieldProblem("everyTrusteeDeclined", "applies only to a village president's vacancy (3.1-10-50(f)(1))"));
            }
            if (secondNomineeForwardedDate != null && firstNomineeForwardedDate != null
                    && secondNomineeForwardedDate.isBefore(firstNomineeForwardedDate)) {
                p.add(new FieldProblem("secondNomineeForwardedDate", "is before firstNomineeForwardedDate"));
            }
            return p;
        }
    }

    /** How the vacancy is filled. */
    public enum Method {
        /** Filled for the remainder of the term at the next general municipal election. */
        ELECTION,
        /** The corporate authorities elect one of their members acting mayor or acting president. */
        ACTING_MAYOR_OR_PRESIDENT,
        /** The mayor or president appoints (with advice and consent where the section says so). */
        APPOINTMENT
    }

    /**
     * @param governingSection            3.1-10-50 (under 500,000) or 3.1-10-51 (500,000 or more)
     * @param electionDate                when the remainder of the term is filled by election, that election
     * @param interim                     who holds the office until then; null where the statute names no one
     * @param appointmentDeadline         last day for the appointment (60 days after the vacancy)
     * @param firstNomineeActionDeadline  last day for the council/board to act on the first appointee
     * @param secondNomineeActionDeadline last day for the council/board to act on the second appointee
     */
    public record Answer(
            String governingSection,
            @Decision Method method,
            Long daysBeforeElection,
            Boolean atLeast28MonthsRemaining,
            @Decision LocalDate electionDate,
            @Decision String filledBy,
            String adviceAndConsentOf,
            @Decision String interim,
            @Decision LocalDate appointmentDeadline,
            LocalDate firstNomineeActionDeadline,
            Boolean secondNomineeRequired,
            LocalDate secondNomineeActionDeadline,
            Boolean temporaryAppointmentAvailable,
            @Decision Boolean villageResidentMayBeActingPresident,
            Boolean confirmableByMajorityHoldingOffice,
            Method methodIfVacancyDayCounts) {

        Answer withInterim(String who) {
            return new Answer(governingSection, method, daysBeforeElection, atLeast28MonthsRemaining, electionDate, filledBy,
                    adviceAndConsentOf, who, appointmentDeadline, firstNomineeActionDeadline, secondNomineeRequired,
                    secondNomineeActionDeadline, temporaryAppointmentAvailable, villageResidentMayBeActingPresident,
                    confirmableByMajorityHoldingOffice, methodIfVacancyDayCounts);
        }

        Answer withOtherReading(Method other) {
            return new Answer(governingSection, method, daysBeforeElection, atLeast28MonthsRemaining, electionDate, filledBy,
                    adviceAndConsentOf, interim, appointmentDeadline, firstNomineeActionDeadline, secondNomineeRequired,
                    secondNomineeActionDeadline, temporaryAppointmentAvailable, villageResidentMayBeActingPresident,
                    confirmableByMajorityHoldingOffice, other);
        }
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "Filling a vacancy in an elective office",
            "Decides whether a vacancy in an elective municipal office is filled at the next general municipal "
                    + "election or by appointment or an acting mayor/president, who appoints, whose advice and consent "
                    + "is needed, and the deadlines as dates (appointment within 60 days, council action within 30 days, "
                    + "second appointee, temporary appointment). Applies 3.1-10-50 under 500,000 inhabitants and "
                    + "3.1-10-51 at 500,000 or more. Readings: 28 months means the vacancy date plus 28 calendar months "
                    + "is on or before the term's last day; 130 days counts whole days, so exactly 130 qualifies; an "
                    + "alderperson/trustee appointment under 3.1-10-50(e) is made in every case, the appointee serving "
                    + "until the person elected qualifies; where 3.1-10-50 names no interim for a mayor or president "
                    + "whose term goes to the election, the answer says so. The cause of the vacancy is asked: it fixes the day the "
                    + "vacancy counts from (the corporate authorities' determination for disability or abandonment, the plea agreement, "
                    + "the verdict), and after an election declared void the previous holder holds over (3.1-10-50(h)); at 500,000 or "
                    + "more a failure to elect or qualify keeps the incumbent (3.1-10-51(a)(1)). In a village under 5,000, once every "
                    + "trustee has declined the acting presidency, another qualified resident may be elected (everyTrusteeDeclined).",
            Area.VACANCIES, LAW, Facts.class, Answer.class)
            .decides("Who fills a vacant elective office, how (appointment or election), and by when.")
            .askedAs("a council member, alderman, trustee, clerk or mayor resigned, died, moved away or out of town, or the seat is empty: who appoints a replacement or successor, by when, and until which election");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Municipality.of(MunicipalityKind.VILLAGE, 3_200), ElectiveOffice.TRUSTEE, VacancyCause.RESIGNATION, 4,
                LocalDate.parse("2027-05-03"), LocalDate.parse("2026-01-15"), LocalDate.parse("2027-04-06"),
                null, null, null, null, null, null);
    }

    @Override
    public Envelope<Answer> answer(Facts given) {
        Reasons r = new Reasons(NAME);
        Facts f = withImpliedOffice(given);
        Municipality m = f.municipality();
        boolean twoYear = f.termLengthYears() != null && f.termLengthYears() == 2;
        boolean electionFills = f.vacancyDate() != null && f.nextGeneralElectionDate() != null
                && Days.between(f.vacancyDate(), f.nextGeneralElectionDate()) >= DAYS_BEFORE_ELECTION;
        boolean populationMatters = !twoYear || twoYearPopulationMatters(f, electionFills);
        if (populationMatters) {
            Municipality.populationMissing(m, r, SCOPE_UNDER_500K);
        }
        if (f.office() == null) {
            r.missing("office", "Which elective office is vacant (mayor, president, alderperson, trustee, clerk, treasurer, ...)?",
                    twoYear ? TWO_YEAR_TERMS : FOUR_YEAR_TERMS);
        }
        if (kindOf(f) == null && kindMatters(f)) {
            r.missing("municipality.kind", Municipality.ASK_KIND, kindBecause(f));
        }
        if (f.vacancyDate() == null) {
            r.missing("vacancyDate", "On what date did the vacancy occur?", FOUR_YEAR_TERMS);
        }
        if (f.cause() == null) {
            // an election declared void leaves the previous holder in office meanwhile (h); at 500,000 or more a failure to elect or
            // qualify keeps the incumbent (3.1-10-51(a)(1)): the cause can change who holds the office, so it is asked
            boolean large = m != null && m.population() != null && m.isLarge();
            r.missing("cause", "Why is the office vacant (resignation, death, disability, abandonment, removal, failure to qualify, moving away, "
                    + "a plea agreement or conviction, an election declared void, or a debt to the municipality)?", large ? LARGE_CAUSES : VOID_HOLDOVER);
        }
        boolean large = m != null && m.population() != null && m.isLarge();
        boolean fourYear = large || (f.termLengthYears() != null && f.termLengthYears() == 4);
        // With less than 28 months left of a 4-year term the election date cannot matter: no election fills it.
        Boolean months28 = fourYear && f.vacancyDate() != null && f.termEndDate() != null
                ? !f.vacancyDate().plusMonths(MONTHS_FOR_ELECTION).isAfter(f.termEndDate()) : null;
        boolean electionDateMatters = !Boolean.FALSE.equals(months28);
        if (electionDateMatters && f.nextGeneralElectionDate() == null) {
            r.missing("nextGeneralElectionDate", "When is the next general municipal election scheduled?", FOUR_YEAR_TERMS);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        Long days = f.nextGeneralElectionDate() == null ? null : Days.between(f.vacancyDate(), f.nextGeneralElectionDate());
        boolean early = days != null && days >= DAYS_BEFORE_ELECTION;
        // Term length and end matter only when the vacancy is early enough for an election.
        if (early && !large && f.termLengthYears() == null) {
            r.missing("termLengthYears", "Is the office's term 4 years or 2 years?", TWO_YEAR_TERMS);
        }
        if (early && fourYear && f.termEndDate() == null) {
            r.missing("termEndDate", "On what date does the term in which the vacancy occurred end?", FOUR_YEAR_MAYOR);
        }
        if (r.hasMissing()) {
            return r.needsFacts();
        }
        Envelope<Answer> e = large ? fiveHundredThousandOrMore(f, r, days, early) : underFiveHundredThousand(f, r, days, early, fourYear);
        e = byCause(f, e, large);
        e = byDeclines(f, e);
        return early && fourYear ? otherReadingOf28Months(f, e) : e;
    }

    /**
     * (f)(1)/(g)(1), villages under 5,000: once every trustee has declined the acting presidency or failed of a majority of the
     * trustees holding office, the trustees may elect another qualified village resident; if one was elected, that door is closed.
     */
    private static Envelope<Answer> byDeclines(Facts f, Envelope<Answer> e) {
        Answer a = e.answer();
        if (a == null || f.everyTrusteeDeclined() == null || a.method() != Method.ACTING_MAYOR_OR_PRESIDENT
                || !Boolean.TRUE.equals(a.villageResidentMayBeActingPresident())) {
            return e;
        }
        Provision p = paragraphs(f, FOUR_YEAR_MAYOR, TWO_YEAR_MAYOR).get(0);
        return f.everyTrusteeDeclined()
                ? e.qualified(a, p, "Every trustee declined the election as acting president or was not elected by a majority of the trustees "
                        + "holding office: the trustees may elect any other qualified village resident acting president, with the president's vote "
                        + "and veto.", "Every trustee having declined or failed of a majority, the trustees may now elect another qualified village "
                                + "resident acting president.")
                : e.qualified(a, p, "Not every trustee declined or failed of a majority, so the acting president is one of the trustees; the "
                        + "resident alternative (which the statute keeps for villages under 5,000) does not come into play.", "");
    }

    /**
     * The cause: the day the vacancy counts from (stated, with the provision), and, where the statute keeps someone in the office
     * meanwhile, that person as the interim: the holder before an election declared void (3.1-10-50(h)); the incumbent after a
     * failure to elect or qualify at 500,000 or more (3.1-10-51(a)(1)).
     */
    private static Envelope<Answer> byCause(Facts f, Envelope<Answer> e, boolean large) {
        if (e.answer() == null) {
            return e;
        }
        Answer a = e.answer();
        VacancyCause cause = f.cause();
        if (!large && cause == VacancyCause.ELECTION_DECLARED_VOID) {
            e = e.qualified(a, ELECTION_VOID, "The vacancy occurred on the date of the decision declaring the election void: " + f.vacancyDate() + ".", "");
            return e.qualified(a.withInterim("the person who held the office before the election declared void, until a successor is elected and "
                    + "qualified or appointed and confirmed"), VOID_HOLDOVER, "Where a vacancy arises from an election declared void, the persons "
                    + "holding the office before hold it until their successors are elected and qualified, or appointed and confirmed.",
                    "Meanwhile the person who held the office before the voided election holds over (3.1-10-50(h)).");
        }
        if (large && cause == VacancyCause.FAILURE_TO_ELECT_OR_QUALIFY) {
            return e.qualified(a.withInterim("the incumbent, who remains in office until the vacancy is filled"), LARGE_CAUSES, "A vacancy by failure to "
                    + "elect or qualify leaves the incumbent in office until it is filled.", "Meanwhile the incumbent remains in office (3.1-10-51(a)(1)).");
        }
        Provision when = switch (cause) {
            case RESIGNATION -> RESIGNATION_DATE;
            case DEATH, PERMANENT_DISABILITY -> large ? LARGE_CAUSES : DEATH_OR_DISABILITY;
            case ABANDONMENT, REMOVAL_FROM_OFFICE, FAILURE_TO_ELECT_OR_QUALIFY, REMOVAL_OF_RESIDENCE, ELECTION_DECLARED_VOID -> large ? LARGE_CAUSES : OTHER_CAUSES;
            case PLEA_AGREEMENT, CONVICTION -> large ? LARGE_PLEA : PLEA_OR_CONVICTION;
            case DEBT_TO_MUNICIPALITY -> DEBT;
        };
        String day = switch (cause) {
            case RESIGNATION -> "the resignation's effective date";
            case DEATH -> "the date of death (as the death certificate may show)";
            case PERMANENT_DISABILITY -> large ? "the date the disability renders the officer incapable" : "the date the corporate authorities determine the disability";
            case PLEA_AGREEMENT -> "the date the plea agreement is made";
            case CONVICTION -> "the date of the guilty verdict or finding of guilt";
            case DEBT_TO_MUNICIPALITY -> "the date the official is disqualified under paragraph (4)(F) (see debt-vacancy-timeline)";
            default -> large ? "the date of the event" : "the date the corporate authorities determine that the vacancy exists";
        };
        return e.qualified(a, when, "The vacancy counts from " + day + ", taken here as " + f.vacancyDate() + ".", "");
    }

    /**
     * Reading: "an unexpired portion of the term of at least 28 months" is counted from the day after the vacancy (28 calendar
     * months after the vacancy date must fall on or before the term's last day). Counting the vacancy day itself as unexpired,
     * one more day qualifies; on that one day the two readings part, and the answer gives the other result too.
     */
    private static Envelope<Answer> otherReadingOf28Months(Facts f, Envelope<Answer> e) {
        LocalDate twentyEight = f.vacancyDate().plusMonths(MONTHS_FOR_ELECTION);
        if (e.answer() == null || !twentyEight.equals(f.termEndDate().plusDays(1))) {
            return e;
        }
        Provision rule = f.municipality().isLarge() ? LARGE_ELECTION : FOUR_YEAR_TERMS;
        return e.qualified(e.answer().withOtherReading(Method.ELECTION), rule, "Counting the day of the vacancy as part of the unexpired "
                + "term, exactly 28 months remain, and the vacancy would be filled for the remainder of the term at the general municipal "
                + "election of " + f.nextGeneralElectionDate() + ". Lawyers may read the count either way.", "Read with the day of the "
                + "vacancy counted as part of the unexpired term, 28 months would remain and the vacancy would instead be filled at the "
                + "general municipal election of " + f.nextGeneralElectionDate() + ".");
    }

    /** everyTrusteeDeclined is a fact only of a president's vacancy (any other office is refused): given, it names the office. */
    private static Facts withImpliedOffice(Facts f) {
        if (f.office() != null || f.everyTrusteeDeclined() == null) {
            return f;
        }
        return new Facts(f.municipality(), ElectiveOffice.PRESIDENT, f.cause(), f.termLengthYears(), f.termEndDate(), f.vacancyDate(),
                f.nextGeneralElectionDate(), f.quorumInOffice(), f.firstNomineeForwardedDate(), f.firstNomineeConsented(),
                f.secondNomineeForwardedDate(), f.secondNomineeConsented(), f.everyTrusteeDeclined());
    }

    /** The kind given, or the one the office implies (only cities have mayors and alderpersons; only towns assessors). */
    static MunicipalityKind kindOf(Facts f) {
        if (f.municipality() != null && f.municipality().kind() != null) {
            return f.municipality().kind();
        }
        if (f.office() == null) {
            return null;
        }
        return switch (f.office()) {
            case MAYOR, ALDERPERSON -> MunicipalityKind.CITY;
            case ASSESSOR, SUPERVISOR -> MunicipalityKind.INCORPORATED_TOWN;
            default -> null;
        };
    }

    /**
     * 2-year terms exist only under 500,000 (3.1-10-65), so the population lines left are two: a village president's 5,000
     * ((g)(1): the trustees may elect a resident acting president, which an election at least 130 days off makes moot) and an
     * incorporated town's 25,000 (3.1-25-95: the board may appoint a president, clerk, assessor, collector or supervisor until
     * the election). No other office turns on the population, so with the office unknown it is asked first, and the
     * population only where one of these lines can apply.
     */
    private static boolean twoYearPopulationMatters(Facts f, boolean electionFills) {
        ElectiveOffice office = f.office();
        if (office == null) {
            return false;
        }
        MunicipalityKind kind = kindOf(f);
        boolean mayBeTown = kind == null || kind == MunicipalityKind.INCORPORATED_TOWN;
        boolean mayBeVillage = kind == null || kind == MunicipalityKind.VILLAGE;
        if (office.isChiefExecutive()) {
            return mayBeTown || mayBeVillage && !electionFills;
        }
        return mayBeTown && townAppointsMeanwhile(office);
    }

    /** 3.1-25-95: the offices other than president that a town of 25,000 or more may fill by joint appointment until the election. */
    private static boolean townAppointsMeanwhile(ElectiveOffice office) {
        return office == ElectiveOffice.CLERK || office == ElectiveOffice.ASSESSOR || office == ElectiveOffice.COLLECTOR
                || office == ElectiveOffice.SUPERVISOR;
    }

    /**
     * Whether a village and an incorporated town (the kinds a president or trustee leaves open) are filled differently:
     * the president of a village under 5,000 ((f)(1)) and the offices of a town of 25,000 or more (3.1-25-95); a clerk,
     * treasurer or collector differs between a city and the others.
     */
    private static boolean kindMatters(Facts f) {
        if (f.office() == ElectiveOffice.TRUSTEE) {
            return false;
        }
        if (f.municipality() != null && f.municipality().population() != null && f.municipality().isLarge()) {
            // 3.1-10-51 fills every office alike whatever the kind (its words are a city's)
            return false;
        }
        if (f.office() == null || f.municipality() == null || f.municipality().population() == null) {
            return true;
        }
        int population = f.municipality().population();
        return switch (f.office()) {
            case TRUSTEE -> false;
            case PRESIDENT -> population < SMALL_VILLAGE || population >= LARGE_TOWN;
            default -> true;
        };
    }

    private static Provision kindBecause(Facts f) {
        return f.office() == ElectiveOffice.PRESIDENT && f.municipality() != null && f.municipality().population() != null
                && f.municipality().population() < SMALL_VILLAGE ? FOUR_YEAR_MAYOR : TOWN_OFFICERS;
    }

    /** 3.1-10-50: municipalities under 500,000. */
    private Envelope<Answer> underFiveHundredThousand(Facts f, Reasons r, Long days, boolean early, boolean fourYear) {
        Integer inhabitants = f.municipality() == null ? null : f.municipality().population();
        r.found(SCOPE_UNDER_500K, inhabitants == null ? "The office has a 2-year term, which only a municipality under 500,000 may adopt, so Section "
                + "3.1-10-50 governs the vacancy." : "The municipality has " + inhabitants + " inhabitants, under 500,000, so Section 3.1-10-50 governs the vacancy.");
        Boolean months28 = null;
        boolean election;
        if (f.termLengthYears() == null) {
            // Only reached when the vacancy is less than 130 days before the election: (f) and (g) then agree.
            election = false;
            String finding = "The vacancy occurred " + days + " days before the general municipal election of "
                    + f.nextGeneralElectionDate() + ", less than 130, so whether the term is 4 or 2 years the vacancy is not "
                    + "filled at that election.";
            r.found(FOUR_YEAR_TERMS, finding);
            r.found(TWO_YEAR_TERMS, finding);
        } else if (fourYear) {
            months28 = f.termEndDate() == null ? null : !f.vacancyDate().plusMonths(MONTHS_FOR_ELECTION).isAfter(f.termEndDate());
            election = early && months28;
            r.found(FOUR_YEAR_TERMS, fourYearFinding(f, days, months28, election));
        } else {
            election = early;
            r.found(TWO_YEAR_TERMS, "The office has a 2-year term and the vacancy occurred " + days
                    + " days before the general municipal election of " + f.nextGeneralElectionDate()
                    + (election ? " (at least 130)" : " (less than 130)") + ", so the vacancy is "
                    + (election ? "filled for the remainder of the term at that election." : "filled under paragraphs (1) to (3)."));
        }
        return fill(f, r, days, months28, election, fourYear);
    }

    private static String fourYearFinding(Facts f, Long days, Boolean months28, boolean election) {
        StringBuilder b = new StringBuilder("The office has a 4-year term.");
        if (days != null) {
            b.append(" The vacancy occurred ").append(days).append(" days before the general municipal election of ")
                    .append(f.nextGeneralElectionDate()).append(days >= DAYS_BEFORE_ELECTION ? " (at least 130)" : " (less than 130)");
        }
        if (months28 != null) {
            b.append(days == null ? " " : ", and ").append(f.vacancyDate().plusMonths(MONTHS_FOR_ELECTION)).append(" (28 months after the vacancy) is ")
                    .append(months28 ? "on or before" : "after").append(" the term's end on ").append(f.termEndDate())
                    .append(months28 ? ", so at least 28 months remain" : ", so less than 28 months remain");
        }
        return b.append(election ? "; the vacancy is filled for the remainder of the term at that election."
                : "; the vacancy is filled without an election for the remainder of the term.").toString();
    }

    private Envelope<Answer> fill(Facts f, Reasons r, Long days, Boolean months28, boolean election, boolean fourYear) {
        ElectiveOffice office = f.office();
        MunicipalityKind kind = kindOf(f);
        LocalDate electionDate = election ? f.nextGeneralElectionDate() : null;
        Boolean quorumRule = quorum(f, r);
        if (office.isChiefExecutive()) {
            return mayorOrPresident(f, r, days, months28, electionDate, fourYear, quorumRule);
        }
        if (office.isCouncilMember()) {
            if (!election) {
                String finding = "The vacancy is in the office of " + office.words() + ", so the "
                        + (kind == MunicipalityKind.CITY ? "mayor (or acting mayor)" : "president (or acting president)") + " fills it under subsection (e).";
                paragraphs(f, FOUR_YEAR_ALDERPERSON, TWO_YEAR_ALDERPERSON).forEach(p -> r.found(p, finding));
            }
            return alderpersonOrTrustee(f, r, days, months28, electionDate, quorumRule);
        }
        return otherElectiveOffice(f, r, days, months28, electionDate, fourYear, kind, f.municipality() == null ? null : f.municipality().population(), quorumRule);
    }

    /** (f)(1) and (g)(1): the corporate authorities elect an acting mayor or acting president. */
    private Envelope<Answer> mayorOrPresident(Facts f, Reasons r, Long days, Boolean months28, LocalDate electionDate,
            boolean fourYear, Boolean quorumRule) {
        ElectiveOffice office = f.office();
        MunicipalityKind kind = kindOf(f);
        String title = office.words();
        if (electionDate != null) {
            boolean town = kind == MunicipalityKind.INCORPORATED_TOWN && f.municipality().population() >= LARGE_TOWN;
            String interim = null;
            if (town) {
                interim = "the board of trustees may appoint a president to serve until a president is elected and has qualified";
                r.found(TOWN_OFFICERS, "In an incorporated town of 25,000 or more, until a president is elected and has qualified "
                        + "the vacancy may be filled by appointment by the board of trustees.");
            } else {
                // Two readings, stated alike here and in presiding-officer: the text names no acting officer for this case; read
                // by analogy with paragraph (1), the corporate authorities elect one of their members acting mayor or president
                r.found(fourYear ? FOUR_YEAR_TERMS : TWO_YEAR_TERMS, "Section 3.1-10-50 names no acting " + title
                        + " for this case: the acting-" + title + " election of paragraph (1) is provided only when the "
                        + "vacancy is not filled at the election. Read by analogy with paragraph (1), the corporate authorities elect "
                        + "one of their members acting " + title + " until then; read strictly, the statute names no one (a " + title
                        + " pro tem under 3.1-35-35 acts only while the office is not vacant).");
            }
            String summary = "The " + title + "'s office is filled for the remainder of the term at the general municipal election of "
                    + electionDate + (interim == null ? "; Section 3.1-10-50 names no interim officer for this case (read by analogy with its "
                            + "paragraph (1), the corporate authorities elect one of their members acting " + title + " until then)."
                            : "; meanwhile " + interim + ".");
            return r.answered(new Answer("3.1-10-50", Method.ELECTION, days, months28, electionDate,
                    "the electors at the general municipal election", null, interim, null, null, null, null, null, null,
                    quorumRule, null), summary);
        }
        List<Provision> paragraph = paragraphs(f, FOUR_YEAR_MAYOR, TWO_YEAR_MAYOR);
        boolean smallVillage = kind == MunicipalityKind.VILLAGE && f.municipality().population() < SMALL_VILLAGE;
        for (Provision p : paragraph) {
            r.found(p, "The corporate authorities fill the vacancy by electing one of their members acting " + title
                    + ", who has all the rights and powers of the " + title + " until a " + title
                    + " is elected at the next general municipal election and has qualified.");
        }
        Provision village = paragraph.get(0);
        if (smallVillage) {
            r.found(village, "The village has " + f.municipality().population() + " inhabitants, less than 5,000: if every trustee "
                    + "declines the election as acting president or is not elected by a majority of the trustees holding office, "
                    + "the trustees may elect any other qualified village resident acting president, with the president's vote and veto.");
        } else if (kind == MunicipalityKind.VILLAGE) {
            r.found(village, "The village has " + f.municipality().population() + " inhabitants, not less than 5,000, so the "
                    + "acting president must be one of the trustees (the outside-resident alternative is only for villages under 5,000).");
        }
        boolean largeTown = kind == MunicipalityKind.INCORPORATED_TOWN && f.municipality().population() >= LARGE_TOWN;
        if (largeTown) {
            r.found(TOWN_OFFICERS, "In an incorporated town of 25,000 or more, until a president is elected and has qualified the vacancy may "
                    + "also be filled by appointment by the board of trustees.");
        }
        r.found(ACTING_MAYOR_ORIGINAL_SEAT, "Electing a member acting " + title + " does not vacate the member's seat unless the member "
                + "resigns it; if the member resigns, the acting " + title + " votes and vetoes as " + title
                + "; if not, the member votes only as before, has no veto, and returns to the seat if the term has not expired.");
        // (f)(1): "until a mayor or president is elected at the next general municipal election and has qualified". With under
        // 28 months left no mayor is elected at the election next scheduled, so no date is named: the acting officer serves
        // until the election at which the office is next filled (normally the one at the end of the term).
        String summary = "The corporate authorities elect one of their members acting " + title + " to serve until a " + title
                + " is elected at the next general municipal election at which the office is filled, and has qualified"
                + (smallVillage ? "; because the village has under 5,000 inhabitants, if no trustee accepts or wins a majority, "
                        + "the trustees may elect another qualified village resident." : ".")
                + (largeTown ? " In an incorporated town of 25,000 or more the board of trustees may instead appoint a president until one is "
                        + "elected and has qualified (3.1-25-95)." : "");
        return r.answered(new Answer("3.1-10-50", Method.ACTING_MAYOR_OR_PRESIDENT, days, months28, null,
                "the corporate authorities, electing one of their members acting " + title, null,
                largeTown ? "the acting president, or a president the board of trustees appoints" : "the acting " + title, null, null, null, null, null, smallVillage ? Boolean.TRUE : kind == MunicipalityKind.VILLAGE ? Boolean.FALSE : null,
                quorumRule, null), summary);
    }

    /** (e): appointment within 60 days, council action within 30, a second appointee, then a temporary appointment. */
    private Envelope<Answer> alderpersonOrTrustee(Facts f, Reasons r, Long days, Boolean months28, LocalDate electionDate,
            Boolean quorumRule) {
        String appointer = kindOf(f) == MunicipalityKind.CITY ? "mayor" : "president";
        String body = kindOf(f) == MunicipalityKind.CITY ? "city council" : "board of trustees";
        LocalDate deadline = Days.within(f.vacancyDate(), APPOINT_WITHIN_DAYS);
        r.found(APPOINTMENT_60_DAYS, "The " + appointer + " (or acting " + appointer + ") must appoint a qualified person within 60 days after "
                + "the vacancy, that is by " + deadline + ", with the advice and consent of the " + body + ".");
        if (f.office() == ElectiveOffice.ALDERPERSON) {
            r.found(MINORITY_PLAN, "Where alderpersons are elected under minority representation, the same 60-day limit applies.");
        }
        LocalDate first = f.firstNomineeForwardedDate() == null ? null : Days.within(f.firstNomineeForwardedDate(), COUNCIL_ACTS_WITHIN_DAYS);
        LocalDate second = f.secondNomineeForwardedDate() == null ? null : Days.within(f.secondNomineeForwardedDate(), COUNCIL_ACTS_WITHIN_DAYS);
        Boolean secondRequired = f.firstNomineeConsented() == null ? null : !f.firstNomineeConsented();
        Boolean temporary = Boolean.TRUE.equals(secondRequired) && f.secondNomineeConsented() != null ? !f.secondNomineeConsented() : null;
        String stage;
        if (first != null) {
            r.found(APPOINTMENT_60_DAYS, "The first appointee was forwarded on " + f.firstNomineeForwardedDate() + ", so the "
                    + body + " must act on the appointment by " + first + ".");
        }
        if (Boolean.TRUE.equals(f.firstNomineeConsented())) {
            stage = "The first appointee received advice and consent and holds the office once qualified.";
        } else if (Boolean.TRUE.equals(secondRequired)) {
            r.found(APPOINTMENT_60_DAYS, "The first appointee did not receive advice and consent, so the " + appointer
                    + " must appoint and forward a second qualified person" + (second == null ? "." : "; it was forwarded on "
                            + f.secondNomineeForwardedDate() + ", so the " + body + " must act by " + second + "."));
            if (Boolean.TRUE.equals(temporary)) {
                r.found(APPOINTMENT_60_DAYS, "The second appointee also failed, so the " + appointer + " may, without advice and consent, "
                        + "make a temporary appointment from the persons whose appointments failed; that person serves until an "
                        + "appointee is confirmed and qualifies or a person is elected and qualifies, whichever is first.");
                stage = "Both appointees failed: the " + appointer + " may make a temporary appointment from them.";
            } else if (Boolean.FALSE.equals(temporary)) {
                stage = "The second appointee received advice and consent and holds the office once qualified.";
            } else {
                stage = "A second appointee must be forwarded" + (second == null ? "." : "; the " + body + " must act by " + second + ".");
            }
        } else {
            // the deadline is already in the summary's first sentence: this one says only what follows it (issue 15)
            stage = "Once the appointee is forwarded, the " + body + " must act within 30 days"
                    + (first == null ? "." : " (by " + first + ").");
        }
        String until = electionDate == null
                ? "for the remainder of the term"
                : "until the person elected at the general municipal election of " + electionDate + " has qualified";
        if (electionDate != null) {
            r.found(APPOINTMENT_60_DAYS, "Because the remainder of the term is filled at the election of " + electionDate
                    + ", the appointee serves only until the person elected has qualified.");
        }
        String summary = "The " + appointer + " appoints a qualified person " + until + ", with the advice and consent of the "
                + body + ", no later than " + deadline + ". " + stage;
        return r.answered(new Answer("3.1-10-50", electionDate == null ? Method.APPOINTMENT : Method.ELECTION, days, months28,
                electionDate, "the " + appointer + " or acting " + appointer, "the " + body,
                electionDate == null ? null : "the person appointed under 3.1-10-50(e)", deadline, first, secondRequired, second,
                temporary, null, quorumRule, null), summary);
    }

    /** (f)(3), (g)(3) and the offices' own sections: clerk, treasurer, town officers, other elective offices. */
    private Envelope<Answer> otherElectiveOffice(Facts f, Reasons r, Long days, Boolean months28, LocalDate electionDate,
            boolean fourYear, MunicipalityKind kind, Integer population, Boolean quorumRule) {
        ElectiveOffice office = f.office();
        String appointer = kind == MunicipalityKind.CITY ? "mayor" : "president";
        String body = kind == MunicipalityKind.CITY ? "city council" : "board of trustees";
        String filledBy = "the " + appointer + " or acting " + appointer;
        String consent = "the " + body;
        // population is not asked where it cannot matter (a 2-year term filled at the election, outside incorporated towns)
        boolean town = kind == MunicipalityKind.INCORPORATED_TOWN && population != null && population >= LARGE_TOWN
                && townAppointsMeanwhile(office);
        if (town) {
            filledBy = "the president and board of trustees, voting jointly";
            consent = null;
            r.found(TOWN_OFFICERS, "In an incorporated town of 25,000 or more, a vacancy in the office of " + office.words()
                    + " may be filled, until a successor is elected and has qualified, by appointment by the president and "
                    + "board of trustees voting jointly.");
        } else if (kind == MunicipalityKind.CITY && (office == ElectiveOffice.CLERK || office == ElectiveOffice.TREASURER)) {
            r.found(CITY_CLERK_TREASURER, "A vacancy in the office of city " + office.words()
                    + " is filled by the mayor with the advice and consent of the city council.");
        } else if (kind != MunicipalityKind.CITY && office == ElectiveOffice.CLERK) {
            r.found(VILLAGE_CLERK, "An elected clerk's vacancy is filled for the remainder of the term at the next general municipal "
                    + "election as Section 3.1-10-50 provides; until then the president may appoint an acting clerk with the "
                    + "advice and consent of the trustees.");
        }
        if (electionDate == null && !town) {
            String finding = "For an elective office other than " + appointer + " or "
                    + (kind == MunicipalityKind.CITY ? "alderperson" : "trustee") + ", the " + appointer
                    + " (or acting " + appointer + ") must appoint a qualified person to hold the office until it is filled by "
                    + "election, with the advice and consent of the " + body + ".";
            paragraphs(f, FOUR_YEAR_OTHER, TWO_YEAR_OTHER).forEach(p -> r.found(p, finding));
        }
        String interim = null;
        if (electionDate != null) {
            boolean named = town || kind == MunicipalityKind.CITY && (office == ElectiveOffice.CLERK || office == ElectiveOffice.TREASURER)
                    || kind != MunicipalityKind.CITY && office == ElectiveOffice.CLERK;
            interim = named ? "a person appointed by " + filledBy + (consent == null ? "" : " with the advice and consent of " + consent)
                    : null;
            if (!named) {
                r.found(fourYear ? FOUR_YEAR_TERMS : TWO_YEAR_TERMS, "Article 3.1 names no interim appointment for this office "
                        + "before the election; the appointment rule of paragraph (3) is stated for the case in which the "
                        + "vacancy is not filled at the election.");
            }
        }
        String summary = electionDate != null
                ? "The office of " + office.words() + " is filled for the remainder of the term at the general municipal election of "
                        + electionDate + (interim == null ? "; Article 3.1 names no interim appointment for it." : "; until then " + interim + " holds it.")
                : "The " + (town ? "president and board of trustees, voting jointly," : appointer) + " appoint"
                        + (town ? "" : "s") + " a qualified person to the office of " + office.words()
                        + (consent == null ? "" : ", with the advice and consent of " + consent) + ", until the office is filled by election.";
        return r.answered(new Answer("3.1-10-50", electionDate == null ? Method.APPOINTMENT : Method.ELECTION, days, months28,
                electionDate, electionDate == null ? filledBy : "the electors at the general municipal election",
                electionDate == null ? consent : null, interim, null, null, null, null, null, null, quorumRule, null), summary);
    }

    /** 3.1-10-51: municipalities of 500,000 or more (terms there are 4 years: 3.1-10-65 lets only smaller ones shorten them). */
    private Envelope<Answer> fiveHundredThousandOrMore(Facts f, Reasons r, Long days, boolean early) {
        r.found(SCOPE_500K, "The municipality has " + f.municipality().population()
                + " inhabitants, 500,000 or more, so Section 3.1-10-51 governs the vacancy.");
        r.cite(TWO_YEAR_TERMS_UNDER_500K);
        Boolean months28 = f.termEndDate() == null ? null : !f.vacancyDate().plusMonths(MONTHS_FOR_ELECTION).isAfter(f.termEndDate());
        boolean election = early && months28;
        ElectiveOffice office = f.office();
        boolean chief = office.isChiefExecutive();
        String title = office.words();
        Boolean quorumRule = quorum(f, r);
        LocalDate deadline = office.isCouncilMember() ? Days.within(f.vacancyDate(), APPOINT_WITHIN_DAYS) : null;
        String summary;
        if (election) {
            r.found(LARGE_ELECTION, fourYearFinding(f, days, months28, true) + (chief
                    ? " Until then the city council elects one of its members acting " + title + "."
                    : " Until then the " + "mayor appoints a qualified person with the advice and consent of the city council."));
            summary = "The office of " + title + " is filled for the remainder of the term at the general municipal election of "
                    + f.nextGeneralElectionDate() + "; until then " + (chief ? "the city council elects one of its members acting " + title
                            : "the mayor appoints a qualified person with the advice and consent of the city council") + ".";
        } else {
            r.found(LARGE_LATE, "The vacancy occurred later than subsection (b) allows for an election"
                    + (Boolean.FALSE.equals(months28) ? " (less than 28 months of the term remained)" : " (less than 130 days before the election)")
                    + (chief ? ", so the corporate authorities elect one of their members acting " + title + " until a " + title
                            + " is elected at the next general municipal election and has qualified."
                            : ", so the mayor fills it by appointment with the advice and consent of the corporate authorities."));
            summary = chief ? "The corporate authorities elect one of their members acting " + title + " until a " + title
                    + " is elected at the next general municipal election and has qualified."
                    : "The mayor appoints a qualified person with the advice and consent of the corporate authorities.";
        }
        if (deadline != null) {
            r.found(LARGE_ALDERPERSON_60_DAYS, "The appointment to fill an alderperson vacancy must be made within 60 days, by " + deadline + ".");
            summary += " The appointment must be made by " + deadline + ".";
        }
        r.found(LARGE_HOLDOVER, "A person appointed or elected under Section 3.1-10-51 holds office until the successor is elected and has qualified.");
        return r.answered(new Answer("3.1-10-51", election ? Method.ELECTION : chief ? Method.ACTING_MAYOR_OR_PRESIDENT : Method.APPOINTMENT,
                days, months28, election ? f.nextGeneralElectionDate() : null,
                chief ? "the city council, electing one of its members acting " + title : "the mayor",
                chief ? null : "the city council", chief ? "the acting " + title : "the person appointed by the mayor", deadline,
                null, null, null, null, null, quorumRule, null), summary);
    }

    /** The paragraph of (f) or (g) for the term length; both when the term length did not matter and was not given. */
    private static List<Provision> paragraphs(Facts f, Provision ofF, Provision ofG) {
        if (f.termLengthYears() == null) {
            return List.of(ofF, ofG);
        }
        return List.of(f.termLengthYears() == 4 ? ofF : ofG);
    }

    /** 3.1-10-55: without a quorum in office, a majority of those holding office may make or confirm appointments. */
    private static Boolean quorum(Facts f, Reasons r) {
        if (Boolean.FALSE.equals(f.quorumInOffice())) {
            r.found(QUORUM, "There is not a quorum of the corporate authorities in office, so the appointment may be made or "
                    + "confirmed by a majority of the corporate authorities holding office at the time.");
            return Boolean.TRUE;
        }
        return f.quorumInOffice() == null ? null : Boolean.FALSE;
    }
}
