package com.statutory.officers.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.FieldPaths;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.Quote;
import com.statutory.officers.answer.Status;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.statute.Corpus;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For every catalogue function, valid, boundary and malformed inputs derived from its own example:
 * never an unexpected exception (the bindings' 500), a 400 names its fields, an envelope is well formed
 * and every citation in it resolves in the corpus, and the same input gives the same bytes twice.
 */
class RobustnessPropertiesTest {

    record Case(String question, JsonNode input) {
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Property(tries = 1500)
    void everyFunctionAnswersOrRejectsCleanly(@ForAll("cases") Case c) throws Exception {
        Envelope<?> first;
        try {
            first = Catalogue.answer(c.question(), c.input());
        } catch (InvalidInputException e) {
            List<FieldProblem> fields = e.body().error().fields();
            assertFalse(fields.isEmpty(), "a 400 names at least one field");
            for (FieldProblem f : fields) {
                assertNotNull(f.field());
                assertFalse(f.problem().isBlank());
            }
            assertEquals("INVALID_INPUT", Json.MAPPER.readTree(e.getMessage()).at("/error/code").asText());
            return;
        }
        assertEquals(c.question(), first.question());
        assertNotNull(first.status());
        assertFalse(first.summary().isBlank());
        if (first.status() == Status.NEEDS_FACTS) {
            assertFalse(first.missingFacts().isEmpty());
            assertNull(first.answer());
        } else {
            assertTrue(first.missingFacts().isEmpty());
        }
        for (Quote q : first.citations()) {
            assertEquals(q.text(), Corpus.get().find(q.cite()).orElseThrow().text(), q.cite());
        }
        first.reasoning().forEach(step -> assertTrue(Corpus.get().find(step.citation()).isPresent(), step.citation()));
        String again = Json.write(Catalogue.answer(c.question(), c.input()));
        assertEquals(Json.write(first), again, "same input, same bytes");
    }

    @Provide
    Arbitrary<Case> cases() {
        List<Question<?, ?>> questions = Catalogue.all();
        Arbitrary<Question<?, ?>> question = Arbitraries.of(questions);
        Arbitrary<JsonNode> value = Arbitraries.oneOf(List.of(
                Arbitraries.just(F.nullNode()),
                Arbitraries.of(-1, 0, 1, 2, 3, 4, 4_999, 5_000, 25_000, 499_999, 500_000, 1_000_000, Integer.MAX_VALUE).map(i -> (JsonNode) F.numberNode(i)),
                Arbitraries.of(1.5, -0.5, 1e12).map(d -> (JsonNode) F.numberNode(d)),
                Arbitraries.of("", "x", "CITY", "VILLAGE", "MAYOR", "TRUSTEE", "2026-02-30", "2026-13-01", "2026-01-01",
                        "2027-04-06", "1900-01-01", "1899-12-31", "2199-12-31", "2200-01-01", "+999999999-12-31", "-999999999-01-01", "3.1-10-50(e)", "3.1-99-1", "who fills a vacancy").map(s -> (JsonNode) F.textNode(s)),
                Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b)),
                Arbitraries.just(F.arrayNode()),
                Arbitraries.just(F.objectNode())));
        return Combinators.combine(question, Arbitraries.integers().between(0, 1000), value, Arbitraries.integers().between(0, 4))
                .as((q, pick, v, mutation) -> new Case(q.name(), mutate(Json.MAPPER.valueToTree(q.example()), pick, v, mutation)));
    }

    /** 0: as is; 1: drop a field; 2: replace a field's value; 3: add an unknown field; 4: replace the whole body. */
    private static JsonNode mutate(ObjectNode example, int pick, JsonNode value, int mutation) {
        List<String[]> paths = FieldPaths.of(example);
        if (paths.isEmpty() || mutation == 4) {
            return mutation == 4 ? value : example;
        }
        String[] path = paths.get(pick % paths.size());
        ObjectNode parent = FieldPaths.parent(example, path);
        switch (mutation) {
            case 1 -> parent.remove(path[path.length - 1]);
            case 2 -> parent.set(path[path.length - 1], value);
            case 3 -> parent.set("unexpected" + pick, value);
            default -> {
            }
        }
        return example;
    }
}
