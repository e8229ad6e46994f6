package com.statutory.officers.function.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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

    /** Issue 14, findings 4 and 7: one limit and one encoding on both bindings (the Lambda path reads with answer.Json's limits). */
    @Test
    void theBodyLimitIsTheLambdaPathsAndBomsAre400() {
        org.junit.jupiter.api.Assertions.assertEquals(Json.MAX_INPUT_BYTES / 1024 + "K",
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", String.class));
        given().contentType("application/json").body("\uFEFF{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/veto")
                .then().statusCode(400).body("error.code", equalTo("INVALID_INPUT")).body("error.fields[0].problem", containsString("UTF-8"));
        given().contentType("application/json").body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_16)).when().post("/veto")
                .then().statusCode(400).body("error.code", equalTo("INVALID_INPUT"));
    }

    /** Issue 14, finding 9: an overlong address or oversized headers are answered in the error shape, not a bare status. */
    @Test
    void longAddressesAndLargeHeadersGetJsonErrors() {
        given().contentType("application/json").body("{}").when().post("/veto/" + "a".repeat(4096))
                .then().statusCode(414).contentType("application/json").body("error.code", equalTo("URI_TOO_LONG"));
        given().contentType("application/json").header("X-Padding", "a".repeat(20 * 1024)).body("{}").when().post("/veto")
                .then().statusCode(431).contentType("application/json").body("error.code", equalTo("HEADERS_TOO_LARGE"));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL server;

    /** Issue 14, finding 9: an address with a bad %-escape gets the error shape, not Quarkus's bare 400. */
    @Test
    void aMalformedAddressGetsAJsonError() throws Exception {
        for (String path : new String[] { "/veto?a=%", "/veto?%zz=1", "/veto%zz" }) {
            try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 2\r\nConnection: close\r\n\r\n{}").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                org.junit.jupiter.api.Assertions.assertTrue(response.startsWith("HTTP/1.1 400"), path + ": " + response);
                org.junit.jupiter.api.Assertions.assertTrue(response.contains("\"code\":\"INVALID_URI\""), path + ": " + response);
            }
        }
    }

    /** Issue 14, finding 9: a request cut off halfway is not held open (idle timeout, 5 s under test, 30 s otherwise). */
    @Test
    void aPartialRequestIsClosed() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("POST /veto HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{".getBytes());
            socket.getOutputStream().flush();
            long start = System.nanoTime();
            byte[] buffer = new byte[4096];
            while (socket.getInputStream().read(buffer) >= 0) {
                // whatever the server answers before closing is fine; what matters is that it closes
            }
            org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - start < 15_000_000_000L);
        }
    }

    @Test
    void openApiAndWidgetAreServed() {
        given().when().get("/openapi.json").then().statusCode(200).body("paths.'/v1/vacancy-filling'.post.operationId", equalTo("vacancyFilling"));
        given().when().get("/widget/iml-questions.js").then().statusCode(200);
    }

    /** Issue 13, part 4: the public contract's paths work locally too: POST /v1/{name}, and GET /questions as on AWS. */
    @Test
    void theContractsPathsAnswerLocally() {
        given().contentType("application/json").body("{}").when().post("/v1/veto").then().statusCode(200).body("status", equalTo("NEEDS_FACTS"));
        given().contentType("application/json").body("{}").when().post("/v1/no-such-question").then().statusCode(404);
        for (String path : new String[] { "/questions", "/v1/questions" }) {
            given().when().get(path).then().statusCode(200).body("question", equalTo("questions"))
                    .body("answer.functions.size()", equalTo(Catalogue.all().size()));
        }
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
