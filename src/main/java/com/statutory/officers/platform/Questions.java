package com.statutory.officers.platform;

import static com.statutory.officers.answer.Prose.count;
import static com.statutory.officers.answer.Prose.noun;

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
import com.statutory.officers.catalogue.Title;

/** questions: the catalogue itself, with schemas and examples, or as ready-to-register LLM tool definitions. */
public final class Questions implements Question<Questions.Facts, Questions.Answer> {

    public static final String NAME = "questions";

    public enum Format {
        /** Every function with its schemas and example. */
        @Title("The catalogue") CATALOGUE,
        /** name + description + parameters schema: the generic shape (kept for existing callers; prefer a provider's). */
        @Title("Generic tool definitions") TOOLS,
        /** OpenAI Chat Completions functions in strict mode: {"type":"function","function":{...,"strict":true}}. */
        @Title("OpenAI tool definitions") OPENAI,
        /** Anthropic Messages API tools: name, description, input_schema, input_examples. */
        @Title("Anthropic tool definitions") ANTHROPIC,
        /** MCP tools/list entries: name, title, description, inputSchema, outputSchema, annotations. */
        @Title("MCP tool definitions") MCP
    }

    public record Facts(
            @Title("What to list")
            @JsonPropertyDescription("Which list to return: the catalogue (the default), generic tool definitions, or one provider's tool definitions (OpenAI, "
                    + "Anthropic or MCP) as a bare array in answer.definitions, ready to register.") Format format,
            @Title("Question name")
            @JsonPropertyDescription("Only this question, by its name (for example vacancy-filling).")
            @Pattern(regexp = "[a-z][a-z-]{1,60}", message = "must be a function name in kebab-case") String name,
            @Title("What happened?")
            @JsonPropertyDescription("A person's question in their own words (\"our trustee moved out of the village - what now?\"): the questions that may "
                    + "answer it, best first, each with the facts it will ask for.")
            @jakarta.validation.constraints.Size(max = 500) String query) {
    }

    /** A function that may answer the query, and the facts it reads (required ones first in the schema's order). */
    public record Match(String name, String title, double score, List<Need> needs) {
    }

    public record Need(String field, String description, boolean required) {
    }

    /**
     * @param keyFacts the facts the function cannot answer without (field paths): those it asks for, or refuses to go
     *                 without, when called with none. Derived by calling it so, never listed by hand; forms put them first.
     * @param headline the answer's components marked {@link com.statutory.officers.answer.Decision}: the figures and
     *                 dates a person acts on, which a form shows first (the rest is in the reasoning)
     */
    public record Entry(String name, String title, String decides, String description, String askedAs, Area area, List<String> sections, List<String> keyFacts,
            List<String> headline, JsonNode inputSchema, JsonNode outputSchema, JsonNode example) {
    }

    public record Tool(String name, String description, JsonNode parameters) {
    }

    /**
     * One of the three lists, by format. {@code definitions} holds provider-shaped objects (JSON, since each provider
     * defines its own shape): exactly the array a provider's API or an MCP client takes.
     */
    public record Answer(List<Entry> functions, List<Tool> tools, List<JsonNode> definitions, List<Match> matches) {
    }

    /** Generated on first use: a Lambda serving another question never pays for it. */
    private static final class Listing {
        static final List<Entry> ENTRIES = build();

        private static List<Entry> build() {
            List<Entry> entries = new ArrayList<>();
            for (Question<?, ?> q : Catalogue.all()) {
                ObjectNode input = Schemas.input(q);
                entries.add(new Entry(q.name(), q.about().title(), q.about().decides(), q.about().description(), q.about().askedAs(), q.about().area(), q.sections(),
                        q.name().equals(NAME) ? List.of() : keyFacts(q.name()), headline(q.about().answerType()), input, Schemas.output(q),
                        Json.MAPPER.valueToTree(q.example())));
            }
            return List.copyOf(entries);
        }
    }

