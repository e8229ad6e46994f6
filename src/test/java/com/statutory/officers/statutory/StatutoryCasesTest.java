package com.statutory.officers.statutory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.MissingFact;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.statute.Citation;
import com.statutory.officers.statute.Corpus;

/** Runs every statutory case of src/test/resources/cases: one YAML file per question, one case per row. */
class StatutoryCasesTest {

    static List<StatutoryCases.Case> cases() {
        return StatutoryCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statutoryCase(StatutoryCases.Case c) {
        assertTrue(Catalogue.find(c.question()).isPresent(), c.file() + " names no catalogue function");
        Citation subsection = Citation.parse(c.subsection()).orElseThrow(() -> new AssertionError(c + ": subsection is not a citation"));
        assertTrue(Corpus.get().find(subsection).isPresent(), c + ": no such subsection in the corpus");
        JsonNode expect = c.expect();
        Envelope<?> e;
        try {
            e = Catalogue.answer(c.question(), c.input());
        } catch (InvalidInputException bad) {
            if (!expect.has("error")) {
                fail(c + ": unexpected 400 " + bad.getMessage());
            }
            List<String> fields = bad.body().error().fields().stream().map(FieldProblem::field).toList();
            assertTrue(fields.contains(expect.get("error").asText()), c + ": the 400 names " + fields);
            return;
        }
        assertFalse(expect.has("error"), c + ": expected a 400, got " + e.status() + ": " + e.summary());
        JsonNode got = Json.MAPPER.valueToTree(e);
        if (expect.has("status")) {
            assertEquals(expect.get("status").asText(), e.status().name(), c + ": " + e.summary());
        }
        if (expect.has("answer")) {
            contains(c, "answer", expect.get("answer"), got.get("answer"));
        }
        if (expect.has("asks")) {
            List<String> asked = e.missingFacts().stream().map(MissingFact::field).toList();
            assertEquals(Json.MAPPER.convertValue(expect.get("asks"), List.class), asked, c + ": asked " + asked);
        }
        for (JsonNode s : iter(expect.get("summaryContains"))) {
            assertTrue(e.summary().contains(s.asText()), c + ": the summary lacks \"" + s.asText() + "\": " + e.summary());
        }
        for (JsonNode s : iter(expect.get("summaryLacks"))) {
            assertFalse(e.summary().contains(s.asText()), c + ": the summary says \"" + s.asText() + "\": " + e.summary());
        }
        List<String> cited = e.citations().stream().map(q -> q.cite()).toList();
        for (JsonNode s : iter(expect.get("cites"))) {
            String want = Citation.parse(s.asText()).orElseThrow().toString();
            assertTrue(cited.contains(want), c + ": " + want + " is not cited: " + cited);
        }
        // the case's own subsection is what the answer relies on: it, or a provision within it, is quoted
        String own = subsection.toString();
        assertTrue(cited.stream().anyMatch(x -> x.equals(own) || x.startsWith(own + "(") || own.startsWith(x + "(")),
                c + ": the answer does not cite " + own + ": " + cited);
    }

    private static void contains(StatutoryCases.Case c, String path, JsonNode expected, JsonNode actual) {
        assertNotNull(actual, c + ": " + path + " is absent");
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode a = actual.get(f.getKey());
                if (f.getValue().isNull()) {
                    assertTrue(a == null || a.isNull(), c + ": " + path + "." + f.getKey() + " is " + a);
                } else {
                    contains(c, path + "." + f.getKey(), f.getValue(), a);
                }
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            assertEquals(expected.decimalValue().stripTrailingZeros(), actual.decimalValue().stripTrailingZeros(), c + ": " + path);
        } else {
            assertEquals(expected, actual, c + ": " + path);
        }
    }

    private static Iterable<JsonNode> iter(JsonNode n) {
        return n == null ? List.of() : n::elements;
    }

    @Test
    void everyStatutoryQuestionHasCases() {
        for (var q : Catalogue.all()) {
            if (q.about().area() != com.statutory.officers.catalogue.Area.PLATFORM) {
                assertTrue(cases().stream().anyMatch(c -> c.question().equals(q.name())), q.name() + " has no statutory cases file");
            }
        }
    }
}
