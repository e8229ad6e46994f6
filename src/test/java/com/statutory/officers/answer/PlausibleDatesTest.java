package com.statutory.officers.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.statutory.officers.Ask;

/**
 * Every date lies in 1900-01-01 to 2199-12-31 or the call is a 400 naming the field: before this, a date near
 * java.time's limit reached the rules and their arithmetic failed with a 500 (found by the native hostile suite in
 * interim-court-appointment, resignation-effective-date and debt-vacancy-timeline).
 */
class PlausibleDatesTest {

    private static final String INTERIM = "{\"allOfficesVacantDate\":\"%s\"}";

    @ParameterizedTest
    @ValueSource(strings = { "+999999999-12-31", "-999999999-01-01", "1899-12-31", "2200-01-01" })
    void outOfRangeDatesAreA400NamingTheField(String date) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ask.envelope("interim-court-appointment", INTERIM.formatted(date)));
        assertEquals("allOfficesVacantDate", e.body().error().fields().get(0).field());
        assertEquals("must be a real date written YYYY-MM-DD, from 1900-01-01 to 2199-12-31", e.body().error().fields().get(0).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1900-01-01", "2199-12-31" })
    void theRangeIncludesBothEnds(String date) {
        Envelope<?> answer = Ask.envelope("interim-court-appointment", INTERIM.formatted(date));
        assertEquals("interim-court-appointment", answer.question());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-02-30", "2026-1-05", "20260105" })
    void datesStayStrictlyIso(String date) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ask.envelope("interim-court-appointment", INTERIM.formatted(date)));
        assertEquals("allOfficesVacantDate", e.body().error().fields().get(0).field());
    }
}
