package com.statutory.officers.vacancies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;

/** 65 ILCS 5/3.1-10-50(c)(4) and 3.1-10-51(a)(3). */
class DebtVacancyTimelineTest {

    private static JsonNode ask(int population, String rest) {
        return Ask.json("debt-vacancy-timeline", "{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":" + population + "},"
                + "\"adjudicatedBeforeTribunal\":true,\"debtDueDate\":\"2025-11-01\",\"noticePersonallyServed\":true,"
                + "\"noticeReceivedDate\":\"2026-02-02\"" + rest + "}");
    }



    @Test
    void c_4_E_paidWithin30DaysKeepsTheOffice() {
        assertEquals("NOT_VACATED", ask(12000, ",\"paidDate\":\"2026-03-04\"").get("answer").get("outcome").asText());
    }

    @Test
    void c_4_B_C_D_contestedThenOrderedToPay() {
        JsonNode a = ask(12000, ",\"contestReceivedDate\":\"2026-02-20\",\"determinationServedDate\":\"2026-03-16\","
                + "\"determination\":\"DEBT_PROVEN_PAY_ORDERED\",\"reviewSought\":false,\"paidInFull\":false,\"asOf\":\"2026-05-01\"").get("answer");
        assertEquals("2026-03-22", a.get("deadlines").get(1).get("date").asText()); // hearing within 30 days
        assertEquals("2026-04-15", a.get("deadlines").get(2).get("date").asText()); // pay within 30 days
        assertEquals("2026-03-21", a.get("deadlines").get(3).get("date").asText()); // petition within 5 days
        assertEquals("2026-04-16", a.get("vacatedOn").asText());
    }

    @Test
    void c_4_D_F_iii_reviewUpheldThenUnpaid() {
        JsonNode a = ask(12000, ",\"contestReceivedDate\":\"2026-02-20\",\"determinationServedDate\":\"2026-03-16\","
                + "\"determination\":\"DEBT_PROVEN_PAY_ORDERED\",\"reviewPetitionFiledDate\":\"2026-03-20\","
                + "\"courtDecisionServedDate\":\"2026-05-01\",\"courtDecision\":\"UPHELD\",\"paidInFull\":false,\"asOf\":\"2026-06-05\"").get("answer");
        assertEquals("2026-04-19", a.get("deadlines").get(4).get("date").asText()); // court hearing within 30 days
        assertEquals("2026-06-01", a.get("vacatedOn").asText());
    }

    @Test
    void c_4_C_dismissedDebtDoesNotVacate() {
        assertEquals("NOT_VACATED", ask(12000, ",\"contestReceivedDate\":\"2026-02-20\",\"determinationServedDate\":\"2026-03-16\","
                + "\"determination\":\"DISMISSED\"").get("answer").get("outcome").asText());
    }

    @Test
    void section_3_1_10_51_a_3_appliesAt500000() {
        JsonNode e = ask(500_000, ",\"contested\":false,\"paidInFull\":false,\"asOf\":\"2026-03-10\"");
        assertEquals("3.1-10-51", e.get("answer").get("governingSection").asText());
        assertTrue(e.toString().contains("65 ILCS 5/3.1-10-51(a)(3)(A)"));
    }
}
