package com.statutory.officers.function.lambda;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.Json;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 13, part 1: the MCP server's Lambda (QUARKUS_FUNQY_EXPORT=mcp) through Quarkus's mock event server, fed API
 * Gateway proxy events as the /v1/mcp route sends them: initialize, a notification (202), tools/list, a tool call.
 */
@QuarkusTest
@TestProfile(McpLambdaTest.McpExport.class)
class McpLambdaTest {

    public static class McpExport implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", com.statutory.officers.deploy.OpenApiDocument.MCP);
        }
    }

    /** Answers are read without the 64 KB limit on what callers send: tools/list is larger. */
    private static final com.fasterxml.jackson.databind.ObjectMapper READ = new com.fasterxml.jackson.databind.ObjectMapper();

    private static JsonNode post(String jsonRpc) throws Exception {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.put("resource", "/v1/mcp").put("path", "/v1/mcp").put("httpMethod", "POST").put("isBase64Encoded", false);
        event.putObject("headers").put("content-type", "application/json").put("accept", "application/json, text/event-stream");
        event.put("body", jsonRpc);
        String response = given().contentType("application/json").body(Json.MAPPER.writeValueAsString(event)).when().post().then().statusCode(200)
                .extract().asString();
        return READ.readTree(response);
    }

    @Test
    void initializeListAndCallThroughProxyEvents() throws Exception {
        JsonNode init = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        assertEquals(200, init.get("statusCode").asInt());
        assertEquals("il-municipal-officers", READ.readTree(init.get("body").asText()).at("/result/serverInfo/name").asText());

        JsonNode note = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertEquals(202, note.get("statusCode").asInt());
        assertEquals("", note.get("body").asText());

        JsonNode list = READ.readTree(post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}").get("body").asText());
        assertEquals(com.statutory.officers.catalogue.Catalogue.all().size(), list.at("/result/tools").size());

        // 3.1-10-50(e): the appointment deadline, 60 days after the vacancy
        JsonNode call = READ.readTree(post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"vacancy-filling\","
                + "\"arguments\":{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":3200},\"office\":\"TRUSTEE\",\"cause\":\"RESIGNATION\","
                + "\"vacancyDate\":\"2026-12-01\",\"nextGeneralElectionDate\":\"2027-04-06\"}}}").get("body").asText());
        assertEquals("2027-01-30", call.at("/result/structuredContent/answer/appointmentDeadline").asText());
        assertTrue(call.at("/result/content/0/text").asText().contains("statute://65-ILCS-5/3.1-10-50(e)"));
    }

    @Test
    void notJsonRpcIsAParseErrorNotJsonIs415AndOtherMethodsAre405() throws Exception {
        JsonNode bad = post("not json");
        assertEquals(400, bad.get("statusCode").asInt());
        assertEquals(-32700, READ.readTree(bad.get("body").asText()).at("/error/code").asInt());
        ObjectNode text = Json.MAPPER.createObjectNode().put("httpMethod", "POST").put("path", "/v1/mcp").put("body", "{}");
        text.putObject("headers").put("Content-Type", "text/plain");
        String refused = given().contentType("application/json").body(Json.MAPPER.writeValueAsString(text)).when().post().then().extract().asString();
        assertEquals(415, READ.readTree(refused).get("statusCode").asInt());
        ObjectNode get = Json.MAPPER.createObjectNode().put("httpMethod", "GET").put("path", "/v1/mcp");
        String response = given().contentType("application/json").body(Json.MAPPER.writeValueAsString(get)).when().post().then().extract().asString();
        assertEquals(405, READ.readTree(response).get("statusCode").asInt());
    }
}
