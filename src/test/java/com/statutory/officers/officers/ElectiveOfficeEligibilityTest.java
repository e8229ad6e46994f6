package com.statutory.officers.officers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.Ask;

/** 65 ILCS 5/3.1-10-5, 3.1-20-25(c), 3.1-25-75(b). */
class ElectiveOfficeEligibilityTest {

    private static JsonNode ask(String kind, String office, String rest) {
        return Ask.json("elective-office-eligibility", "{\"municipality\":{\"kind\":\"" + kind + "\",\"population\":42000},\"office\":\"" + office
                + "\",\"electionOrAppointmentDate\":\"2027-04-06\",\"qualifiedElector\":true,\"inArrearsAtOath\":false,"
                + "\"convictedOfDisqualifyingCrime\":false," + rest + "}");
    }


    @Test
    void c_alderpersonNeedsAYearInTheWard() {
        assertFalse(ask("CITY", "ALDERPERSON", "\"municipalResidenceSince\":\"2010-01-01\",\"wardResidenceSince\":\"2026-06-01\",\"firstElectionAfterRedistricting\":false")
                .get("answer").get("eligibleToBeElectedOrAppointed").asBoolean());
    }

    @Test
    void s_20_25_c_afterRedistrictingAYearInThePartOfTheOldWardCounts() {
        JsonNode a = ask("CITY", "ALDERPERSON", "\"municipalResidenceSince\":\"2010-01-01\",\"wardResidenceSince\":\"2026-06-01\","
                + "\"firstElectionAfterRedistricting\":true,\"newlyIncorporated\":false,\"newWardContainsPartOfOldWard\":true,\"oldWardResidenceSince\":\"2015-01-01\"").get("answer");
        assertTrue(a.get("eligibleToBeElectedOrAppointed").asBoolean());
    }

    @Test
    void s_25_75_b_districtTrusteeNeedsSixMonthsInTheDistrictAfterRedistricting_unlessNewlyIncorporated() {
        String base = "\"municipalResidenceSince\":\"2010-01-01\",\"districtTrustee\":true,\"firstElectionAfterRedistricting\":true,";
        assertTrue(ask("VILLAGE", "TRUSTEE", base + "\"newlyIncorporated\":false,\"districtResidenceSince\":\"2026-10-06\"").get("answer").get("eligibleToBeElectedOrAppointed").asBoolean());
        assertFalse(ask("VILLAGE", "TRUSTEE", base + "\"newlyIncorporated\":false,\"districtResidenceSince\":\"2026-10-07\"").get("answer").get("eligibleToBeElectedOrAppointed").asBoolean());
        assertTrue(ask("VILLAGE", "TRUSTEE", base + "\"newlyIncorporated\":true,\"districtResidenceSince\":\"2027-01-07\"").get("answer").get("eligibleToBeElectedOrAppointed").asBoolean());
    }

    @Test
    void d_militaryServiceAwayCountsAsResidence() {
        JsonNode a = ask("CITY", "MAYOR", "\"municipalResidenceSince\":\"2026-12-01\",\"militaryService\":{\"residenceBeganBeforeService\":\"2015-05-01\","
                + "\"residentImmediatelyBefore\":true,\"residentAgainImmediatelyAfter\":true}").get("answer");
        assertTrue(a.get("eligibleToBeElectedOrAppointed").asBoolean());
        assertEquals("2015-05-01", a.get("residenceCountedFrom").asText());
    }

    @Test
    void b_oathIsSeparate_arrearsOrUnrestoredConvictionBarIt() {
        JsonNode a = Ask.json("elective-office-eligibility", "{\"office\":\"MAYOR\",\"electionOrAppointmentDate\":\"2027-04-06\",\"qualifiedElector\":true,"
                + "\"municipalResidenceSince\":\"2010-01-01\",\"inArrearsAtOath\":false,\"convictedOfDisqualifyingCrime\":true,\"rightsRestored\":false}").get("answer");
        assertTrue(a.get("eligibleToBeElectedOrAppointed").asBoolean());
        assertFalse(a.get("eligibleToTakeOath").asBoolean());
    }

    @Test
    void missingResidenceDateIsAsked() {
        JsonNode e = Ask.json("elective-office-eligibility", "{\"office\":\"MAYOR\",\"electionOrAppointmentDate\":\"2027-04-06\",\"qualifiedElector\":true,"
                + "\"inArrearsAtOath\":false,\"convictedOfDisqualifyingCrime\":false}");
        assertEquals("NEEDS_FACTS", e.get("status").asText());
        assertEquals("municipalResidenceSince", e.get("missingFacts").get(0).get("field").asText());
    }
}
