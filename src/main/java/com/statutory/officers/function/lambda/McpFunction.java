package com.statutory.officers.function.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.Json;
import com.statutory.officers.function.McpTools;

import io.quarkus.funqy.Funq;

/**
 * The MCP server's Lambda (QUARKUS_FUNQY_EXPORT=mcp) behind POST /v1/mcp. Unlike the functions, whose bodies the
 * gateway passes as the event, this route is a proxy integration: the protocol needs the HTTP status (202 for a
 * notification), which a non-proxy integration cannot set from a successful call. The event is the gateway's proxy
 * request; the result is its proxy response.
 */
public class McpFunction {

    public static final String NAME = com.statutory.officers.deploy.OpenApiDocument.MCP;

    @Funq(NAME)
    public ObjectNode mcp(JsonNode event) {
        if (!"POST".equals(event.path("httpMethod").asText("POST"))) {
            return response(405, "");
        }
        String body = event.path("body").asText("");
        if (event.path("isBase64Encoded").asBoolean(false)) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        McpTools.Exchange exchange = McpTools.exchange(body).block(Duration.ofSeconds(8));
        return response(exchange.status(), exchange.body());
    }

    private static ObjectNode response(int status, String body) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("statusCode", status);
        if (!body.isEmpty()) {
            r.putObject("headers").put("Content-Type", "application/json");
        }
        r.put("body", body);
        r.put("isBase64Encoded", false);
        return r;
    }
}
