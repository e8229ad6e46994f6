package com.statutory.officers.function.lambda;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The Lambda binding through Quarkus's mock event server (built with -Plambda): one function per
 * deployment, selected by quarkus.funqy.export as QUARKUS_FUNQY_EXPORT does on AWS.
 */
@QuarkusTest
@TestProfile(LambdaBindingTest.VacancyFillingExport.class)
class LambdaBindingTest {

    public static class VacancyFillingExport implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "vacancy-filling");
        }
    }

    @Test
    void vacancyFilling_3_1_10_50_e_answersThroughTheLambdaEvent() {
        given().contentType("application/json")
                .body("{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":3200},\"office\":\"TRUSTEE\",\"cause\":\"RESIGNATION\",\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\"}")
                .when().post()
                .then().statusCode(200).body("question", equalTo("vacancy-filling"))
                .body("answer.appointmentDeadline", equalTo("2027-01-30"));
    }

    /** What API Gateway's integration-response pattern matches: the exception class, then the catalogue's error JSON. */
    @Test
    void badInputReportsTheErrorBodyAsTheLambdaErrorMessage() throws Exception {
        String body = given().contentType("application/json")
                .body("{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":-3}}")
                .when().post().then().extract().asString();
        JsonNode error = Json.MAPPER.readTree(body);
        String message = error.get("errorMessage").asText();
        String prefix = InvalidInputException.class.getName() + ": ";
        assertTrue(message.startsWith(prefix), message);
        // the gateway's integration response selects 400 with this pattern, and its template keeps what follows ": "
        assertTrue(java.util.regex.Pattern.matches(com.statutory.officers.deploy.OpenApiDocument.INVALID_INPUT_PATTERN, message), message);
        JsonNode contract = Json.MAPPER.readTree(message.substring(prefix.length()));
        assertEquals("INVALID_INPUT", contract.at("/error/code").asText());
        assertEquals("municipality.population", contract.at("/error/fields/0/field").asText());
    }
}
