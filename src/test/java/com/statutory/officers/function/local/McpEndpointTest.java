package com.statutory.officers.function.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 13, part 1: the MCP server as a real client uses it, the SDK's own client (written by no one here) over
 * Streamable HTTP against the running local server: initialise, list the tools, call an answer, a NEEDS_FACTS and a
 * 400, and read the statute's words behind a citation. The client checks every structuredContent against the tool's
 * outputSchema (with networknt's validator).
 */
@QuarkusTest
class McpEndpointTest {

    @TestHTTPResource("/")
    java.net.URL server;

    /** The client's output check, with the validator the tests already use (the SDK's default needs another version). */
    static final class Checked implements JsonSchemaValidator {
        @Override
        public ValidationResponse validate(Map<String, Object> schema, Object content) {
            JsonNode s = Json.MAPPER.valueToTree(schema);
            Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(s).validate(Json.MAPPER.valueToTree(content));
            return problems.isEmpty() ? ValidationResponse.asValid(null) : ValidationResponse.asInvalid(problems.toString());
        }
    }

    private McpSyncClient client() {
        String base = "http://" + server.getHost() + ":" + server.getPort();
        // Jackson resolves a polymorphic type id (TextResourceContents) through the thread's context class loader; the client
        // converts on reactor threads, whose loader need not be the Quarkus test's, and a class from another loader is "not a
        // subtype" of its own base (seen once in CI): resolve with the loader the SDK's classes came from
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        json.setTypeFactory(json.getTypeFactory().withClassLoader(McpSchema.class.getClassLoader()));
        JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(json);
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(base).endpoint(McpEndpoint.PATH).jsonMapper(mapper).build();
        McpSyncClient client = McpClient.sync(transport).jsonSchemaValidator(new Checked()).requestTimeout(java.time.Duration.ofSeconds(30)).build();
        client.initialize();
        return client;
    }

    @Test
    void aClientListsEveryFunctionAsAToolWithItsSchemasAndHints() {
        try (McpSyncClient client = client()) {
            assertEquals("il-municipal-officers", client.getCurrentInitializationResult().serverInfo().name());
            var tools = client.listTools().tools();
            assertEquals(Catalogue.all().size(), tools.size());
            for (McpSchema.Tool t : tools) {
                assertEquals("object", t.inputSchema().get("type"), t.name());
                assertFalse(t.outputSchema().isEmpty(), t.name());
                assertTrue(t.annotations().readOnlyHint(), t.name());
                assertTrue(t.annotations().idempotentHint(), t.name());
                assertFalse(t.annotations().openWorldHint(), t.name());
            }
        }
    }

    /** 3.1-10-50(e): a trustee vacancy, answered; the envelope comes back as structuredContent, checked against outputSchema. */
    @Test
    void aToolCallAnswersWithTheEnvelopeAndCitationsByReference() {
        try (McpSyncClient client = client()) {
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("vacancy-filling", Map.of(
                    "municipality", Map.of("kind", "VILLAGE", "population", 3200), "office", "TRUSTEE", "cause", "RESIGNATION",
                    "vacancyDate", "2026-12-01", "nextGeneralElectionDate", "2027-04-06"), null));
            assertFalse(r.isError());
            JsonNode envelope = Json.MAPPER.valueToTree(r.structuredContent());
            assertEquals("ANSWERED", envelope.get("status").asText());
            assertEquals("2027-01-30", envelope.at("/answer/appointmentDeadline").asText());
            String text = ((McpSchema.TextContent) r.content().get(0)).text();
            assertTrue(text.startsWith("ANSWERED: " + envelope.get("summary").asText()), text);
            assertTrue(text.contains("statute://65-ILCS-5/3.1-10-50(e)"), text);
        }
    }

    @Test
    void aCallMissingAFactIsNeedsFactsAndBadFactsAreAnErrorTheModelCanFix() {
        try (McpSyncClient client = client()) {
            McpSchema.CallToolResult needs = client.callTool(new McpSchema.CallToolRequest("veto", Map.of(), null));
            assertFalse(needs.isError());
            assertEquals("NEEDS_FACTS", Json.MAPPER.valueToTree(needs.structuredContent()).get("status").asText());

            McpSchema.CallToolResult bad = client.callTool(new McpSchema.CallToolRequest("vacancy-filling",
                    Map.of("office", "KING"), null));
            assertTrue(bad.isError());
            String words = ((McpSchema.TextContent) bad.content().get(0)).text();
            assertTrue(words.contains("- office: must be one of: MAYOR"), words);
        }
    }

    @Test
    void theWordsBehindACitationAreAResource() {
        try (McpSyncClient client = client()) {
            McpSchema.ReadResourceResult r = client.readResource(new McpSchema.ReadResourceRequest(com.statutory.officers.function.McpTools.RESOURCE_PREFIX + "3.1-10-50(e)"));
            String text = ((McpSchema.TextResourceContents) r.contents().get(0)).text();
            assertEquals(com.statutory.officers.statute.Corpus.get().require("3.1-10-50(e)").text(), text);
            assertTrue(text.startsWith("(e) Appointment to fill alderperson or trustee vacancy."), text);
        }
    }
}
