package com.statutory.officers.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

/** SnapStart priming answers whichever function the Lambda exports, every one of the catalogue, and nothing without one. */
class SnapStartPrimingTest {

    @Test
    void primesEveryCatalogueFunction() throws Exception {
        for (Question<?, ?> q : Catalogue.all()) {
            assertEquals(20, new SnapStartPriming(Optional.of(q.name()), Json.MAPPER).prime(), q.name());
        }
    }

    @Test
    void primesNothingWithoutAnExport() throws Exception {
        assertEquals(0, new SnapStartPriming(Optional.empty(), Json.MAPPER).prime());
        assertEquals(0, new SnapStartPriming(Optional.of("no-such-function"), Json.MAPPER).prime());
    }
}
