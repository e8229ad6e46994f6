package com.statutory.officers.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;
import com.statutory.officers.answer.InvalidInputException;

/** 65 ILCS 5/3.1-40-30, 3.1-40-40, 3.1-45-5, 3.1-55-10(b)(1), 3.1-40-20. */
class CouncilVoteTest {

    private static JsonNode ask(String kind, String measure, int seats, int holding, boolean mayorInOffice, int yeas, int nays, String rest) {
        return Ask.json("council-vote", "{\"municipality\":{\"kind\":\"" + kind + "\",\"population\":42000,\"formOfGovernment\":\"MAYOR_COUNCIL_OR_PRESIDENT_BOARD\"},\"measure\":\"" + measure
                + "\",\"council\":{\"seats\":" + seats + ",\"holdingOffice\":" + holding + ",\"mayorInOffice\":" + mayorInOffice
                + "},\"yeas\":" + yeas + ",\"nays\":" + nays + rest + "}");
    }

    @Test
    void s_40_40_ordinanceNeedsMajorityOfAllMembersHoldingOfficeIncludingTheMayor_notOfThosePresent() {
        // 8 alderpersons + mayor = 9 holding office: 5 needed; 4 yes of 6 present is not enough
        JsonNode a = ask("CITY", "ORDINANCE", 8, 8, true, 4, 1, ",\"presentNotVoting\":1,\"mayorPresent\":true,\"mayorVote\":\"DID_NOT_VOTE\"").get("answer");
        assertEquals(5, a.get("votesNeeded").asInt());
        assertFalse(a.get("passed").asBoolean());
        assertEquals(1, a.get("votesShort").asInt());
    }

    @Test
    void s_40_30_i_tieLetsTheMayorVoteAndTheVoteDecides() {
        JsonNode a = ask("CITY", "ORDINANCE", 8, 8, true, 4, 4, ",\"mayorVote\":\"YEA\",\"mayorPresent\":true").get("answer");
        assertTrue(a.get("mayorMayVote").asBoolean());
        assertTrue(a.get("passed").asBoolean());
        assertTrue(a.get("mayorVoteDecisive").asBoolean());
        assertEquals(5, a.get("votesCounted").asInt());
    }

    @Test
    void s_40_30_ii_exactlyHalfOfTheAlderpersonsElectedVotingYesLetsTheMayorVote() {
        // 8 seats, 4 yes, 2 no: no tie, but one-half of those elected
        JsonNode a = ask("CITY", "LIABILITY_RESOLUTION_OR_MOTION", 8, 8, true, 4, 2, ",\"mayorVote\":\"YEA\",\"mayorPresent\":true,\"presentNotVoting\":2").get("answer");
        assertEquals("HALF_OF_ALDERPERSONS_ELECTED", a.get("mayorVoteGrounds").get(0).asText());
        assertTrue(a.get("passed").asBoolean());
    }

    @Test
    void s_40_30_ii_withAVacancyTheElectedReadingDiffersFromHoldingOffice() {
        // 8 seats, 1 vacant, 4 yes / 3 no: "elected" (8) lets the mayor vote; "holding office" (7) would not
        JsonNode a = ask("CITY", "SPENDING_RESOLUTION_OR_MOTION", 8, 7, true, 4, 3, ",\"mayorVote\":\"YEA\",\"mayorPresent\":true").get("answer");
        assertTrue(a.get("mayorMayVote").asBoolean());
        assertFalse(a.get("mayorMayVoteIfHalfOfThoseHoldingOffice").asBoolean());
        assertEquals(8, a.get("membersHoldingOffice").asInt());
        assertEquals(5, a.get("votesNeeded").asInt());
        assertTrue(a.get("passed").asBoolean());
    }

    @Test
    void s_40_30_mayorMayNotVoteOutsideTheThreeCasesAndTheVoteIsNotCounted() {
        JsonNode a = ask("CITY", "ORDINANCE", 8, 8, true, 3, 2, ",\"mayorVote\":\"YEA\",\"mayorPresent\":true,\"presentNotVoting\":3").get("answer");
        assertFalse(a.get("mayorMayVote").asBoolean());
        assertFalse(a.get("mayorVoteCounted").asBoolean());
        assertEquals(3, a.get("votesCounted").asInt());
    }

