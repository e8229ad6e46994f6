package com.statutory.officers.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.FieldPaths;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

/**
 * The JVM validates with a validator per facts type in Hibernate Validator's predefined scope, the native image with
 * one default validator (Inputs says why). Both must give the same 400, word for word, for the same facts: every
 * example with each of its fields, nested ones included, set in turn to values on both sides of the bounds used.
 */
class ValidatorParityTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<JsonNode> VALUES = List.of(F.numberNode(-1), F.numberNode(0), F.numberNode(1), F.numberNode(2),
            F.numberNode(3), F.numberNode(4), F.numberNode(60), F.numberNode(61), F.numberNode(1899), F.numberNode(2201),
            F.numberNode(20_000_001), F.textNode(""), F.textNode(" "), F.textNode("x".repeat(501)), F.textNode("Not-Kebab"),
            F.textNode("2026-01-01"), F.booleanNode(true), F.booleanNode(false), F.nullNode());

    @Test
    void predefinedScopeAndDefaultValidatorGiveTheSameProblems() throws Exception {
        int compared = 0;
        int rejected = 0;
        for (Question<?, ?> q : Catalogue.all()) {
            ObjectNode example = Json.MAPPER.valueToTree(q.example());
            for (String[] path : FieldPaths.of(example)) {
                for (JsonNode value : VALUES) {
                    ObjectNode input = example.deepCopy();
                    FieldPaths.parent(input, path).set(path[path.length - 1], value);
                    Object facts;
                    try {
                        facts = Json.MAPPER.treeToValue(input, q.factsType());
                    } catch (Exception typeOrFormatError) {
                        continue; // Jackson's 400, before any validator
                    }
                    Optional<InvalidInputException> scoped = Inputs.problems(facts, Inputs.scopedValidator(q.factsType()));
                    Optional<InvalidInputException> standard = Inputs.problems(facts, Inputs.defaultValidator());
                    assertEquals(standard.map(Throwable::getMessage), scoped.map(Throwable::getMessage), q.name() + " " + String.join(".", path) + "=" + value);
                    compared++;
                    rejected += scoped.isPresent() ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 500 && rejected > 50, "compared " + compared + ", of which rejected " + rejected);
    }
}
