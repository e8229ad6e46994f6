package com.statutory.officers.function.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 14, the local server's half of the hostile suite (the packaged Lambda's half is src/test/native/hostile-jvm,
 * with the same kinds of events): every catalogue function gets its example spoiled every way a hostile caller might,
 * and every answer must be a 200 envelope or a 4XX in the error shape, never a 5XX, never anything but JSON, and no
 * error message longer than the bound that keeps logs and headers small.
 */
@QuarkusTest
class HostileLocalTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final int MAX_MESSAGE = 8192;

    private static Map<String, byte[]> events(JsonNode example) throws Exception {
        Map<String, byte[]> events = new LinkedHashMap<>();
        String body = PLAIN.writeValueAsString(example);
        events.put("not JSON", "not json".getBytes(StandardCharsets.UTF_8));
        events.put("empty", new byte[0]);
        events.put("an array", "[]".getBytes(StandardCharsets.UTF_8));
        events.put("a string", "\"text\"".getBytes(StandardCharsets.UTF_8));
        events.put("null", "null".getBytes(StandardCharsets.UTF_8));
        events.put("truncated", body.substring(0, body.length() - 1).getBytes(StandardCharsets.UTF_8));
        events.put("deep nesting", ("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
        events.put("300 KB", with(example, "padding", PLAIN.getNodeFactory().textNode("x".repeat(300_000))));
        events.put("32,000-character name", with(example, "n".repeat(32_000), PLAIN.getNodeFactory().numberNode(1)));
        events.put("150-character name", with(example, "n".repeat(150), PLAIN.getNodeFactory().numberNode(1)));
        events.put("log-forging name", with(example, "x\n{\"level\":\"ERROR\",\"forged\":true}\\", PLAIN.getNodeFactory().numberNode(1)));
        events.put("control characters in a name", with(example, "a\u0000b\u0007c\u001bd", PLAIN.getNodeFactory().numberNode(1)));
        ObjectNode many = example.deepCopy();
        for (int i = 0; i < 5000; i++) {
            many.put("field" + i, i);
        }
        events.put("5,000 unknown fields", PLAIN.writeValueAsBytes(many));
        Iterator<String> names = example.fieldNames();
        events.put("a key twice", (names.hasNext() ? body.substring(0, body.length() - 1) + ",\"" + names.next() + "\":null}" : "{\"a\":1,\"a\":2}")
                .getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        events.put("a byte order mark", bom);
        events.put("UTF-16", body.getBytes(StandardCharsets.UTF_16));
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        wrong.put("quotes and a newline", PLAIN.getNodeFactory().textNode("\"quoted\"\nsecond line\t\\"));
        wrong.put("a list", PLAIN.createArrayNode());
        wrong.put("an object", PLAIN.readTree("{\"nested\":{\"deeper\":[1]}}"));
        wrong.put("a huge number", PLAIN.getNodeFactory().numberNode(1e308));
        wrong.put("a number beyond long", PLAIN.readTree("1000000000000000000000000000000"));
        wrong.put("a negative number", PLAIN.getNodeFactory().numberNode(-1));
        wrong.put("a fraction", PLAIN.getNodeFactory().numberNode(2.5));
        wrong.put("a date beyond Java", PLAIN.getNodeFactory().textNode("+999999999-12-31"));
        wrong.put("an impossible date", PLAIN.getNodeFactory().textNode("2026-02-30"));
        wrong.put("a padded value", PLAIN.getNodeFactory().textNode(" 2026-01-15 "));
        wrong.put("true", PLAIN.getNodeFactory().booleanNode(true));
        for (Iterator<String> it = example.fieldNames(); it.hasNext();) {
            String field = it.next();
            for (Map.Entry<String, JsonNode> w : wrong.entrySet()) {
                events.put(field + " as " + w.getKey(), with(example, field, w.getValue()));
            }
        }
        return events;
    }

    private static byte[] with(JsonNode example, String field, JsonNode value) throws Exception {
        ObjectNode copy = example.deepCopy();
        copy.set(field, value);
        return PLAIN.writeValueAsBytes(copy);
    }

    @Test
    void noHostileBodyGetsA5xxOrAnythingButJson() throws Exception {
        List<String> problems = new ArrayList<>();
        int tried = 0;
        int refused = 0;
        for (Question<?, ?> q : Catalogue.all()) {
            for (Map.Entry<String, byte[]> e : events(Json.MAPPER.valueToTree(q.example())).entrySet()) {
                tried++;
                Response r = given().contentType("application/json").body(e.getValue()).when().post("/" + q.name());
                String where = q.name() + " / " + e.getKey();
                if (r.statusCode() >= 500 || (r.statusCode() != 200 && r.statusCode() != 400)) {
                    problems.add(where + ": " + r.statusCode());
                    continue;
                }
                JsonNode answer = PLAIN.readTree(r.asByteArray());
                if (r.statusCode() == 400) {
                    refused++;
                    if (!answer.at("/error/code").asText().equals("INVALID_INPUT") || answer.at("/error/message").asText().length() > MAX_MESSAGE) {
                        problems.add(where + ": " + r.asString().substring(0, Math.min(300, r.asString().length())));
                    }
                } else if (!answer.path("question").asText().equals(q.name())) {
                    problems.add(where + ": 200 without the envelope");
                }
            }
        }
        System.out.printf("hostile suite, local server: %d bodies tried, %d refused with a 400, 0 5XX expected%n", tried, refused);
        assertEquals(List.of(), problems);
    }
}
