package com.statutory.officers.guarantees;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.Engine;
import com.statutory.officers.answer.Inputs;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Decides;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.guarantees.FactSpace.Fact;
import com.statutory.officers.statutory.StatutoryCases;

/**
 * Issue 25: how many times the engine runs a rule per call, over every YAML case and each case less each fact it gives. No
 * case may reach the cap (there the engine falls back to asking the first fact read); the median and the worst are printed
 * for BENCHMARKS.md.
 */
class PathsExploredTest {

    @Test
    void noStatutoryCaseReachesTheCap() {
        List<Integer> runs = new ArrayList<>();
        String worst = "";
        int most = 0;
        for (StatutoryCases.Case c : StatutoryCases.all()) {
            Question<?, ?> q = Catalogue.find(c.question()).orElseThrow();
            if (!(q instanceof Decides<?, ?> d) || !(c.input() instanceof ObjectNode input)) {
                continue;
            }
            List<ObjectNode> inputs = new ArrayList<>(List.of(input));
            for (Fact f : FactSpace.given(input, FactSpace.optionalFacts(q.factsType()), true)) {
                inputs.add(FactSpace.with(input, f, null));
            }
            for (ObjectNode in : inputs) {
                int n;
                try {
                    n = paths(d, in);
                } catch (InvalidInputException bad) {
                    continue;
                }
                runs.add(n);
                if (n > most) {
                    most = n;
                    worst = c.question() + ": " + c.name() + " " + in;
                }
            }
        }
        Collections.sort(runs);
        System.out.printf("engine runs per call over %d YAML inputs: median %d, 90th percentile %d, worst %d (%s)%n", runs.size(),
                runs.get(runs.size() / 2), runs.get(runs.size() * 9 / 10), most, worst);
        assertTrue(most < Engine.MAX_PATHS, "the exploration reached its cap on " + worst);
    }

    private static <F, A> int paths(Decides<F, A> d, ObjectNode input) {
        F facts = Inputs.bind(input, d.factsType());
        return Engine.explore(d.name(), d.about().answerType(), facts, d::decide).paths();
    }
}
