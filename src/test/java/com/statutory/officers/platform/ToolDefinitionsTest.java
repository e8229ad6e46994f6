package com.statutory.officers.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;

/**
 * Issue 13, part 2: every generated tool definition against each provider's published rules, and every function called
 * the way a strict-mode model calls it (every key present, null for each fact it does not know): the same answer as
 * the sparse example.
 */
class ToolDefinitionsTest {

    /** OpenAI: function names ^[a-zA-Z0-9_-]{1,64}$; Anthropic: ^[a-zA-Z0-9_-]{1,64}$; MCP: 1 to 128 of [A-Za-z0-9_.-]. */
    private static final Pattern OPENAI_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern ANTHROPIC_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern MCP_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    private static List<JsonNode> tools(Questions.Format format) {
        Questions.Answer a = new Questions().answer(new Questions.Facts(format, null, null)).answer();
        return a.definitions();
    }

    @Test
    void openAiStrictModeRules() {
        List<JsonNode> tools = tools(Questions.Format.OPENAI);
        assertEquals(Catalogue.all().size(), tools.size());
        for (JsonNode t : tools) {
            assertEquals(Set.of("type", "function"), names(t));
            assertEquals("function", t.get("type").asText());
            JsonNode fn = t.get("function");
            String name = fn.get("name").asText();
            assertEquals(Set.of("name", "description", "parameters", "strict"), names(fn), name);
            assertTrue(OPENAI_NAME.matcher(name).matches(), name);
            assertTrue(fn.get("strict").asBoolean());
            assertFalse(fn.get("description").asText().isBlank());
            JsonNode parameters = fn.get("parameters");
            assertEquals("object", parameters.get("type").asText(), name);
            List<String> problems = new ArrayList<>();
            strictRules(parameters, name, problems);
            assertEquals(List.of(), problems);
        }
    }

