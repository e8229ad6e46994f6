package com.statutory.officers.function;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.catalogue.Catalogue;

/**
 * Every binding's call goes through here: one log record per call, written by quarkus-logging-json as one JSON
 * object whose {@code mdc} holds the function, outcome, duration and, for a 400, the names of the bad fields
 * (already cut to 100 printable characters by answer.Inputs, at most {@value #MAX_FIELDS_LOGGED} of them). Never
 * the caller's facts, which may be about real people.
 */
public final class Calls {

    private static final Logger LOG = Logger.getLogger("officers.calls");
    static final int MAX_FIELDS_LOGGED = 20;

    private Calls() {
    }

    public static Envelope<?> answer(String function, JsonNode input) {
        long start = System.nanoTime();
        try {
            Envelope<?> envelope = Catalogue.answer(function, input);
            log(function, envelope.status().name(), start, null);
            return envelope;
        } catch (InvalidInputException e) {
            log(function, "INVALID_INPUT", start, String.join(",",
                    e.body().error().fields().stream().map(FieldProblem::field).distinct().limit(MAX_FIELDS_LOGGED).toList()));
            throw e;
        } catch (RuntimeException e) {
            log(function, "ERROR", start, null);
            LOG.error("Unexpected failure in " + function, e);
            throw e;
        }
    }

    private static void log(String function, String outcome, long start, String fields) {
        MDC.put("function", function);
        MDC.put("outcome", outcome);
        MDC.put("durationMicros", Long.toString((System.nanoTime() - start) / 1000));
        if (fields != null) {
            MDC.put("fields", fields);
        }
        try {
            LOG.info("call");
        } finally {
            MDC.remove("function");
            MDC.remove("outcome");
            MDC.remove("durationMicros");
            MDC.remove("fields");
        }
    }
}
