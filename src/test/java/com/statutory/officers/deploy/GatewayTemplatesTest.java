package com.statutory.officers.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.Json;

/**
 * Issue 14, findings 2 and 3: every gateway response template renders valid JSON whatever the gateway's message holds (quotes,
 * newlines, backslashes, apostrophes), rendered by a real Velocity engine as API Gateway renders VTL; and the Lambda error patterns
 * match multi-line messages and are disjoint, so their order cannot matter.
 */
class GatewayTemplatesTest {

    /** API Gateway's $util.escapeJavaScript: the JavaScript string escapes of commons-lang 2's StringEscapeUtils, which it documents. */
    public static final class Util {
        public String escapeJavaScript(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '\'' -> b.append("\\'");
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '/' -> b.append("\\/");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    default -> b.append(c < 32 || c > 0x7f ? String.format("\\u%04X", (int) c) : String.valueOf(c));
                }
            }
            return b.toString();
        }
    }

    static final String[] MESSAGES = { "[instance value (\"trustee\") not found in enum (possible values: [\"CITY\",\"VILLAGE\"])]",
            "line one\nline two\r\n\tand a \\ backslash", "it's a \"quoted\" / slashed message", "caf\u00e9 \u0001 control" };

    @Test
    void everyResponseTemplateRendersValidJsonKeepingTheMessage() throws Exception {
        VelocityEngine engine = new VelocityEngine();
        engine.init();
        JsonNode responses = Cors.gatewayResponses();
        for (String message : MESSAGES) {
            for (var e : responses.properties()) {
                String template = e.getValue().path("responseTemplates").path("application/json").asText();
                VelocityContext context = new VelocityContext();
                context.put("context", Map.of("error", Map.of("validationErrorString", message, "message", message)));
                context.put("util", new Util());
                StringWriter out = new StringWriter();
                engine.evaluate(context, out, e.getKey(), template);
                JsonNode body = Json.MAPPER.readTree(out.toString());
                assertTrue(body.path("error").path("code").isTextual(), e.getKey() + ": " + out);
                if (template.contains("$context.error")) {
                    assertEquals(message, body.path("error").path("message").asText(), e.getKey() + " lost the message: " + out);
                }
            }
        }
    }

    /** Issue 14, finding 1: at the gateway a body that is not JSON has no template, so with passthrough NEVER it is a 415. */
    @Test
    void everyFunctionRouteTakesJsonOnly() {
        JsonNode paths = OpenApiDocument.forGateway().path("paths");
        int posts = 0;
        for (var path : paths.properties()) {
            JsonNode integration = path.getValue().path("post").path("x-amazon-apigateway-integration");
            if (integration.isMissingNode()) {
                continue;
            }
            if (integration.path("type").asText().equals("aws_proxy")) {
                // /v1/mcp: a proxy integration passes every body on; its function refuses anything but JSON with a 415
                // (McpLambdaTest), as the local server does for every POST
                assertEquals(OpenApiDocument.VERSION_PREFIX + OpenApiDocument.MCP, path.getKey());
                continue;
            }
            posts++;
            assertEquals("NEVER", integration.path("passthroughBehavior").asText(), path.getKey());
            assertEquals(java.util.List.of("application/json"), iterate(integration.path("requestTemplates").fieldNames()),
                    path.getKey());
        }
        assertTrue(posts > 30, "routes checked: " + posts);
    }

    private static java.util.List<String> iterate(java.util.Iterator<String> names) {
        java.util.List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void errorPatternsCoverMultiLineMessagesAndAreDisjoint() {
        Pattern invalid = Pattern.compile(OpenApiDocument.INVALID_INPUT_PATTERN);
        Pattern unreadable = Pattern.compile(OpenApiDocument.UNREADABLE_PATTERN);
        Pattern other = Pattern.compile(OpenApiDocument.ANY_OTHER_ERROR_PATTERN);
        Map<String, Pattern> expected = Map.of(
                "com.statutory.officers.answer.InvalidInputException: {\"error\":{}}", invalid,
                "com.statutory.officers.answer.InvalidInputException: first\nsecond", invalid,
                "Could not deserialize the provided message.\nUnexpected character", unreadable,
                "java.lang.OutOfMemoryError: Java heap space", other,
                "java.lang.IllegalStateException: boom\n\tat somewhere", other);
        for (var e : expected.entrySet()) {
            int matching = 0;
            for (Pattern p : new Pattern[] { invalid, unreadable, other }) {
                if (p.matcher(e.getKey()).matches()) {
                    matching++;
                    assertEquals(e.getValue().pattern(), p.pattern(), e.getKey());
                }
            }
            assertEquals(1, matching, "patterns matching " + e.getKey());
        }
    }
}
