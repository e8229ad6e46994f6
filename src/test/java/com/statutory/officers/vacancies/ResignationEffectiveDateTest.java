package com.statutory.officers.vacancies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;

/** 65 ILCS 5/3.1-10-50(a) and 3.1-10-51(a)(1). */
class ResignationEffectiveDateTest {

    private static JsonNode ask(String rest) {
        return Ask.json("resignation-effective-date", "{\"municipality\":{\"kind\":\"CITY\",\"population\":42000}," + rest + "}");
    }

    private static final String FORMAL = "\"inWriting\":true,\"signed\":true,\"notarized\":true,\"receivedDate\":\"2026-03-02\"";



    @Test
    void a_1_effectiveOnTheLaterOfStatedDateAndReceipt() {
        assertEquals("2026-03-02", ask(FORMAL + ",\"conditional\":false,\"statedEffectiveDate\":\"2026-02-15\"").get("answer").get("effectiveDate").asText());
        assertEquals("2026-03-02", ask(FORMAL + ",\"conditional\":false,\"statesEffectiveDate\":false").get("answer").get("effectiveDate").asText());
        assertEquals("2026-03-02", ask(FORMAL + ",\"conditional\":false,\"statesEffectiveDate\":false").get("answer").get("withdrawableUntil").asText());
    }

    @Test
    void a_2_conditionalResignationTakesEffectOnTheEventAndIsWithdrawableUntilThen() {
        JsonNode a = ask(FORMAL + ",\"conditional\":true,\"conditionOccurredDate\":\"2026-04-10\",\"withdrawnBeforeCondition\":false").get("answer");
        assertEquals("2026-04-10", a.get("effectiveDate").asText());
        // issue 25: the event not given is not "the event has not occurred" - it is asked
        assertEquals("conditionOccurred", ask(FORMAL + ",\"conditional\":true").get("missingFacts").get(0).get("field").asText());
        JsonNode pending = ask(FORMAL + ",\"conditional\":true,\"conditionOccurred\":false").get("answer");
        assertTrue(pending.get("effectiveDate") == null);
        assertEquals("until the specified event occurs", pending.get("withdrawable").asText());
        JsonNode before = ask(FORMAL + ",\"conditional\":true,\"conditionOccurredDate\":\"2026-02-01\",\"withdrawnBeforeCondition\":false").get("answer");
        assertEquals("2026-03-02", before.get("effectiveDate").asText());
    }

    @Test
    void a_4_clerkForwardsWithin7BusinessDaysSkippingWeekendsAndListedHolidays() {
        // received Friday 2026-02-27: Mar 2,3,4,5,6,9,10
        assertEquals("2026-03-10", ask(FORMAL + ",\"conditional\":false,\"statesEffectiveDate\":false,\"clerkReceivedDate\":\"2026-02-27\"").get("answer").get("clerkForwardingDeadline").asText());
        assertEquals("2026-03-11", ask(FORMAL + ",\"conditional\":false,\"statesEffectiveDate\":false,\"clerkReceivedDate\":\"2026-02-27\",\"holidays\":[\"2026-03-02\"]").get("answer").get("clerkForwardingDeadline").asText());
    }

    @Test
    void a_notNotarizedIsNotEffectiveWhateverElseIsMissing() {
        JsonNode e = ask("\"notarized\":false");
        assertEquals("ANSWERED", e.get("status").asText());
        assertFalse(e.get("answer").get("valid").asBoolean());
    }

    @Test
    void a_unknownFormalityIsAskedNotAssumed() {
        JsonNode e = ask("\"inWriting\":true,\"signed\":true,\"receivedDate\":\"2026-03-02\",\"conditional\":false");
        assertEquals("NEEDS_FACTS", e.get("status").asText());
        assertEquals("notarized", e.get("missingFacts").get(0).get("field").asText());
    }

    @Test
    void section_3_1_10_51_a_1_500000OrMoreIsNotApplicable() {
        JsonNode e = Ask.json("resignation-effective-date", "{\"municipality\":{\"kind\":\"CITY\",\"population\":500000}," + FORMAL + "}");
        assertEquals("NOT_APPLICABLE", e.get("status").asText());
        assertTrue(e.toString().contains("65 ILCS 5/3.1-10-51(a)(1)"));
    }
}
