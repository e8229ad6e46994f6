package com.statutory.officers.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.municipality.MunicipalityKind;

/**
 * Issue 15: every input field of every catalogue function carries words for a person - a title (the form's label) and a
 * description (the hint) - and every enum value a display name; none of them shows a field name (camelCase) or an enum
 * code (INCORPORATED_TOWN), which is what a clerk saw before.
 */
class WordsForPeopleTest {

    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}[A-Z0-9_]*\\b");
    /** Initialisms people write in capitals. */
    private static final Set<String> INITIALISMS = Set.of("ILCS", "US", "FDIC", "MCP");

    @Test
    void everyFieldHasATitleAndAPlainDescription() {
        List<String> wrong = new ArrayList<>();
        for (Question<?, ?> q : Catalogue.all()) {
            walk(q.name(), Schemas.input(q), wrong);
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " problems:\n" + String.join("\n", wrong));
    }

    /** Issue 15: a form opens with one plain sentence of what the question decides, not the API's long description. */
    @Test
    void everyQuestionSaysWhatItDecidesInOneShortPlainSentence() {
        List<String> wrong = new ArrayList<>();
        for (Question<?, ?> q : Catalogue.all()) {
            String decides = q.about().decides();
            if (decides == null || decides.isBlank()) {
                wrong.add(q.name() + ": no sentence");
                continue;
            }
            if (!decides.endsWith(".") || decides.substring(0, decides.length() - 1).contains(". ") || decides.length() > 130) {
                wrong.add(q.name() + ": not one short sentence (" + decides.length() + " characters): " + decides);
            }
            plain(q.name(), decides, wrong);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void anEnumValueWithoutATitleReadsAsItsNameInWords() {
        assertEquals("Incorporated town", Titles.of(MunicipalityKind.INCORPORATED_TOWN));
        JsonNode kind = Schemas.input(Catalogue.find("vacancy-filling").orElseThrow()).at("/properties/municipality/properties/kind");
        assertEquals("[\"City\",\"Village\",\"Incorporated town\"]", kind.get(Schemas.ENUM_NAMES).toString());
        JsonNode vote = Schemas.input(Catalogue.find("council-vote").orElseThrow()).at("/properties/mayorVote");
        assertEquals("[\"Yes\",\"No\",\"Did not vote\"]", vote.get(Schemas.ENUM_NAMES).toString(), "a @Title overrides the name");
    }

    @Test
    void aFieldProblemsPathFindsItsTitle() {
        Class<?> facts = Catalogue.find("primary-results").orElseThrow().factsType();
        assertEquals("Population", Titles.ofPath(facts, "municipality.population"));
        assertEquals("Votes", Titles.ofPath(facts, "candidates[2].votes"));
        assertEquals(null, Titles.ofPath(facts, "noSuchField"));
        assertEquals(null, Titles.ofPath(facts, ""));
    }

    /** Issue 15: "The vacancy date must be before the end of the term." - a 400 says what is wrong in the form's words. */
    @Test
    void aFieldProblemComesWithASentenceInTheFormsWords() {
        List<FieldProblem> fields = invalid("vacancy-filling", "{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":0},\"office\":\"MAYOR\","
                + "\"termEndDate\":\"2026-01-01\",\"vacancyDate\":\"2026-02-01\"}");
        assertEquals(List.of("Population must be a whole number of at least 1.",
                "Vacant office does not fit the kind of municipality: a village has a president and trustees, not a mayor and alderpersons.",
                "Last day of the term is before the date of the vacancy: a vacancy occurs during a term."),
                fields.stream().map(FieldProblem::message).toList());
        assertEquals("termEndDate", fields.get(2).field(), "the path stays for programs");
        assertEquals("is before vacancyDate: a vacancy occurs during a term", fields.get(2).problem(), "and the problem too");
        assertEquals("Why the office is vacant must be one of: Resignation, Death, Permanent disability, Abandonment, Removal from office, "
                + "Failure to elect or qualify, Moved away (removal of residence), Plea agreement, Conviction, Election declared void, "
                + "Debt to the municipality.", invalid("vacancy-filling", "{\"cause\":\"DEAD\"}").get(0).message());
        assertEquals("Candidates, entry 2: name names a candidate listed twice.", invalid("primary-results",
                "{\"municipality\":{\"kind\":\"VILLAGE\",\"population\":900},\"seats\":1,\"candidates\":[{\"name\":\"A\",\"votes\":1,"
                        + "\"writeIn\":false},{\"name\":\"A\",\"votes\":3,\"writeIn\":false}]}").get(0).message());
    }

    /**
     * A problem naming another field: a label that is not a noun ("Passed on", a yes-or-no question) is quoted as the form shows
     * it, true and false are the form's yes and no, and a problem that is a clause of its own follows a colon ("the passed on",
     * "is false but paidDate", "Hearing determination served on a determination follows..." before).
     */
    @Test
    void aProblemNamingAnotherFieldSaysItAsTheFormShowsIt() {
        assertEquals("\u201cObjections received on\u201d must be after \u201cPassed on\u201d.", invalid("veto",
                "{\"passedOn\":\"2026-03-10\",\"objectionsReceivedOn\":\"2026-03-01\"}").get(0).message());
        assertEquals("The answer to \u201cHas the debt been paid in full?\u201d is no but \u201cPaid in full on\u201d is given.",
                invalid("debt-vacancy-timeline", "{\"paidInFull\":false,\"paidDate\":\"2026-03-01\"}").get(0).message());
        Class<?> debt = Catalogue.find("debt-vacancy-timeline").orElseThrow().factsType();
        assertEquals("\u201cHearing determination served on\u201d: a determination follows a contest: give \u201cContest received on\u201d.",
                Sentences.sentence(debt, new FieldProblem("determinationServedDate", "a determination follows a contest: give contestReceivedDate")));
    }

    /** Every function, every field given a value of the wrong kind: each problem has a sentence, and it shows no code or field name. */
    @Test
    void everyFieldsWrongValueIsSaidInWords() {
        List<String> wrong = new ArrayList<>();
        int said = 0;
        for (Question<?, ?> q : Catalogue.all()) {
            for (Map.Entry<String, JsonNode> p : Schemas.input(q).path("properties").properties()) {
                String bad = p.getValue().path("type").asText().equals("object") ? "\"x\"" : "{\"x\":1}";
                for (FieldProblem f : invalid(q.name(), "{\"" + p.getKey() + "\":" + bad + "}")) {
                    said++;
                    if (f.message() == null) {
                        wrong.add(q.name() + "." + f.field() + ": no sentence for " + f.problem());
                    } else {
                        plain(q.name() + "." + f.field(), f.message().replaceAll("\u201c[^\u201d]*\u201d", ""), wrong);
                    }
                }
            }
        }
        assertTrue(said > 250, "problems said: " + said);
        assertTrue(wrong.isEmpty(), wrong.size() + " problems:\n" + String.join("\n", wrong));
    }

    /** A problem as long as a body may be (64 KB) is said in linear time: the patterns never backtrack over it (quadratic before). */
    @Test
    void aLongProblemIsSaidWithoutBacktracking() {
        String problem = "is before a" + "B".repeat(60_000) + "_";
        String said = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> Sentences.sentence(VacancyFillingFacts.TYPE, new FieldProblem("termEndDate", problem)));
        assertTrue(said.startsWith("Last day of the term is before a"), said.substring(0, 60));
    }

    private static final class VacancyFillingFacts {
        static final Class<?> TYPE = Catalogue.find("vacancy-filling").orElseThrow().factsType();
    }

    private static List<FieldProblem> invalid(String function, String json) {
        try {
            Catalogue.answer(function, Json.MAPPER.readTree(json));
        } catch (InvalidInputException e) {
            return e.body().error().fields();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError(function + " answered " + json);
    }

    private static void walk(String where, JsonNode schema, List<String> wrong) {
        if (schema.has("enum") && schema.path("enum").path(0).isTextual()) {
            JsonNode names = schema.get(Schemas.ENUM_NAMES);
            if (names == null || names.size() != schema.get("enum").size()) {
                wrong.add(where + ": enum without one name per value");
            } else {
                names.forEach(n -> plain(where + " (enum name)", n.asText(), wrong));
            }
        }
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            String at = where + "." + p.getKey();
            JsonNode field = p.getValue();
            if (!field.hasNonNull("title")) {
                wrong.add(at + ": no title");
            }
            if (!field.hasNonNull("description")) {
                wrong.add(at + ": no description");
            }
            plain(at + " (title)", field.path("title").asText(), wrong);
            plain(at + " (description)", field.path("description").asText(), wrong);
            walk(at, field, wrong);
        }
        if (schema.has("items")) {
            walk(where + "[]", schema.get("items"), wrong);
        }
    }

    private static void plain(String where, String text, List<String> wrong) {
        Matcher camel = CAMEL.matcher(text);
        while (camel.find()) {
            wrong.add(where + ": a field name '" + camel.group() + "' in: " + text);
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (!INITIALISMS.contains(code.group())) {
                wrong.add(where + ": a code '" + code.group() + "' in: " + text);
            }
        }
        if (text.contains("Optional")) {
            wrong.add(where + ": 'Optional' is the form's to say (the schema's required list), not the hint's: " + text);
        }
    }
}
