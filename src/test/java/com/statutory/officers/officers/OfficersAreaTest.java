package com.statutory.officers.officers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;
import com.statutory.officers.answer.InvalidInputException;

/** 3.1-10-6, 3.1-30-10(b), 3.1-30-20(b), 3.1-10-30, 3.1-10-15 and the term sections, 3.1-10-17, 3.1-50-*, 3.1-15-15. */
class OfficersAreaTest {


    @Test
    void s_10_6_c_incorporatedTownThatSupersededATownshipCannot() {
        JsonNode a = Ask.json("appointive-office-eligibility", "{\"municipality\":{\"kind\":\"INCORPORATED_TOWN\",\"population\":30000},\"office\":\"FIREFIGHTER\","
                + "\"qualifiedElector\":false,\"residencyOrdinanceAllowsOutside\":true,\"supersededCivilTownship\":true}").get("answer");
        assertFalse(a.get("mayBeAppointed").asBoolean());
    }

    @Test
    void s_10_6_b_collectorExemptUnlessTheClerkIsCollector() {
        String q = "{\"municipality\":{\"kind\":\"CITY\"},\"office\":\"COLLECTOR\",\"qualifiedElector\":false,\"clerkDesignatedCollector\":%s}";
        assertTrue(Ask.json("appointive-office-eligibility", q.formatted("false")).get("answer").get("mayBeAppointed").asBoolean());
        assertFalse(Ask.json("appointive-office-eligibility", q.formatted("true")).get("answer").get("mayBeAppointed").asBoolean());
    }

    @Test
    void s_30_10_b_deputyClerkNeedNotBeAResidentUnder500000() {
        String q = "{\"municipality\":{\"kind\":\"CITY\",\"population\":%d},\"office\":\"DEPUTY_CLERK\",\"qualifiedElector\":false}";
        assertTrue(Ask.json("appointive-office-eligibility", q.formatted(499_999)).get("answer").get("mayBeAppointed").asBoolean());
        assertFalse(Ask.json("appointive-office-eligibility", q.formatted(500_000)).get("answer").get("mayBeAppointed").asBoolean());
    }

    @Test
    void s_30_20_b_auxiliaryPoliceBars() {
        JsonNode a = Ask.json("appointive-office-eligibility", "{\"office\":\"AUXILIARY_POLICE_OFFICER\",\"qualifiedElector\":true,"
                + "\"convictedOfFelonyOrMoralTurpitude\":true,\"fingerprintsTaken\":true}").get("answer");
        assertFalse(a.get("mayBeAppointed").asBoolean());
    }

    @Test
    void s_10_30_bondMinimums() {
        assertEquals(3000, Ask.json("officer-bond", "{\"office\":\"MAYOR_OR_PRESIDENT\"}").get("answer").get("minimumPenalSum").asLong());
        assertEquals(126_000, Ask.json("officer-bond", "{\"municipality\":{\"population\":42000},\"office\":\"TREASURER\",\"laterMotorFuelTaxFigure\":false}").get("answer").get("minimumPenalSum").asLong());
        assertEquals(129_000, Ask.json("officer-bond", "{\"municipality\":{\"population\":42000},\"office\":\"TREASURER\",\"laterMotorFuelTaxFigure\":true,\"motorFuelTaxPopulation\":43000}").get("answer").get("minimumPenalSum").asLong());
        assertFalse(Ask.json("officer-bond", "{\"office\":\"ALDERPERSON_OR_TRUSTEE\"}").get("answer").get("bondRequired").asBoolean());
        assertEquals("the municipal treasurer", Ask.json("officer-bond", "{\"office\":\"CLERK\"}").get("answer").get("filedWith").asText());
    }

    @Test
    void s_10_17_termLimitsFromNovember8_2016() {
        assertEquals("NOT_APPLICABLE", Ask.json("term-limits", "{\"passedOn\":\"2016-11-07\"}").get("status").asText());
        JsonNode a = Ask.json("term-limits", "{\"passedOn\":\"2016-11-08\",\"countsPriorService\":true,\"countsOtherOfficeCategories\":true,\"homeRule\":true}").get("answer");
        assertTrue(a.get("validProspectively").asBoolean());
        assertEquals(2, a.get("invalidParts").size());
    }


    @Test
    void s_50_5_duringTheTerm_electiveNeither_appointedUpOnly_vacancyAppointeeNeither() {
        String q = "{\"holder\":\"%s\",\"change\":\"%s\",\"takesEffectOn\":\"2026-01-01\",\"currentTermStart\":\"2025-05-01\",\"currentTermEnd\":\"2027-04-30\","
                + "\"currentSalaryFixedIn\":\"OTHER_ORDINANCE\",\"corporateAuthoritiesRate\":\"NOT_A_MEMBER_OF_THE_CORPORATE_AUTHORITIES\"}";
        assertFalse(Ask.json("compensation-change", q.formatted("ELECTIVE", "DECREASE")).get("answer").get("mayTakeEffect").asBoolean());
        assertTrue(Ask.json("compensation-change", q.formatted("APPOINTED", "INCREASE")).get("answer").get("mayTakeEffect").asBoolean());
        assertFalse(Ask.json("compensation-change", q.formatted("APPOINTED", "DECREASE")).get("answer").get("mayTakeEffect").asBoolean());
        assertFalse(Ask.json("compensation-change", q.formatted("APPOINTED_TO_FILL_ELECTIVE_VACANCY", "INCREASE")).get("answer").get("mayTakeEffect").asBoolean());
    }

