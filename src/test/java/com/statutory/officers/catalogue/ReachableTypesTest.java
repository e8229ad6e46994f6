package com.statutory.officers.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.ErrorBody;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.Quote;
import com.statutory.officers.municipality.Municipality;
import com.statutory.officers.municipality.MunicipalityKind;

/**
 * What the native image registers for Jackson (function.NativeImageFeature) is computed from the catalogue:
 * it holds every facts and answer type, the envelope and error body, and is closed under record components.
 * The native tests (make test-native) prove the registrations work; this proves the walk misses nothing.
 */
class ReachableTypesTest {

    private final Set<Class<?>> types = ReachableTypes.ofCatalogue();

    @Test
    void everyQuestionsFactsAndAnswerAndTheEnvelopeAreIncluded() {
        for (Question<?, ?> q : Catalogue.all()) {
            assertTrue(types.contains(q.factsType()), q.name());
            assertTrue(types.contains(q.about().answerType()), q.name());
        }
        assertTrue(types.containsAll(Set.of(Envelope.class, ErrorBody.class, ErrorBody.Error.class, FieldProblem.class, Quote.class)));
        assertTrue(types.containsAll(Set.of(Municipality.class, MunicipalityKind.class)), "nested facts and their enums");
    }

    @Test
    void everyComponentOfOursIsIncluded() {
        for (Class<?> c : types) {
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    assertOursIncluded(rc.getGenericType(), c.getName() + "." + rc.getName());
                }
            }
        }
    }

    private void assertOursIncluded(Type t, String where) {
        if (t instanceof ParameterizedType p) {
            assertOursIncluded(p.getRawType(), where);
            for (Type a : p.getActualTypeArguments()) {
                assertOursIncluded(a, where);
            }
        } else if (t instanceof Class<?> c && c.getName().startsWith("com.statutory.officers.")) {
            assertTrue(types.contains(c), where + " reaches " + c.getName());
        }
    }
}
