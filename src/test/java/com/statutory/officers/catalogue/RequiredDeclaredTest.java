package com.statutory.officers.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 14, finding 10: a field the function refuses when absent is declared `required` in its input schema (and so in the
 * gateway's model and the tool definitions), and no other field is.
 */
class RequiredDeclaredTest {

    @Test
    void theSchemaRequiresExactlyWhatTheFunctionRefusesWhenAbsent() {
        List<String> wrong = new ArrayList<>();
        for (Question<?, ?> q : Catalogue.all()) {
            JsonNode schema = Schemas.input(q);
            List<String> declared = new ArrayList<>();
            schema.path("required").forEach(n -> declared.add(n.asText()));
            for (RecordComponent c : q.about().factsType().getRecordComponents()) {
                boolean refused = c.getAccessor().isAnnotationPresent(NotNull.class) || c.getAccessor().isAnnotationPresent(NotBlank.class);
                if (refused != declared.contains(c.getName())) {
                    wrong.add(q.name() + "." + c.getName() + (refused ? " is refused when absent but not declared required"
                            : " is declared required but may be absent"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
