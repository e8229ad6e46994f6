package com.statutory.officers.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.Reasons;
import com.statutory.officers.catalogue.About;
import com.statutory.officers.statute.Applied;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.catalogue.Schemas;

/** questions: the catalogue itself, with schemas and examples, or as ready-to-register LLM tool definitions. */
public final class Questions implements Question<Questions.Facts, Questions.Answer> {

    public static final String NAME = "questions";

    public enum Format {
        /** Every function with its schemas and example. */
        CATALOGUE,
        /** name + description + parameters schema, the shape chatbot tool registries take. */
        TOOLS
    }

    public record Facts(
            @JsonPropertyDescription("CATALOGUE (default) or TOOLS (LLM tool definitions).") Format format,
            @JsonPropertyDescription("Only this function. Optional.")
            @Pattern(regexp = "[a-z][a-z-]{1,60}", message = "must be a function name in kebab-case") String name) {
    }

    public record Entry(String name, String title, String description, Area area, List<String> sections, JsonNode inputSchema,
            JsonNode outputSchema, JsonNode example) {
    }

    public record Tool(String name, String description, JsonNode parameters) {
    }

    public record Answer(List<Entry> functions, List<Tool> tools) {
    }

    /** Generated on first use: a Lambda serving another question never pays for it. */
    private static final class Listing {
        static final List<Entry> ENTRIES = build();

        private static List<Entry> build() {
            List<Entry> entries = new ArrayList<>();
            for (Question<?, ?> q : Catalogue.all()) {
                ObjectNode input = Schemas.input(q);
                entries.add(new Entry(q.name(), q.about().title(), q.about().description(), q.about().area(), q.sections(), input, Schemas.output(q),
                        Json.MAPPER.valueToTree(q.example())));
            }
            return List.copyOf(entries);
        }
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "The catalogue of functions",
            "Lists every function: name, title, what it decides, the sections it applies, its input and output JSON "
                    + "Schemas (draft 7) and an example input. With format TOOLS, returns them as LLM tool definitions "
                    + "(name, description, parameters).",
            Area.PLATFORM, Applied.none(), Facts.class, Answer.class);

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Format.TOOLS, "vacancy-filling");
    }

    public static List<Entry> entries() {
        return Listing.ENTRIES;
    }

    @Override
    public Envelope<Answer> answer(Facts f) {
        List<Entry> entries = Listing.ENTRIES.stream().filter(e -> f.name() == null || e.name().equals(f.name())).toList();
        if (entries.isEmpty()) {
            throw new InvalidInputException("name", "is not a function of this product; call questions without a name to list them");
        }
        Reasons r = new Reasons(NAME);
        if (f.format() == Format.TOOLS) {
            // tool registries take a bare object schema; "$schema" is noise (and rejected by some). A copy: the listing is shared.
            List<Tool> tools = entries.stream()
                    .map(e -> new Tool(e.name(), e.title() + ". " + e.description(), ((ObjectNode) e.inputSchema().deepCopy()).without("$schema"))).toList();
            return r.answered(new Answer(null, tools), tools.size() + " tool definition(s), one per function.");
        }
        return r.answered(new Answer(entries, null), entries.size() + " function(s), each with its input and output JSON Schema and an example input.");
    }
}
