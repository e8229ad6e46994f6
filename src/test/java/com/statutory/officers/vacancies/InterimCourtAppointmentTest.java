package com.statutory.officers.vacancies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;

/** 65 ILCS 5/3.1-10-60. */
class InterimCourtAppointmentTest {

    private static JsonNode ask(int electors, String elections) {
        return Ask.json("interim-court-appointment", "{\"noMayorOrPresident\":true,\"noClerk\":true,\"noAlderpersonsOrTrustees\":true,"
                + "\"electors\":" + electors + ",\"allOfficesVacantDate\":\"2026-12-01\",\"scheduledElectionDates\":[" + elections + "]}");
    }

    @Test
    void signaturesAreTheLesserOf100And10PercentRoundedUp() {
        assertEquals(100, ask(1000, "\"2027-04-06\"").get("answer").get("signaturesNeeded").asInt());
        assertEquals(100, ask(999, "\"2027-04-06\"").get("answer").get("signaturesNeeded").asInt());
        assertEquals(99, ask(990, "\"2027-04-06\"").get("answer").get("signaturesNeeded").asInt());
        assertEquals(1, ask(5, "\"2027-04-06\"").get("answer").get("signaturesNeeded").asInt());
    }

    @Test
    void appointeesServeUntilTheFirstElectionNotLessThan120DaysLater() {
        // 2026-12-01 + 120 days = 2027-03-31, which qualifies
        JsonNode a = ask(640, "\"2027-02-23\",\"2027-03-31\",\"2027-04-06\"").get("answer");
        assertEquals("2027-03-31", a.get("servesUntilElectionOn").asText());
        assertEquals("2027-04-06", ask(640, "\"2027-03-30\",\"2027-04-06\"").get("answer").get("servesUntilElectionOn").asText());
    }

    @Test
    void anyOfficeStillFilledIsNotApplicable() {
        JsonNode e = Ask.json("interim-court-appointment", "{\"noClerk\":false}");
        assertEquals("NOT_APPLICABLE", e.get("status").asText());
    }
}
