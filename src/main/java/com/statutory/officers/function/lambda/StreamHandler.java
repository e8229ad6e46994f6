package com.statutory.officers.function.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.statutory.officers.function.CallersMistakes;

import io.quarkus.funqy.lambda.FunqyStreamHandler;

/**
 * The java21 runtime's handler (Packaging=jvm): Funqy's, except that a caller's mistake leaves as an error without a
 * stack trace. AWS's runtime interface client logs every thrown exception with its trace and "Caused by" chain,
 * so each 400 printed some 30 lines (issue 14, finding 6). The error message is unchanged, byte for byte, so the
 * gateway's patterns and the native binary (Quarkus's own poll loop, filtered by CallersMistakes) agree with it.
 */
public final class StreamHandler implements RequestStreamHandler {

    private final FunqyStreamHandler funqy = new FunqyStreamHandler();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        try {
            funqy.handleRequest(input, output, context);
        } catch (RuntimeException e) {
            if (CallersMistakes.isCallersMistake(e)) {
                throw new BadRequest(e.getMessage());
            }
            throw e;
        }
    }

    /** Answered 400 by the gateway: the message is all there is to say, so no trace is taken. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