    static final About<Facts, Answer> ABOUT = new About<>(NAME, "The catalogue of functions",
            "Lists every function: name, title, what it decides, the sections it applies, its input and output JSON "
                    + "Schemas (draft 7) and an example input. With format TOOLS, returns them as LLM tool definitions "
                    + "(name, description, parameters); with OPENAI, ANTHROPIC or MCP, as that provider's own tool definitions. "
                    + "With a query (a person's own words), ranks the functions that may answer it and lists the facts each reads.",
            Area.PLATFORM, Applied.none(), Facts.class, Answer.class)
            .decides("Lists the questions this service answers, or finds the ones that fit what happened.")
            .askedAs("someone asks which questions, functions or tools you can answer, what you can help with");

    @Override
    public About<Facts, Answer> about() {
        return ABOUT;
    }

    @Override
    public Facts example() {
        return new Facts(Format.TOOLS, "vacancy-filling", null);
    }

    /** What a call with no facts is asked for (NEEDS_FACTS) or refused without (a 400), in the function's own order. */
    static List<String> keyFacts(String function) {
        try {
            return Catalogue.answer(function, Json.MAPPER.createObjectNode()).missingFacts().stream()
                    .map(com.statutory.officers.answer.MissingFact::field).distinct().toList();
        } catch (InvalidInputException refused) {
            return refused.body().error().fields().stream().map(com.statutory.officers.answer.FieldProblem::field).distinct().toList();
        }
    }

    static List<String> headline(Class<?> answer) {
        if (!answer.isRecord()) {
            return List.of();
        }
        return java.util.Arrays.stream(answer.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(com.statutory.officers.answer.Decision.class)).map(java.lang.reflect.RecordComponent::getName).toList();
    }

    static final int MATCHES = 5;

    private static Match match(QuestionFinder.Ranked ranked) {
        Entry e = Listing.ENTRIES.stream().filter(x -> x.name().equals(ranked.question().name())).findFirst().orElseThrow();
        java.util.Set<String> required = new java.util.HashSet<>();
        e.inputSchema().path("required").forEach(x -> required.add(x.asText()));
        List<Need> needs = new ArrayList<>();
        e.inputSchema().path("properties").fields().forEachRemaining(p -> needs.add(new Need(p.getKey(), p.getValue().path("description").asText(),
                required.contains(p.getKey()))));
        needs.sort(java.util.Comparator.comparing(n -> !n.required()));
        return new Match(e.name(), e.title(), ranked.score(), needs);
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
        if (f.query() != null && !f.query().isBlank()) {
            List<Match> matches = QuestionFinder.get().rank(f.query()).stream()
                    .filter(m -> f.name() == null || m.question().name().equals(f.name())).limit(MATCHES).map(Questions::match).toList();
            return r.answered(new Answer(null, null, null, matches), matches.isEmpty()
                    ? "No function matched these words; statute-search looks for them in the statute itself."
                    : count(matches.size(), "function") + noun(matches.size() == 1, " may answer it: ", " may answer it, best first: ")
                            + String.join(", ", matches.stream().map(Match::name).toList()) + ".");
        }
        if (f.format() == Format.OPENAI || f.format() == Format.ANTHROPIC || f.format() == Format.MCP) {
            List<JsonNode> definitions = entries.stream().<JsonNode>map(e -> switch (f.format()) {
                case OPENAI -> ToolDefinitions.openAi(e);
                case ANTHROPIC -> ToolDefinitions.anthropic(e);
                default -> ToolDefinitions.mcp(e);
            }).toList();
            return r.answered(new Answer(null, null, definitions, null), count(definitions.size(), switch (f.format()) {
                case OPENAI -> "OpenAI tool definition";
                case ANTHROPIC -> "Anthropic tool definition";
                default -> "MCP tool definition";
            }) + ", one per function.");
        }
        if (f.format() == Format.TOOLS) {
            // tool registries take a bare object schema; "$schema" is noise (and rejected by some). A copy: the listing is shared.
            List<Tool> tools = entries.stream()
                    .map(e -> new Tool(e.name(), e.title() + ". " + e.description(), ToolDefinitions.bare(e.inputSchema()))).toList();
            return r.answered(new Answer(null, tools, null, null), count(tools.size(), "tool definition") + ", one per function.");
        }
        return r.answered(new Answer(entries, null, null, null), count(entries.size(), "function") + ", each with its input and output JSON Schema and an example input.");
    }
}
