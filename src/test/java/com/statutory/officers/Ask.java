package com.statutory.officers;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;

/** Test helper: ask a question the way the bindings do (JSON in, envelope out), and read the answer as JSON. */
public final class Ask {

    private Ask() {
    }

    public static Envelope<?> envelope(String question, String json) {
        try {
            return Catalogue.answer(question, Json.MAPPER.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The whole envelope as a JSON tree, for assertions on answer fields by name. */
    public static JsonNode json(String question, String json) {
        return Json.MAPPER.valueToTree(envelope(question, json));
    }
}
