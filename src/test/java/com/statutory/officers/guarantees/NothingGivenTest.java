package com.statutory.officers.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.Status;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

/**
 * Issue 25: a missing fact is never a 400. {@code {}} sent to any statutory question is a NEEDS_FACTS answer naming its key
 * facts, each with a question and the provision that makes it decisive.
 */
class NothingGivenTest {

    static Stream<Question<?, ?>> statutory() {
        return Catalogue.all().stream().filter(q -> q.about().area() != Area.PLATFORM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statutory")
    void nothingGivenAsksForTheKeyFacts(Question<?, ?> q) {
        Envelope<?> e;
        try {
            e = Catalogue.answer(q.name(), Json.MAPPER.createObjectNode());
        } catch (InvalidInputException bad) {
            fail(q.name() + ": {} is refused with a 400, though nothing in it cannot be true: " + bad.getMessage());
            return;
        }
        assertEquals(Status.NEEDS_FACTS, e.status(), q.name() + ": " + e.summary());
        assertFalse(e.missingFacts().isEmpty(), q.name());
    }
}
