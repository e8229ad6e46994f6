package com.statutory.officers.function.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.ErrorBody;
import com.statutory.officers.answer.Json;
import com.statutory.officers.deploy.OpenApiDocument;
import com.statutory.officers.function.McpTools;

import io.quarkus.funqy.Funq;

/**
 * The MCP server's Lambda (QUARKUS_FUNQY_EXPORT=mcp) behind POST /v1/mcp. Unlike the functions, whose bodies the
 * gateway passes as the event, this route is a proxy integration: the protocol needs the HTTP status (202 for a
 * notification), which a non-proxy integration cannot set from a successful call. The event is the gateway's proxy
 * request; the result is its proxy response.
 */
public class McpFunction {

    public static final String NAME = OpenApiDocument.MCP;

    @Funq(NAME)
    public ObjectNode mcp(JsonNode event) {
        if (!"POST".equals(event.path("httpMethod").asText("POST"))) {
            return response(405, "");
        }
        if (!json(event.path("headers"))) {
            // as the gateway does for every function route and the local server for every POST (issue 14, finding 1)
            return response(415, Json.write(ErrorBody.of("UNSUPPORTED_MEDIA_TYPE", "Send JSON-RPC messages as JSON with Content-Type: application/json.")));
        }
        String body = event.path("body").asText("");
        if (event.path("isBase64Encoded").asBoolean(false)) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        McpTools.Exchange exchange = McpTools.exchange(body).block(Duration.ofSeconds(8));
        return response(exchange.status(), exchange.body());
    }

    /** Proxy events keep the caller's spelling of header names, so Content-Type is looked up in any letter case. */
    static boolean json(JsonNode headers) {
        for (var header : headers.properties()) {
            if (header.getKey().equalsIgnoreCase("content-type")) {
                return Json.isJsonMediaType(header.getValue().asText());
            }
        }
        return false;
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
