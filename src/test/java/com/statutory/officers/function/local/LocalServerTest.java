package com.statutory.officers.function.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

import io.quarkus.test.junit.QuarkusTest;

/** The local server binding end to end: every function at POST /<name>, and the 400 contract. */
@QuarkusTest
class LocalServerTest {

    @Test
    void everyCatalogueFunctionAnswersItsOwnExample() throws Exception {
        for (Question<?, ?> q : Catalogue.all()) {
            given().contentType("application/json").body(Json.MAPPER.writeValueAsString(q.example()))
                    .when().post("/" + q.name())
                    .then().statusCode(200).body("question", equalTo(q.name())).body("status", equalTo("ANSWERED"))
                    .body("law.source", equalTo("65 ILCS 5/Art. 3.1"));
        }
    }

    /** The server writes the envelope with the product's one JSON configuration: byte for byte what the core produces. */
    @Test
    void theServerReturnsExactlyTheCoresBytes() throws Exception {
        for (Question<?, ?> q : Catalogue.all()) {
            String input = Json.MAPPER.writeValueAsString(q.example());
            String body = given().contentType("application/json").body(input).when().post("/" + q.name()).then().statusCode(200)
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertEquals(Json.write(Catalogue.answer(q.name(), Json.MAPPER.readTree(input))), body, q.name());
        }
    }

    @Test
    void vacancyFilling_3_1_10_50_e_deadlineThroughTheServer() {
        given().contentType("application/json")
                .body("{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":3200},\"office\":\"TRUSTEE\",\"cause\":\"RESIGNATION\",\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\"}")
                .when().post("/vacancy-filling")
                .then().statusCode(200).body("answer.appointmentDeadline", equalTo("2027-01-30"))
                .body("citations.cite", hasItem("65 ILCS 5/3.1-10-50(e)"))
                .body("citations.find { it.cite == '65 ILCS 5/3.1-10-50(e)' }.text", startsWith("(e) Appointment to fill alderperson or trustee vacancy."));
    }

    @Test
    void badInputIs400NamingEveryField() {
        given().contentType("application/json")
                .body("{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":-3},\"office\":\"MAYOR\"}")
                .when().post("/vacancy-filling")
                .then().statusCode(400).body("error.code", equalTo("INVALID_INPUT"))
                .body("error.fields.field", hasItem("municipality.population"))
                .body("error.fields.field", hasItem("office"));
    }

    @Test
    void wrongTypesUnknownFieldsMalformedDatesAndBrokenJsonAre400() {
        for (String body : new String[] { "{\"municipality\":{\"population\":\"3200\"}}", "{\"colour\":\"red\"}",
                "{\"vacancyDate\":\"2026-02-30\"}", "{\"office\":\"KING\"}", "{bad json", "[]", "",
                "{\"office\":\"MAYOR\",\"office\":\"TRUSTEE\"}", "{\"vacancyDate\":[2026,1,15]}", "{\"office\":\" TRUSTEE \"}" }) {
            given().contentType("application/json").body(body).when().post("/vacancy-filling")
                    .then().statusCode(400).body("error.code", equalTo("INVALID_INPUT"));
        }
    }

    /** Issue 14, finding 1: only JSON is read; any other body is refused before it is read, in the error shape. */
    @Test
    void nonJsonBodiesAre415() {
        for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded", "application/xml" }) {
            given().contentType(type).body("{\"office\":\"MAYOR\"}").when().post("/vacancy-filling")
                    .then().statusCode(415).body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        }
        given().contentType("application/json; charset=utf-8").body("{}").when().post("/vacancy-filling").then().statusCode(200);
    }

    @Test
    void oversizedBodyIs400() {
        String big = "{\"query\":\"" + "a".repeat(70_000) + "\"}";
        given().contentType("application/json").body(big).when().post("/statute-search").then().statusCode(400);
    }

    @Test
    void openApiAndWidgetAreServed() {
        given().when().get("/openapi.json").then().statusCode(200).body("paths.'/vacancy-filling'.post.operationId", equalTo("vacancy-filling"));
        given().when().get("/widget/iml-questions.js").then().statusCode(200);
    }

    @Test
    void unknownFunctionIs404Json() {
        given().contentType("application/json").body("{}").when().post("/no-such-question")
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void statuteSectionUnknownCitationIs400() {
        given().contentType("application/json").body("{\"citation\":\"3.1-10-99\"}").when().post("/statute-section")
                .then().statusCode(400).body("error.fields[0].field", equalTo("citation"));
    }
}
