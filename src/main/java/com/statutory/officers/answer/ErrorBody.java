package com.statutory.officers.answer;

import java.util.List;

/** The catalogue's 400 body: {@code {"error": {"code": "INVALID_INPUT", "message": ..., "fields": [...]}}}. */
public record ErrorBody(Error error) {

    public record Error(String code, String message, List<FieldProblem> fields) {
        public Error {
            fields = List.copyOf(fields);
        }
    }

    /** An error about the request as a whole (its route, its media type, its size), with no field to name. */
    public static ErrorBody of(String code, String message) {
        return new ErrorBody(new Error(code, message, List.of()));
    }

    /** Anything that is not the caller's doing: no internals, the same words from the gateway and the local server. */
    public static ErrorBody internal() {
        return of("INTERNAL", "Something went wrong on our side; the request was not answered.");
    }

    /**
     * A body that could not be read as JSON at all: not JSON, not UTF-8, nested too deep or over the size limit. Both
     * bindings say the same, the gateway as well; the parser's own words (offsets, internal limits) stay out.
     */
    public static ErrorBody unreadable() {
        return invalidInput(List.of(new FieldProblem("", "must be one JSON object of the function's facts, in UTF-8, at most "
                + Json.MAX_INPUT_BYTES / 1024 + " KB")));
    }

    public static ErrorBody invalidInput(List<FieldProblem> fields) {
        StringBuilder message = new StringBuilder("The input is not valid: ");
        for (int i = 0; i < fields.size(); i++) {
            FieldProblem f = fields.get(i);
            message.append(i == 0 ? "" : "; ").append(f.field().isEmpty() ? "body" : f.field()).append(' ').append(f.problem());
        }
        return new ErrorBody(new Error("INVALID_INPUT", message.append('.').toString(), fields));
    }
}
