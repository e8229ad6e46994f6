package com.statutory.officers.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

import io.quarkus.funqy.Funq;

/** The bindings cannot drift from the catalogue: one @Funq per function, same names, same order. */
class FunctionsMatchCatalogueTest {

    @Test
    void everyCatalogueFunctionHasExactlyOneFunqyBinding() {
        List<String> bound = Arrays.stream(Functions.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Funq.class))
                .map(m -> m.getAnnotation(Funq.class).value()).sorted().toList();
        List<String> catalogue = Catalogue.all().stream().map(Question::name).sorted().toList();
        assertEquals(catalogue, bound);
    }
}
