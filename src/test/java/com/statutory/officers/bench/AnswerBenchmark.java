package com.statutory.officers.bench;

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

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        question = (Question<Object, Object>) Catalogue.find(function).orElseThrow();
        input = Json.MAPPER.writeValueAsBytes(question.example());
        facts = Inputs.bind(Json.MAPPER.readTree(input), question.factsType());
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
