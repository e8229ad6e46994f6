package com.statutory.officers.function;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.catalogue.Catalogue;

/**
 * Every binding's call goes through here: one structured JSON log line per call (function, outcome, duration,
 * and for a 400 the names of the bad fields), never the caller's facts, which may be about real people.
 */
final class Calls {

    private static final Logger LOG = Logger.getLogger("officers.calls");

    private Calls() {
    }

    static Envelope<?> answer(String function, JsonNode input) {
        long start = System.nanoTime();
        try {
            Envelope<?> envelope = Catalogue.answer(function, input);
            log(function, envelope.status().name(), start, "");
            return envelope;
        } catch (InvalidInputException e) {
            log(function, "INVALID_INPUT", start, ",\"fields\":[" + String.join(",", e.body().error().fields().stream()
                    .map(FieldProblem::field).map(f -> "\"" + f.replace("\"", "") + "\"").distinct().toList()) + "]");
            throw e;
        } catch (RuntimeException e) {
            log(function, "ERROR", start, ",\"exception\":\"" + e.getClass().getName() + "\"");
            LOG.error("Unexpected failure in " + function, e);
            throw e;
        }
    }

    private static void log(String function, String outcome, long start, String extra) {
        LOG.infof("{\"function\":\"%s\",\"outcome\":\"%s\",\"durationMicros\":%d%s}", function, outcome, (System.nanoTime() - start) / 1000, extra);
    }
}
