package com.statutory.officers.answer;

import java.util.List;

/** The catalogue's 400 body: {@code {"error": {"code": "INVALID_INPUT", "message": ..., "fields": [...]}}}. */
public record ErrorBody(Error error) {

    public record Error(String code, String message, List<FieldProblem> fields) {
        public Error {
            fields = List.copyOf(fields);
        }
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
