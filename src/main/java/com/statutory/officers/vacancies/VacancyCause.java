package com.statutory.officers.vacancies;

import com.statutory.officers.catalogue.Title;

/**
 * Why an elective office became vacant (3.1-10-50(a) to (c); 3.1-10-51(a)). The cause fixes the day the vacancy counts from, and
 * for an election declared void (3.1-10-50(h)) or a failure to elect or qualify at 500,000 or more (3.1-10-51(a)(1)) who holds the
 * office meanwhile.
 */
public enum VacancyCause {
    RESIGNATION, DEATH, PERMANENT_DISABILITY, ABANDONMENT, REMOVAL_FROM_OFFICE, FAILURE_TO_ELECT_OR_QUALIFY, @Title("Moved away (removal of residence)") REMOVAL_OF_RESIDENCE,
    /** A written agreement with prosecutors to plead guilty to a disqualifying offense: a resignation as of its date. */
    PLEA_AGREEMENT,
    /** Conviction of a disqualifying offense: the day of the guilty verdict or finding. */
    CONVICTION,
    ELECTION_DECLARED_VOID,
    /** A debt to the municipality not paid or contested in time (see debt-vacancy-timeline). */
    @Title("Debt to the municipality") DEBT_TO_MUNICIPALITY
}
