package com.statutory.officers.vacancies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;
import com.statutory.officers.answer.InvalidInputException;

/** 65 ILCS 5/3.1-10-50, 3.1-10-51 and the offices' own vacancy sections. */
/** What the YAML cases cannot say (citations among many, stage-by-stage nominee deadlines); the boundary cases are in cases/vacancy-filling.yaml. */
class VacancyFillingTest {

    private static JsonNode ask(String json) {
        return Ask.json("vacancy-filling", json);
    }

    private static String village(int population, String office, String rest) {
        return "{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":" + population + "},\"office\":\"" + office + "\",\"cause\":\"RESIGNATION\"," + rest + "}";
    }

    private static String city(int population, String office, String rest) {
        return "{\"municipality\":{\"kind\":\"CITY\",\"population\":" + population + "},\"office\":\"" + office + "\",\"cause\":\"RESIGNATION\"," + rest + "}";
    }

    // 2026-11-27 + 28 months = 2029-03-27; 2026-11-27 to 2027-04-06 is exactly 130 days.
    private static final String EXACT = "\"termLengthYears\":4,\"termEndDate\":\"2029-03-27\",\"vacancyDate\":\"2026-11-27\",\"nextGeneralElectionDate\":\"2027-04-06\"";





    @Test
    void f_1_mayorOfACityIsReplacedByAnActingMayorFromTheCouncil() {
        JsonNode e = ask(city(42000, "MAYOR", "\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\""));
        assertEquals("ACTING_MAYOR_OR_PRESIDENT", e.get("answer").get("method").asText());
        assertTrue(e.toString().contains("65 ILCS 5/3.1-10-50(f)(1)"));
        assertTrue(e.toString().contains("65 ILCS 5/3.1-10-50(d)"));
    }


    @Test
    void f_mayorWhoseTermGoesToTheElectionHasNoNamedInterim() {
        JsonNode a = ask(city(42000, "MAYOR", EXACT)).get("answer");
        assertEquals("ELECTION", a.get("method").asText());
        assertTrue(a.get("interim") == null);
    }


    @Test
    void a_3_1_10_51_b_longVacancyInLargeCityMayorIsElectedWithActingMayorMeanwhile() {
        JsonNode e = ask(city(2_700_000, "MAYOR", EXACT.replace("\"termLengthYears\":4,", "")));
        assertEquals("ELECTION", e.get("answer").get("method").asText());
        assertEquals("the acting mayor", e.get("answer").get("interim").asText());
        assertTrue(e.toString().contains("65 ILCS 5/3.1-10-51(b)"));
    }

    @Test
    void section_3_1_20_5_cityClerkIsAppointedByTheMayorWithCouncilConsent() {
        JsonNode e = ask(city(42000, "CLERK", "\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\""));
        assertEquals("APPOINTMENT", e.get("answer").get("method").asText());
        assertEquals("the city council", e.get("answer").get("adviceAndConsentOf").asText());
        assertTrue(e.toString().contains("65 ILCS 5/3.1-20-5"));
    }

    @Test
    void section_3_1_25_90_villageClerkLongVacancyHasAnActingClerkUntilTheElection() {
        JsonNode a = ask(village(3200, "CLERK", EXACT)).get("answer");
        assertEquals("ELECTION", a.get("method").asText());
        assertTrue(a.get("interim").asText().contains("president"));
    }

    @Test
    void section_3_1_25_95_townCollectorIsAppointedByPresidentAndBoardJointly() {
        String town = "{\"municipality\":{\"kind\":\"INCORPORATED_TOWN\",\"population\":25000},\"office\":\"COLLECTOR\",\"cause\":\"DEATH\",\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\"}";
        JsonNode a = ask(town).get("answer");
        assertEquals("the president and board of trustees, voting jointly", a.get("filledBy").asText());
    }

    @Test
    void f_3_otherElectiveOfficeIsAppointedUntilFilledByElection() {
        JsonNode e = ask(city(42000, "OTHER_ELECTIVE", "\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\""));
        assertEquals("APPOINTMENT", e.get("answer").get("method").asText());
        assertTrue(e.toString().contains("65 ILCS 5/3.1-10-50(f)(3)"));
    }

    @Test
    void e_secondNomineeThenTemporaryAppointment() {
        JsonNode a = ask(village(3200, "TRUSTEE", "\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\","
                + "\"firstNomineeForwardedDate\":\"2027-01-10\",\"firstNomineeConsented\":false,"
                + "\"secondNomineeForwardedDate\":\"2027-02-15\",\"secondNomineeConsented\":false")).get("answer");
        assertEquals("2027-01-30", a.get("appointmentDeadline").asText());
        assertEquals("2027-02-09", a.get("firstNomineeActionDeadline").asText());
        assertTrue(a.get("secondNomineeRequired").asBoolean());
        assertEquals("2027-03-17", a.get("secondNomineeActionDeadline").asText());
        assertTrue(a.get("temporaryAppointmentAvailable").asBoolean());
    }

    @Test
    void section_3_1_10_55_noQuorumInOfficeLetsAMajorityOfThoseHoldingOfficeConfirm() {
        JsonNode a = ask(village(3200, "TRUSTEE", "\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\",\"quorumInOffice\":false")).get("answer");
        assertTrue(a.get("confirmableByMajorityHoldingOffice").asBoolean());
    }

    @Test
    void needsFacts_termLengthOnlyWhenTheVacancyIsEarlyEnough() {
        JsonNode e = ask(village(3200, "TRUSTEE", "\"vacancyDate\":\"2026-11-27\",\"nextGeneralElectionDate\":\"2027-04-06\""));
        assertEquals("NEEDS_FACTS", e.get("status").asText());
        assertEquals("termLengthYears", e.get("missingFacts").get(0).get("field").asText());
        assertEquals("NEEDS_FACTS", ask("{}").get("status").asText());
    }

    @Test
    void contradictoryFactsAre400s() {
        InvalidInputException mayor = assertThrows(InvalidInputException.class,
                () -> ask(village(3200, "MAYOR", "\"vacancyDate\":\"2026-12-01\"")));
        assertEquals("office", mayor.body().error().fields().get(0).field());
        InvalidInputException term = assertThrows(InvalidInputException.class,
                () -> ask(city(600_000, "ALDERPERSON", "\"termLengthYears\":2")));
        assertEquals("termLengthYears", term.body().error().fields().get(0).field());
        InvalidInputException three = assertThrows(InvalidInputException.class,
                () -> ask(city(6000, "ALDERPERSON", "\"termLengthYears\":3")));
        assertEquals("must be 2 or 4", three.body().error().fields().get(0).problem());
        InvalidInputException order = assertThrows(InvalidInputException.class,
                () -> ask(city(6000, "ALDERPERSON", "\"termEndDate\":\"2026-01-01\",\"vacancyDate\":\"2026-02-01\"")));
        assertEquals("termEndDate", order.body().error().fields().get(0).field());
    }
}
