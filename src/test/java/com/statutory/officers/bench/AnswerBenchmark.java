package com.statutory.officers.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Inputs;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

/**
 * The cost of one answer, per catalogue function: through the bindings' path (JSON bytes in, envelope bytes out)
 * and the pure rule alone (validated facts in, envelope out). Run by bench/run (make bench).
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AnswerBenchmark {

    @Param({ "questions", "statute-section", "statute-search", "vacancy-filling", "resignation-effective-date", "debt-vacancy-timeline",
            "interim-court-appointment", "elective-office-eligibility", "appointive-office-eligibility", "officer-bond", "term-of-office",
            "term-limits", "compensation-change", "dual-office", "council-vote", "veto", "meeting-rules", "presiding-officer", "officer-removal",
            "council-size", "elected-officers", "primary-required", "primary-results", "petition-requirements", "cumulative-voting", "redistricting",
            "contract-interest", "treasurer-reports", "deposit-collateral", "officer-penalties", "police-powers",
            "taking-office", "appointed-officers", "mayor-powers", "clerk-and-collector-duties" })
    public String function;

    private byte[] input;
    private Question<Object, Object> question;
    private Object facts;
    /** The example, and the example with each fact it gives removed in turn (issue 25: each is explored by the engine). */
    private List<JsonNode> variants;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        question = (Question<Object, Object>) Catalogue.find(function).orElseThrow();
        input = Json.MAPPER.writeValueAsBytes(question.example());
        facts = Inputs.bind(Json.MAPPER.readTree(input), question.factsType());
        variants = new ArrayList<>();
        JsonNode example = Json.MAPPER.readTree(input);
        variants.add(example);
        for (List<String> path : leaves(example, new ArrayList<>())) {
            ObjectNode less = example.deepCopy();
            ObjectNode parent = less;
            for (String name : path.subList(0, path.size() - 1)) {
                parent = (ObjectNode) parent.get(name);
            }
            parent.remove(path.get(path.size() - 1));
            variants.add(less);
        }
    }

    /** Every field of the example that holds a value (inside nested objects too; a list is one fact). */
    private static List<List<String>> leaves(JsonNode node, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            if (e.getValue().isObject()) {
                out.addAll(leaves(e.getValue(), path));
            } else if (!e.getValue().isNull()) {
                out.add(path);
            }
        });
        return out;
    }

    /** The example and each of its one-fact-less variants in turn, through binding, validation and the engine. */
    @Benchmark
    public Envelope<?> exampleAndEachFactRemoved() {
        JsonNode in = variants.get(next);
        next = (next + 1) % variants.size();
        try {
            return Catalogue.answer(function, in);
        } catch (com.statutory.officers.answer.InvalidInputException bad) {
            return null;
        }
    }

    @Benchmark
    public byte[] jsonRoundTrip() throws Exception {
        return Json.MAPPER.writeValueAsBytes(Catalogue.answer(function, Json.MAPPER.readTree(input)));
    }

    @Benchmark
    public Envelope<Object> pureRule() {
        return question.answer(facts);
    }
}
