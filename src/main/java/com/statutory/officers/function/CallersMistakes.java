package com.statutory.officers.function;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.statutory.officers.answer.InvalidInputException;

import io.quarkus.logging.LoggingFilter;

/**
 * A caller's mistake is not our failure (issue 14, finding 6). The native Lambda's poll loop logs every failed
 * invocation at ERROR with its stack trace, a 400 included. Here: bad facts (already logged by {@link Calls} as the
 * call's one record) are dropped; an event that could not be read at all becomes one INFO record without a trace.
 * Anything else passes untouched, stack trace and all.
 */
@LoggingFilter(name = "callers-mistakes")
public final class CallersMistakes implements Filter {

    static final String UNREADABLE = "unreadable event";

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown == null) {
            return true;
        }
        if (has(thrown, InvalidInputException.class)) {
            return false;
        }
        if (unreadable(thrown)) {
            record.setThrown(null);
            record.setLevel(Level.INFO);
            record.setMessage(UNREADABLE);
            record.setParameters(null);
        }
        return true;
    }

    /** Bad facts (a 400 naming the fields) or an event that is not readable JSON (a 400 for the body): the caller's doing. */
    public static boolean isCallersMistake(Throwable t) {
        return has(t, InvalidInputException.class) || unreadable(t);
    }

    private static boolean unreadable(Throwable t) {
        return has(t, JsonProcessingException.class);
    }

    private static boolean has(Throwable t, Class<? extends Throwable> kind) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (kind.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
