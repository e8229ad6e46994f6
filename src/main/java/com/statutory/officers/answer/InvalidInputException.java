package com.statutory.officers.answer;

import java.util.List;

/**
 * Bad input: a caller error, reported as HTTP 400 with {@link ErrorBody}. Its message is that body
 * as JSON, so the Lambda binding's error message carries exactly what the gateway must return.
 */
public final class InvalidInputException extends RuntimeException {

    private final transient ErrorBody body;

    public InvalidInputException(List<FieldProblem> fields) {
        this(ErrorBody.invalidInput(fields));
    }

    public InvalidInputException(String field, String problem) {
        this(List.of(new FieldProblem(field, problem)));
    }

    private InvalidInputException(ErrorBody body) {
        super(Json.write(body), null, false, false);
        this.body = body;
    }

    public ErrorBody body() {
        return body;
    }
}
