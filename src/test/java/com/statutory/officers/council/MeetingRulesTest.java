package com.statutory.officers.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;

/** 65 ILCS 5/3.1-40-15, -20, -25, -35, -55 and 3.1-10-55. */
class MeetingRulesTest {

    private static JsonNode ask(String json) {
        return Ask.json("meeting-rules", "{\"municipality\":{\"kind\":\"CITY\",\"population\":42000}," + json + "}").get("answer");
    }

    @Test
    void s_40_20_quorumIsAMajorityOfTheCorporateAuthorities() {
        assertEquals(5, ask("\"topic\":\"QUORUM\",\"council\":{\"seats\":8},\"membersPresent\":5").get("votesOrMembersNeeded").asInt());
        assertTrue(ask("\"topic\":\"QUORUM\",\"council\":{\"seats\":8},\"membersPresent\":5").get("allowed").asBoolean());
        assertFalse(ask("\"topic\":\"QUORUM\",\"council\":{\"seats\":7},\"membersPresent\":4").get("allowed").asBoolean()); // 8 -> 5
    }

    @Test
    void s_40_25_mayorOrAny3AlderpersonsCallSpecialMeetings() {
        assertTrue(ask("\"topic\":\"SPECIAL_MEETING\",\"calledBy\":\"ALDERPERSONS_OR_TRUSTEES\",\"callers\":3").get("allowed").asBoolean());
        assertFalse(ask("\"topic\":\"SPECIAL_MEETING\",\"calledBy\":\"ALDERPERSONS_OR_TRUSTEES\",\"callers\":2,\"callAllowedByOrdinance\":false").get("allowed").asBoolean());
        assertTrue(ask("\"topic\":\"SPECIAL_MEETING\",\"calledBy\":\"MAYOR_OR_PRESIDENT\"").get("allowed").asBoolean());
    }

    @Test
    void s_40_35_any2AlderpersonsPresentDeferACommitteeReport() {
        JsonNode a = ask("\"topic\":\"COMMITTEE_REPORT_DEFERRAL\",\"requesting\":2,\"nextRegularMeeting\":\"2026-04-06\"");
        assertTrue(a.get("allowed").asBoolean());
        assertEquals("2026-04-06", a.get("deferredTo").asText());
        assertFalse(ask("\"topic\":\"COMMITTEE_REPORT_DEFERRAL\",\"requesting\":1").get("allowed").asBoolean());
    }

    @Test
    void s_40_55_reconsiderationAtASpecialMeetingNeedsAsManyPresent() {
        assertTrue(ask("\"topic\":\"RECONSIDERATION_AT_SPECIAL_MEETING\",\"presentAtOriginalVote\":6,\"presentNow\":6").get("allowed").asBoolean());
        assertFalse(ask("\"topic\":\"RECONSIDERATION_AT_SPECIAL_MEETING\",\"presentAtOriginalVote\":6,\"presentNow\":5").get("allowed").asBoolean());
    }

    @Test
    void s_40_15_expulsionTakesTwoThirdsOfThoseHoldingOffice_neverTwice() {
        assertEquals(5, ask("\"topic\":\"EXPULSION\",\"council\":{\"holdingOffice\":7},\"votesToExpel\":5,\"alreadyExpelledForIncident\":false").get("votesOrMembersNeeded").asInt());
        assertFalse(ask("\"topic\":\"EXPULSION\",\"council\":{\"holdingOffice\":7},\"votesToExpel\":4,\"alreadyExpelledForIncident\":false").get("allowed").asBoolean());
        assertFalse(ask("\"topic\":\"EXPULSION\",\"council\":{\"holdingOffice\":7},\"votesToExpel\":7,\"alreadyExpelledForIncident\":true").get("allowed").asBoolean());
    }

    @Test
    void s_10_55_appointmentsWithoutAQuorumInOffice() {
        // 8 seats + mayor: quorum 5; only 3 alderpersons and the mayor hold office -> majority of 4 is 3
        JsonNode a = ask("\"topic\":\"APPOINTMENT_WITHOUT_QUORUM\",\"council\":{\"seats\":8,\"holdingOffice\":3,\"mayorInOffice\":true}");
        assertTrue(a.get("allowed").asBoolean());
        assertEquals(3, a.get("votesOrMembersNeeded").asInt());
    }
}