    /** Recursively: allowed keywords only; each object lists every property as required and forbids others. */
    private static void strictRules(JsonNode schema, String where, List<String> problems) {
        schema.fieldNames().forEachRemaining(k -> {
            if (!ToolDefinitions.STRICT_KEYWORDS.contains(k)) {
                problems.add(where + ": keyword " + k);
            }
        });
        if (schema.has("properties")) {
            Set<String> props = names(schema.get("properties"));
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            if (!props.equals(required)) {
                problems.add(where + ": required " + required + " but properties " + props);
            }
            if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
                problems.add(where + ": additionalProperties is not false");
            }
            schema.get("properties").fields().forEachRemaining(p -> strictRules(p.getValue(), where + "." + p.getKey(), problems));
        } else if (typeIs(schema, "object")) {
            problems.add(where + ": an object without properties");
        }
        if (schema.has("items")) {
            strictRules(schema.get("items"), where + "[]", problems);
        }
        schema.path("anyOf").forEach(s -> strictRules(s, where + "|", problems));
    }

    private static boolean typeIs(JsonNode schema, String type) {
        JsonNode t = schema.get("type");
        if (t == null) {
            return false;
        }
        if (t.isTextual()) {
            return t.asText().equals(type);
        }
        for (JsonNode x : t) {
            if (x.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Descriptions for a model choosing a tool: how people ask, the facts it cannot do without, the neighbours it is not. */
    @Test
    void descriptionsSayWhenToUseWhatIsNeededAndWhatNot() {
        for (JsonNode t : tools(Questions.Format.ANTHROPIC)) {
            String name = t.get("name").asText();
            String d = t.get("description").asText();
            assertTrue(d.contains(". Use when "), name);
            List<String> first = Questions.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().keyFacts();
            if (!first.isEmpty()) {
                assertTrue(d.contains(" Cannot answer without: " + String.join(", ", first) + "."), name + ": " + d);
            }
        }
        // veto, called with nothing, asks what was passed (3.1-40-45), the population (3.1-40-50 stops above 500,000) and the form
        // (Articles 4 and 5): each changes the answer, and the engine asks them together
        assertEquals(List.of("measure", "municipality.population", "municipality.formOfGovernment"), Questions.keyFacts("veto"));
        String veto = tools(Questions.Format.OPENAI).stream().filter(t -> t.at("/function/name").asText().equals("veto")).findFirst()
                .orElseThrow().at("/function/description").asText();
        assertTrue(veto.contains(" Not for: council-vote (did the measure pass?)"), veto);
    }

    @Test
    void anthropicToolRules() {
        for (JsonNode t : tools(Questions.Format.ANTHROPIC)) {
            String name = t.get("name").asText();
            assertEquals(Set.of("name", "description", "input_schema", "input_examples"), names(t), name);
            assertTrue(ANTHROPIC_NAME.matcher(name).matches(), name);
            assertEquals("object", t.at("/input_schema/type").asText(), name);
            assertFalse(t.get("input_schema").has("$schema"), name);
            // each example is valid against the tool's own schema
            for (JsonNode example : t.get("input_examples")) {
                assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(t.get("input_schema")).validate(example), name);
            }
        }
    }

    @Test
    void mcpToolRules() {
        for (JsonNode t : tools(Questions.Format.MCP)) {
            String name = t.get("name").asText();
            assertTrue(MCP_NAME.matcher(name).matches(), name);
            assertEquals("object", t.at("/inputSchema/type").asText(), name);
            assertEquals("object", t.at("/outputSchema/type").asText(), name);
            assertTrue(t.at("/annotations/readOnlyHint").asBoolean(), name);
            assertTrue(t.at("/annotations/idempotentHint").asBoolean(), name);
            assertFalse(t.at("/annotations/openWorldHint").asBoolean(), name);
            assertFalse(t.get("title").asText().isBlank(), name);
        }
    }

    /** Each function's example as a strict-mode model sends it: the same answer, byte for byte, as the sparse example. */
    @Test
    void everyFunctionAnswersAStrictModeCallAsItsSparseExample() throws Exception {
        List<String> problems = new ArrayList<>();
        for (JsonNode t : tools(Questions.Format.OPENAI)) {
            String name = t.at("/function/name").asText();
            JsonNode parameters = t.at("/function/parameters");
            JsonNode sparse = Json.MAPPER.valueToTree(Catalogue.find(name).orElseThrow().example());
            JsonNode full = complete(sparse, parameters);
            Set<?> invalid = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(parameters).validate(full);
            if (!invalid.isEmpty()) {
                problems.add(name + ": the strict call does not fit the strict schema: " + invalid);
                continue;
            }
            String expected = Json.write(Catalogue.answer(name, sparse));
            String actual = Json.write(Catalogue.answer(name, full));
            if (!expected.equals(actual)) {
                problems.add(name + ": a strict call answers differently\n  sparse: " + expected.substring(0, Math.min(300, expected.length()))
                        + "\n  strict: " + actual.substring(0, Math.min(300, actual.length())));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every property of the schema present: the example's value where it has one, null where it has none. */
    private static JsonNode complete(JsonNode value, JsonNode schema) {
        JsonNode objectSchema = schema.has("properties") ? schema : null;
        if (objectSchema == null) {
            for (JsonNode alternative : schema.path("anyOf")) {
                if (alternative.has("properties")) {
                    objectSchema = alternative;
                }
            }
        }
        if (value != null && value.isObject() && objectSchema != null) {
            ObjectNode out = Json.MAPPER.createObjectNode();
            JsonNode props = objectSchema.get("properties");
            props.fields().forEachRemaining(p -> {
                JsonNode v = value.get(p.getKey());
                out.set(p.getKey(), v == null || v.isNull() ? Json.MAPPER.nullNode() : complete(v, p.getValue()));
            });
            return out;
        }
        if (value != null && value.isArray()) {
            JsonNode items = schema.has("items") ? schema.get("items") : null;
            if (items == null) {
                for (JsonNode alternative : schema.path("anyOf")) {
                    if (alternative.has("items")) {
                        items = alternative.get("items");
                    }
                }
            }
            com.fasterxml.jackson.databind.node.ArrayNode out = Json.MAPPER.createArrayNode();
            for (JsonNode item : value) {
                out.add(items == null ? item : complete(item, items));
            }
            return out;
        }
        return value;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
