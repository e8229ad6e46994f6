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
    void anyOfficeStillFilledIsNotApplicable() {
        JsonNode e = Ask.json("interim-court-appointment", "{\"noClerk\":false}");
        assertEquals("NOT_APPLICABLE", e.get("status").asText());
    }
}
