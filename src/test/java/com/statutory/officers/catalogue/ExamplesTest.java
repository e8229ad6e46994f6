package com.statutory.officers.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.statutory.officers.Ask;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.Status;

/** Every example published by `questions` is valid input and is answered (a form's "load example" must work). */
class ExamplesTest {

    @Test
    void everyExampleIsAnswered() throws Exception {
        for (Question<?, ?> q : Catalogue.all()) {
            String json = Json.MAPPER.writeValueAsString(q.example());
            assertEquals(Status.ANSWERED, Ask.envelope(q.name(), json).status(), q.name() + " " + json);
        }
    }
}
