package com.statutory.officers.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.statutory.officers.Ask;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.Status;

/** Every example published by `questions` is valid input and is answered (a form's "load example" must work). */
class ExamplesTest {

    /** Chatbot backends register these as tools: one per function, named and described, with an object schema. */
    @Test
    void toolDefinitionsCoverEveryFunction() {
        com.fasterxml.jackson.databind.JsonNode tools = Ask.json("questions", "{\"format\":\"TOOLS\"}").at("/answer/tools");
        assertEquals(Catalogue.all().size(), tools.size());
        for (com.fasterxml.jackson.databind.JsonNode t : tools) {
            assertEquals("object", t.at("/parameters/type").asText(), t.get("name").asText());
            org.junit.jupiter.api.Assertions.assertFalse(t.get("parameters").has("$schema"));
            org.junit.jupiter.api.Assertions.assertFalse(t.get("description").asText().isBlank());
        }
        // asking for tools must not change the catalogue that is served afterwards
        assertEquals("http://json-schema.org/draft-07/schema#", Ask.json("questions", "{}").at("/answer/functions/0/inputSchema/$schema").asText());
    }

    @Test
    void everyExampleIsAnswered() throws Exception {
        for (Question<?, ?> q : Catalogue.all()) {
            String json = Json.MAPPER.writeValueAsString(q.example());
            assertEquals(Status.ANSWERED, Ask.envelope(q.name(), json).status(), q.name() + " " + json);
        }
    }
}
