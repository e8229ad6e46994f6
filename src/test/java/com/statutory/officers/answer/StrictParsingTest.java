package com.statutory.officers.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.statutory.officers.catalogue.Catalogue;

/** Issue 14, finding 7: what the strict reading refuses, each a 400 naming the field (duplicate keys refused when the body is read). */
class StrictParsingTest {

    private static String refusedField(String json) throws JsonProcessingException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Catalogue.answer("vacancy-filling", Json.MAPPER.readTree(json)));
        return e.body().error().fields().get(0).field();
    }

    @Test
    void aDateAsAnArrayIsRefused() throws Exception {
        assertEquals("vacancyDate", refusedField("{\"vacancyDate\":[2026,1,15]}"));
    }

    @Test
    void aDateWithSpacesIsRefused() throws Exception {
        assertEquals("vacancyDate", refusedField("{\"vacancyDate\":\"2026-01-15 \"}"));
    }

    @Test
    void anEnumValueWithSpacesIsRefused() throws Exception {
        assertEquals("office", refusedField("{\"office\":\" TRUSTEE \"}"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedWhenTheBodyIsRead() {
        assertThrows(JsonProcessingException.class, () -> Json.MAPPER.readTree("{\"office\":\"MAYOR\",\"office\":\"TRUSTEE\"}"));
    }
}
