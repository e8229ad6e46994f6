package com.statutory.officers.platform;

import static com.statutory.officers.answer.Prose.count;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One catalogue entry as each provider's tool definition, to be registered unchanged (issue 13): OpenAI's Chat
 * Completions function in strict mode, Anthropic's tool, and MCP's {@code tools/list} entry. The input schema is the
 * one the gateway and the function check; strict mode only needs it restated in the subset OpenAI accepts.
 */
public final class ToolDefinitions {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** What OpenAI's strict mode accepts in a schema (its structured-outputs subset); bounds go into descriptions. */
    static final Set<String> STRICT_KEYWORDS = Set.of("type", "properties", "required", "additionalProperties", "items", "enum", "const",
            "anyOf", "description");

    private ToolDefinitions() {
    }

    public static ObjectNode openAi(Questions.Entry e) {
        ObjectNode tool = F.objectNode().put("type", "function");
        ObjectNode fn = tool.putObject("function");
        fn.put("name", e.name());
        fn.put("description", description(e));
        fn.set("parameters", strict(bare(e.inputSchema())));
        fn.put("strict", true);
        return tool;
    }

    public static ObjectNode anthropic(Questions.Entry e) {
        ObjectNode tool = F.objectNode();
        tool.put("name", e.name());
        tool.put("description", description(e));
        tool.set("input_schema", bare(e.inputSchema()));
        tool.putArray("input_examples").add(e.example().deepCopy());
        return tool;
    }

    public static ObjectNode mcp(Questions.Entry e) {
        ObjectNode tool = F.objectNode();
        tool.put("name", e.name());
        tool.put("title", e.title());
        tool.put("description", description(e));
        tool.set("inputSchema", bare(e.inputSchema()));
        tool.set("outputSchema", bare(e.outputSchema()));
        // every function reads the bundled statute and nothing else: same facts, same answer, no side effects
        tool.putObject("annotations").put("title", e.title()).put("readOnlyHint", true).put("destructiveHint", false)
                .put("idempotentHint", true).put("openWorldHint", false);
        return tool;
    }

    /**
     * For a model choosing a tool: the question, how people put it, what the function decides, the facts it cannot
     * answer without, and the neighbouring tools it is not (the same area's other functions). All derived: the facts
     * are those the function itself asks for when called with none, or refuses to go without.
     */
    static String description(Questions.Entry e) {
        StringBuilder b = new StringBuilder(e.title()).append(". ");
        if (!e.askedAs().isEmpty()) {
            b.append("Use when ").append(e.askedAs()).append(". ");
        }
        b.append(e.description());
        List<String> first = e.keyFacts();
        if (!first.isEmpty()) {
            b.append(" Cannot answer without: ").append(String.join(", ", first)).append('.');
        }
        List<String> others = Questions.entries().stream().filter(o -> o.area() == e.area() && !o.name().equals(e.name()))
                .map(o -> o.name() + " (" + o.title().toLowerCase(java.util.Locale.ROOT) + ")").toList();
        if (!others.isEmpty() && e.area() != com.statutory.officers.catalogue.Area.PLATFORM) {
            b.append(" Not for: ").append(String.join("; ", others)).append(", each its own tool.");
        }
        return b.toString();
    }



    /** The schema without "$schema", which tool registries do not take (some refuse it). A copy: the listing is shared. */
    static ObjectNode bare(JsonNode schema) {
        return ((ObjectNode) schema.deepCopy()).without("$schema");
    }

    /**
     * OpenAI strict mode: every property listed in {@code required}, the optional ones nullable (a model sends null for a
     * fact it does not know, which our functions read as not given), {@code additionalProperties: false} on every object,
     * and only the keywords strict mode supports; a bound or format it does not is said in the description instead.
     */
    static ObjectNode strict(ObjectNode schema) {
        ObjectNode out = F.objectNode();
        List<String> moved = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String k = field.getKey();
            JsonNode v = field.getValue();
            switch (k) {
                case "properties" -> {
                    ObjectNode props = out.putObject("properties");
                    Set<String> required = new java.util.HashSet<>();
                    schema.path("required").forEach(r -> required.add(r.asText()));
                    v.fields().forEachRemaining(p -> {
                        ObjectNode property = strict((ObjectNode) p.getValue());
                        props.set(p.getKey(), required.contains(p.getKey()) ? property : nullable(property));
                    });
                    ArrayNode all = out.putArray("required");
                    v.fieldNames().forEachRemaining(all::add);
                    out.put("additionalProperties", false);
                }
                case "items" -> out.set("items", strict((ObjectNode) v));
                case "anyOf" -> {
                    ArrayNode any = out.putArray("anyOf");
                    v.forEach(s -> any.add(strict((ObjectNode) s)));
                }
                case "required", "additionalProperties" -> {
                    // restated with "properties"
                }
                default -> {
                    if (STRICT_KEYWORDS.contains(k)) {
                        out.set(k, v.deepCopy());
                    } else if (!k.equals("$schema") && !k.equals("title")) {
                        moved.add(words(k, v));
                    }
                }
            }
        }
        if (out.path("type").asText().equals("object") && !out.has("properties")) {
            out.putObject("properties");
            out.putArray("required");
            out.put("additionalProperties", false);
        }
        if (!moved.isEmpty()) {
            String said = String.join("; ", moved);
            out.put("description", out.has("description") ? out.get("description").asText() + " (" + said + ")" : "(" + said + ")");
        }
        return out;
    }

    private static String words(String keyword, JsonNode v) {
        return switch (keyword) {
            case "minimum" -> "at least " + v.asText();
            case "maximum" -> "at most " + v.asText();
            case "exclusiveMinimum" -> "more than " + v.asText();
            case "exclusiveMaximum" -> "less than " + v.asText();
            case "minLength" -> "at least " + v.asText() + " characters";
            case "maxLength" -> "at most " + v.asText() + " characters";
            case "minItems" -> "at least " + count(v.asLong(), "item");
            case "maxItems" -> "at most " + count(v.asLong(), "item");
            case "uniqueItems" -> "no item twice";
            case "pattern" -> "matching " + v.asText();
            case "format" -> v.asText().equals("date") ? "a date, YYYY-MM-DD" : "format " + v.asText();
            case "default" -> "if omitted or null: " + v.toString();
            default -> keyword + " " + v.toString();
        };
    }

    /** The property, or null: an enum lists null too, a typed property takes ["type", "null"]. */
    private static ObjectNode nullable(ObjectNode p) {
        JsonNode type = p.get("type");
        if (type != null && type.isTextual()) {
            p.putArray("type").add(type.asText()).add("null");
            if (p.has("enum")) {
                ((ArrayNode) p.get("enum")).addNull();
            }
            return p;
        }
        if (type != null && type.isArray()) {
            boolean hasNull = false;
            for (JsonNode t : type) {
                hasNull |= t.asText().equals("null");
            }
            if (!hasNull) {
                ((ArrayNode) type).add("null");
            }
            if (p.has("enum")) {
                ((ArrayNode) p.get("enum")).addNull();
            }
            return p;
        }
        ObjectNode wrapped = F.objectNode();
        ArrayNode any = wrapped.putArray("anyOf");
        any.add(p);
        any.addObject().put("type", "null");
        return wrapped;
    }
}
