package com.statutory.officers.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

/** The benchmark measures every catalogue function: a new question must be added to its @Param list. */
class BenchmarkCoversCatalogueTest {

    @Test
    void everyFunctionIsBenchmarked() throws Exception {
        List<String> params = List.of(AnswerBenchmark.class.getField("function").getAnnotation(Param.class).value());
        assertEquals(Catalogue.all().stream().map(Question::name).sorted().toList(), params.stream().sorted().toList());
    }
}
