package com.statutory.officers.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.catalogue.Catalogue;

/** Issue 14, finding 5: a caller's field name is repeated at most 100 characters long, with no raw control character, quote or backslash. */
class EchoedNamesTest {

    @Test
    void aHugeNameWithControlCharactersIsTruncatedAndEscaped() {
        String name = "x\ny\\z\"" + "a".repeat(32_000);
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put(name, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Catalogue.answer("veto", input));
        String field = e.body().error().fields().get(0).field();
        assertTrue(field.length() <= Inputs.ECHO_LIMIT * 6 + 3, "field of " + field.length() + " characters");
        assertTrue(field.endsWith("..."));
        assertFalse(field.chars().anyMatch(c -> c < 0x20), "a control character was echoed");
        assertTrue(field.startsWith("x\\u000ay\\\\z\\\""), field.substring(0, 20));
    }

    @Test
    void anOrdinaryNameIsRepeatedAsIs() {
        assertEquals("colour", Inputs.echo("colour"));
    }
}
