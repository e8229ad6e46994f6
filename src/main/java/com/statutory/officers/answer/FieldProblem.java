package com.statutory.officers.answer;

/** One thing wrong with one input field, named by its JSON path ("municipality.population"). */
public record FieldProblem(String field, String problem) {
}
