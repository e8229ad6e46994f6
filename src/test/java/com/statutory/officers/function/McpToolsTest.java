package com.statutory.officers.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;

/** The MCP server's tool calls carry the envelope exactly as the function's own binding writes it. */
class McpToolsTest {

    /** The catalogue's answer (some 70 KB) is larger than the 64 KB a caller may send: it must still come back whole. */
    @Test
    void theCatalogueToolAnswersInFull() throws Exception {
        String body = McpTools.exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"questions\",\"arguments\":{}}}")
                .block().body();
        JsonNode structured = new ObjectMapper().readTree(body).at("/result/structuredContent");
        assertEquals(new ObjectMapper().readTree(Json.write(Catalogue.answer("questions", Json.MAPPER.createObjectNode()))), structured);
    }
}
