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

    @Test
    void aByteOrderMarkIsRefused() {
        byte[] json = "\uFEFF{\"office\":\"MAYOR\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(java.io.IOException.class, () -> Json.MAPPER.readTree(json));
        assertThrows(java.io.IOException.class, () -> Json.MAPPER.readTree(new java.io.ByteArrayInputStream(json)));
    }

    @Test
    void utf16IsRefusedWithOrWithoutAMark() {
        for (java.nio.charset.Charset utf16 : java.util.List.of(java.nio.charset.StandardCharsets.UTF_16,
                java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            byte[] json = "{\"office\":\"MAYOR\"}".getBytes(utf16);
            assertThrows(java.io.IOException.class, () -> Json.MAPPER.readTree(json), utf16.name());
            assertThrows(java.io.IOException.class, () -> Json.MAPPER.readTree(new java.io.ByteArrayInputStream(json)), utf16.name());
        }
    }

    @Test
    void plainUtf8IsRead() throws Exception {
        byte[] json = " {\"office\":\"MAYOR\",\"note\":\"Zo\u00eb\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("MAYOR", Json.MAPPER.readTree(json).get("office").asText());
        assertEquals("MAYOR", Json.MAPPER.readTree(new java.io.ByteArrayInputStream(json)).get("office").asText());
    }

    /** Issue 14, finding 4: a body over 64 KB is refused while it is read, streamed or not, before it becomes a tree. */
    @Test
    void aBodyOverTheLimitIsRefusedWhileRead() throws Exception {
        String padding = "x".repeat(Json.MAX_INPUT_BYTES);
        byte[] json = ("{\"office\":\"MAYOR\",\"padding\":\"" + padding + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(com.fasterxml.jackson.core.exc.StreamConstraintsException.class, () -> Json.MAPPER.readTree(new java.io.ByteArrayInputStream(json)));
        assertThrows(com.fasterxml.jackson.core.exc.StreamConstraintsException.class, () -> Json.MAPPER.readTree(json));
        byte[] justUnder = ("{\"padding\":\"" + "x".repeat(Json.MAX_INPUT_BYTES - 20) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Json.MAX_INPUT_BYTES - 20, Json.MAPPER.readTree(new java.io.ByteArrayInputStream(justUnder)).get("padding").asText().length());
    }

    @Test
    void deepNestingAndLongNamesAreRefusedWhileRead() {
        assertThrows(com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
                () -> Json.MAPPER.readTree("{\"a\":" + "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH) + "}"));
        assertThrows(com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
                () -> Json.MAPPER.readTree("{\"" + "n".repeat(Json.MAX_NAME_CHARS + 1) + "\":1}"));
    }
}