    @Test
    void s_50_10_appropriationSalaryFixedForTheFiscalYear() {
        JsonNode a = Ask.json("compensation-change", "{\"holder\":\"APPOINTED\",\"change\":\"INCREASE\",\"takesEffectOn\":\"2026-01-01\",\"currentTermStart\":\"2025-05-01\","
                + "\"currentTermEnd\":\"2027-04-30\",\"currentSalaryFixedIn\":\"APPROPRIATION_OR_BUDGET_ORDINANCE\",\"fiscalYearEnd\":\"2026-04-30\"}").get("answer");
        assertFalse(a.get("mayTakeEffect").asBoolean());
    }

    @Test
    void s_15_15_dualOffice() {
        assertTrue(Ask.json("dual-office", "{\"office\":\"TREASURER\",\"otherOffice\":\"VOLUNTEER_FIREFIGHTER\"}").get("answer").get("mayHoldBoth").asBoolean());
        assertFalse(Ask.json("dual-office", "{\"office\":\"TREASURER\",\"otherOffice\":\"OTHER_MUNICIPAL_OFFICE\",\"leaveOfAbsence\":false}").get("answer").get("mayHoldBoth").asBoolean());
        assertTrue(Ask.json("dual-office", "{\"office\":\"TREASURER\",\"otherOffice\":\"OTHER_MUNICIPAL_OFFICE\",\"leaveOfAbsence\":true}").get("answer").get("mayHoldBoth").asBoolean());
    }

    @Test
    void s_35_135_clerkAsCollectorUnder1000000Only() {
        String q = "{\"municipality\":{\"population\":%d},\"office\":\"CLERK\",\"otherOffice\":\"COLLECTOR\",\"collectorAppointed\":true,\"clerkMadeCollectorByOrdinance\":true,\"leaveOfAbsence\":false}";
        assertTrue(Ask.json("dual-office", q.formatted(999_999)).get("answer").get("mayHoldBoth").asBoolean());
        assertFalse(Ask.json("dual-office", q.formatted(1_000_000)).get("answer").get("mayHoldBoth").asBoolean());
    }

    @Test
    void s_10_65_termsAndTransitionTable() {
        JsonNode a = Ask.json("term-of-office", "{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":3200},\"office\":\"TRUSTEE\",\"twoYearTermsByReferendum\":true,"
                + "\"transition\":\"REDUCED_TO_2_YEARS\",\"firstElectionYear\":2027,\"electedInYear\":2028}").get("answer");
        assertEquals(2, a.get("termYears").asInt());
        assertEquals(1, a.get("transition").get(0).get("termYears").asInt());
        assertEquals(2, a.get("transition").get(1).get("termYears").asInt());
        JsonNode even = Ask.json("term-of-office", "{\"municipality\":{\"kind\":\"CITY\",\"population\":30000},\"office\":\"ALDERPERSON\",\"twoYearTermsByReferendum\":false,"
                + "\"transition\":\"LENGTHENED_TO_4_YEARS\",\"firstElectionYear\":2028,\"electedInYear\":2029}").get("answer");
        assertEquals(4, even.get("termYears").asInt());
        assertEquals(3, even.get("transition").get(0).get("termYears").asInt());
        assertThrows(InvalidInputException.class, () -> Ask.json("term-of-office", "{\"office\":\"ALDERPERSON\",\"transition\":\"REDUCED_TO_2_YEARS\",\"firstElectionYear\":2028}"));
    }

    @Test
    void s_15_10_villagePresidentPre1942TwoYearTerm() {
        JsonNode a = Ask.json("term-of-office", "{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":3200},\"office\":\"PRESIDENT\",\"twoYearTermsByReferendum\":false,"
                + "\"twoYearTermAdoptedBefore1942\":true}").get("answer");
        assertEquals(2, a.get("termYears").asInt());
    }

    @Test
    void s_10_15_inaugurationOrdinanceNoLaterThanTheFirstJuneMeeting() {
        String q = "{\"municipality\":{\"kind\":\"CITY\",\"population\":30000},\"office\":\"MAYOR\",\"twoYearTermsByReferendum\":false,"
                + "\"firstMeetingAfterResults\":\"2027-04-26\",\"inaugurationOrdinanceDate\":\"%s\",\"firstJuneMeeting\":\"2027-06-07\"}";
        assertEquals("2027-06-07", Ask.json("term-of-office", q.formatted("2027-06-07")).get("answer").get("startsOn").asText());
        assertEquals("2027-04-26", Ask.json("term-of-office", q.formatted("2027-06-08")).get("answer").get("startsOn").asText());
    }

    @Test
    void s_20_5_cityTreasurerAppointedOnlyAt10000OrFewer() {
        String q = "{\"municipality\":{\"kind\":\"CITY\",\"population\":%d},\"office\":\"TREASURER\",\"twoYearTermsByReferendum\":false,\"treasurerAppointedByOrdinance\":true}";
        assertEquals("NOT_APPLICABLE", Ask.json("term-of-office", q.formatted(10_000)).get("status").asText());
        assertThrows(InvalidInputException.class, () -> Ask.json("term-of-office", q.formatted(10_001)));
    }
}