    @Test
    void s_40_40_oddNumberOfAlderpersonsMajorityOfThemPassesAnOrdinance() {
        // 7 alderpersons: 4 yes passes without the mayor
        JsonNode a = ask("CITY", "ORDINANCE", 7, 7, true, 4, 3, ",\"mayorPresent\":true").get("answer");
        assertTrue(a.get("passed").asBoolean());
        assertFalse(a.get("mayorVoteDecisive").asBoolean());
        // the same split on a spending motion: 8 members holding office, 5 needed, the mayor may not vote
        JsonNode spending = ask("CITY", "SPENDING_RESOLUTION_OR_MOTION", 7, 7, true, 4, 3, ",\"mayorPresent\":true").get("answer");
        assertFalse(spending.get("passed").asBoolean());
    }

    @Test
    void s_40_40_vacanciesChangeTheMembersHoldingOffice() {
        // 6 seats with 2 vacant + mayor = 5 holding office: 3 needed
        JsonNode a = ask("CITY", "LIABILITY_RESOLUTION_OR_MOTION", 6, 4, true, 3, 1, ",\"mayorPresent\":true").get("answer");
        assertEquals(3, a.get("votesNeeded").asInt());
        assertTrue(a.get("passed").asBoolean());
    }

    @Test
    void s_40_40_schoolPropertySaleNeedsThreeFourthsOfAlderpersons_mayorMayVoteButDoesNotCount() {
        JsonNode a = ask("CITY", "SCHOOL_PROPERTY_SALE", 10, 10, true, 7, 3, ",\"mayorVote\":\"YEA\",\"mayorPresent\":true").get("answer");
        assertEquals(8, a.get("votesNeeded").asInt()); // 3/4 of 10 = 7.5 -> 8
        assertTrue(a.get("mayorMayVote").asBoolean());
        assertFalse(a.get("passed").asBoolean());
    }

    @Test
    void s_55_10_b_1_interestedMemberAbstainsButCountsForQuorum() {
        JsonNode a = ask("VILLAGE", "INTERESTED_MEMBER_CONTRACT", 6, 6, true, 4, 1, ",\"presentNotVoting\":1,\"mayorPresent\":true").get("answer");
        assertEquals(4, a.get("votesNeeded").asInt()); // majority of 7
        assertTrue(a.get("passed").asBoolean());
    }

    @Test
    void s_40_20_noQuorumNoPassage() {
        // 8 seats + mayor = 9: quorum 5; 3 yes + 1 no present, mayor absent
        JsonNode a = ask("CITY", "OTHER_RESOLUTION_OR_MOTION", 8, 8, true, 3, 1, ",\"presentNotVoting\":0,\"mayorPresent\":false").get("answer");
        assertFalse(a.get("quorumPresent").asBoolean());
        assertEquals(5, a.get("quorum").asInt());
    }

    @Test
    void s_45_5_villageBoardActsLikeACouncil() {
        JsonNode e = ask("VILLAGE", "ORDINANCE", 6, 6, true, 3, 3, ",\"mayorVote\":\"YEA\",\"mayorPresent\":true");
        assertTrue(e.get("answer").get("passed").asBoolean());
        assertTrue(e.toString().contains("65 ILCS 5/3.1-45-5"));
    }

    @Test
    void needsTheMayorsVoteOnlyWhenItDecides() {
        JsonNode e = ask("CITY", "ORDINANCE", 8, 8, true, 4, 4, ",\"mayorPresent\":true");
        assertEquals("NEEDS_FACTS", e.get("status").asText());
        assertEquals("mayorVote", e.get("missingFacts").get(0).get("field").asText());
    }

    @Test
    void moreVotesThanMembersIs400() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ask("CITY", "ORDINANCE", 8, 8, true, 6, 4, ""));
        assertEquals("yeas", e.body().error().fields().get(0).field());
    }
}
