package com.statutory.officers.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;

/** 65 ILCS 5/3.1-40-45, 3.1-40-50, 3.1-45-5. */
class VetoTest {

    private static JsonNode ask(int population, String measure, String meetings, int holding, String rest) {
        return Ask.json("veto", "{\"municipality\":{\"kind\":\"CITY\",\"population\":" + population + ",\"formOfGovernment\":\"MAYOR_COUNCIL_OR_PRESIDENT_BOARD\"},\"measure\":\"" + measure
                + "\",\"passedOn\":\"2026-03-02\",\"regularMeetings\":[" + meetings + "],\"council\":{\"holdingOffice\":" + holding + "}" + rest + "}");
    }


    @Test
    void s_40_50_overrideAtTheNextRegularMeetingAfterTheObjectionsAreReceived_twoThirdsOf7Is5() {
        JsonNode a = ask(42000, "ORDINANCE", "\"2026-03-07\",\"2026-03-21\",\"2026-04-04\"", 7, ",\"objectionsReceivedOn\":\"2026-03-07\"").get("answer");
        assertEquals("2026-03-21", a.get("overrideMeeting").asText());
        assertEquals(5, a.get("overrideVotesNeeded").asInt());
        assertEquals(4, ask(42000, "ORDINANCE", "\"2026-03-07\",\"2026-03-21\"", 6, "").get("answer").get("overrideVotesNeeded").asInt());
        assertEquals(6, ask(42000, "ORDINANCE", "\"2026-03-07\",\"2026-03-21\"", 9, "").get("answer").get("overrideVotesNeeded").asInt());
    }

    @Test
    void s_40_50_overrideVoteCounted() {
        assertTrue(ask(42000, "ORDINANCE", "\"2026-03-07\",\"2026-03-21\"", 7, ",\"overrideYeas\":5").get("answer").get("overridden").asBoolean());
        assertFalse(ask(42000, "ORDINANCE", "\"2026-03-07\",\"2026-03-21\"", 7, ",\"overrideYeas\":4").get("answer").get("overridden").asBoolean());
    }

    @Test
    void s_40_45_objectionsReturnedLateMeanTheOrdinanceTookEffectUnsigned() {
        JsonNode a = ask(42000, "ORDINANCE", "\"2026-03-07\",\"2026-03-21\"", 7, ",\"objectionsReceivedOn\":\"2026-03-21\"").get("answer");
        assertFalse(a.get("returnedInTime").asBoolean());
        assertFalse(a.get("overrideAvailable").asBoolean());
    }

    @Test
    void s_40_45_appropriationsCanBeVetoedLineByLine() {
        assertTrue(ask(42000, "APPROPRIATION", "\"2026-03-07\",\"2026-03-21\"", 7, "").get("answer").get("lineItemVetoAvailable").asBoolean());
    }


    @Test
    void s_40_45_otherMotionsAreNotSubjectToVeto() {
        assertEquals("NOT_APPLICABLE", ask(42000, "OTHER_RESOLUTION_OR_MOTION", "\"2026-03-07\"", 7, "").get("status").asText());
    }
}
