package com.statutory.officers.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;

/** 65 ILCS 5/3.1-35-10. */
class OfficerRemovalTest {

    private static JsonNode ask(String rest) {
        return Ask.json("officer-removal", "{\"municipality\":{\"kind\":\"CITY\",\"population\":42000},\"removedOn\":\"2026-03-02\","
                + "\"appointedByMayorOrPresident\":true,\"previouslyRemovedForSameOffense\":false,\"otherStatuteGoverns\":false,\"writtenCharge\":true"
                + rest + "}");
    }



    @Test
    void twoThirdsOfAllMembersAuthorizedByLawToBeElectedDisapprove() {
        // 8 seats + mayor = 9 authorized: 6 needed (5.33 without the mayor -> 6 as well for 8: 16/3 = 5.33 -> 6)
        JsonNode a = ask(",\"reasonsReportedOn\":\"2026-03-09\",\"seats\":8,\"disapprovalVotes\":6").get("answer");
        assertEquals("RESTORED", a.get("outcome").asText());
        assertEquals(6, a.get("disapprovalVotesNeeded").asInt());
        // 6 seats + mayor = 7: 5 needed; without the mayor 4
        JsonNode b = ask(",\"reasonsReportedOn\":\"2026-03-09\",\"seats\":6,\"disapprovalVotes\":4").get("answer");
        assertEquals("REMOVAL_STANDS", b.get("outcome").asText());
        assertEquals(5, b.get("disapprovalVotesNeeded").asInt());
        assertEquals(4, b.get("disapprovalVotesNeededWithoutMayor").asInt());
    }

    @Test
    void noSecondRemovalForTheSameOffense() {
        JsonNode a = Ask.json("officer-removal", "{\"removedOn\":\"2026-03-02\",\"appointedByMayorOrPresident\":true,\"otherStatuteGoverns\":false,\"previouslyRemovedForSameOffense\":true}").get("answer");
        assertEquals("REMOVAL_NOT_ALLOWED", a.get("outcome").asText());
    }

    @Test
    void unreportedAfterTheWindowRestores() {
        assertEquals("RESTORED", ask(",\"reasonsReported\":false,\"asOf\":\"2026-03-13\"").get("answer").get("outcome").asText());
        assertEquals("PENDING", ask(",\"reasonsReported\":false,\"asOf\":\"2026-03-12\"").get("answer").get("outcome").asText());
    }
}
