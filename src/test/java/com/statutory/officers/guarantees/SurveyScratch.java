package com.statutory.officers.guarantees;

import java.util.*;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.*;
import com.statutory.officers.catalogue.*;
import com.statutory.officers.guarantees.FactSpace.*;
import com.statutory.officers.statutory.StatutoryCases;

class SurveyScratch {
    @Test
    void survey() {
        Map<String, String> found = new TreeMap<>();
        List<EngineGuaranteesTest.Base> seeds = new ArrayList<>();
        for (Question<?, ?> q : Catalogue.all()) { ObjectNode e = Json.MAPPER.valueToTree(q.example()); seeds.add(new EngineGuaranteesTest.Base(q, e, e, "example")); }
        for (StatutoryCases.Case c : StatutoryCases.all()) if (c.input() instanceof ObjectNode o) seeds.add(new EngineGuaranteesTest.Base(Catalogue.find(c.question()).orElseThrow(), o, o, c.name()));
        Random rnd = new Random(1);
        for (EngineGuaranteesTest.Base seed : seeds) {
            for (int t = 0; t < 60; t++) {
                EngineGuaranteesTest.Base b = t == 0 ? seed : EngineGuaranteesTest.dropSome(seed, rnd.nextLong());
                Question<?, ?> q = b.question();
                Outcome before = Outcome.of(q, b.input());
                List<Fact> facts = FactSpace.optionalFacts(q.factsType());
                if (before.answered()) {
                    for (Fact fact : FactSpace.absent(b.input(), facts)) {
                        for (JsonNode v : FactSpace.values(fact, b.input())) {
                            String after = EngineGuaranteesTest.changedBy(q, before, FactSpace.with(b.input(), fact, v), 2);
                            if (after != null) found.putIfAbsent(q.name() + " ADDS " + fact.name(), v + " " + b.input() + "\n    before " + before + "\n    after  " + after);
                        }
                    }
                } else if (!before.invalid()) {
                    for (String asked : before.asked()) {
                        Fact fact = FactSpace.byName(facts, asked);
                        if (fact == null) { found.putIfAbsent(q.name() + " NOFACT " + asked, b.input().toString()); continue; }
                        if (!EngineGuaranteesTest.matters(q, b.input(), b.seed(), fact, facts)) found.putIfAbsent(q.name() + " MATTERS " + asked, b.input().toString());
                    }
                }
            }
        }
        found.forEach((k, v) -> System.out.println("SURVEY " + k + " :: " + v));
    }
}
