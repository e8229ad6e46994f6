package com.statutory.officers.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;

/** 65 ILCS 5/3.1-35-35, 3.1-40-30, 3.1-10-50(d). */
class PresidingOfficerTest {

    private static JsonNode ask(String kind, int population, String rest) {
        return Ask.json("presiding-officer", "{\"municipality\":{\"kind\":\"" + kind + "\",\"population\":" + population + "}," + rest + "}");
    }

    @Test
    void s_35_35_a_proTemHasAllPowersButOneVote() {
        JsonNode a = ask("CITY", 42000, "\"situation\":\"TEMPORARILY_INCAPACITATED\"").get("answer");
        assertEquals("PRO_TEM", a.get("role").asText());
        assertEquals("ONLY_AS_MEMBER", a.get("vote").asText());
        assertTrue(a.get("veto").asBoolean());
    }

    @Test
    void s_35_35_b_temporaryChairmanOnlyPresides() {
        JsonNode a = ask("CITY", 42000, "\"situation\":\"ABSENT_WITHOUT_ACTING_OR_PRO_TEM\"").get("answer");
        assertEquals("TEMPORARY_CHAIRMAN", a.get("role").asText());
        assertFalse(a.get("veto").asBoolean());
    }

    @Test
    void s_10_50_d_actingMayorWhoResignedTheSeatVotesAndVetoesAsMayor() {
        JsonNode a = ask("CITY", 42000, "\"situation\":\"OFFICE_VACANT\",\"actingResignedOriginalSeat\":true").get("answer");
        assertEquals("AS_MAYOR_OR_PRESIDENT", a.get("vote").asText());
        assertTrue(a.get("veto").asBoolean());
        assertFalse(a.get("returnsToOriginalSeat").asBoolean());
    }

    @Test
    void s_10_50_d_actingPresidentWhoKeptTheSeatVotesAsTrusteeWithoutVetoAndReturns() {
        JsonNode a = ask("VILLAGE", 8000, "\"situation\":\"OFFICE_VACANT\",\"actingResignedOriginalSeat\":false,\"originalTermExpiredBySuccession\":false").get("answer");
        assertEquals("ONLY_AS_MEMBER", a.get("vote").asText());
        assertFalse(a.get("veto").asBoolean());
        assertTrue(a.get("returnsToOriginalSeat").asBoolean());
    }

    @Test
    void s_10_50_f_1_smallVillageResidentActingPresidentVotesAndVetoes() {
        JsonNode a = ask("VILLAGE", 4999, "\"situation\":\"OFFICE_VACANT\",\"actingIsNonTrusteeResident\":true").get("answer");
        assertEquals("AS_MAYOR_OR_PRESIDENT", a.get("vote").asText());
        assertTrue(a.get("veto").asBoolean());
    }

    @Test
    void s_10_50_d_whoPresidesIsSettledWhileTheSeatDecidesOnlyTheVoteAndVeto() {
        // issue 25: the seat cannot change who presides, so the answer is given, the vote and veto left open
        JsonNode e = ask("CITY", 42000, "\"situation\":\"OFFICE_VACANT\"");
        assertEquals("ANSWERED", e.get("status").asText());
        assertEquals("ACTING_MAYOR_OR_PRESIDENT", e.get("answer").get("role").asText());
        assertTrue(e.get("answer").path("veto").isMissingNode() || e.get("answer").get("veto").isNull());
    }
}
