package com.statutory.officers.answer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with one input field, named by its JSON path ("municipality.population").
 *
 * @param message the same as a sentence for a person, the field called by its title ("Population must be a whole number of at
 *                least 1."); present when the function composed the 400, absent from the gateway's own schema 400s
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String problem, String message) {

    public FieldProblem(String field, String problem) {
        this(field, problem, null);
    }

    public FieldProblem withMessage(String sentence) {
        return new FieldProblem(field, problem, sentence);
    }

    /**
     * Entries of a list naming the same thing twice (same key), each after the first reported at {@code path} (a format with the
     * entry's index, "candidates[%d].name") as "names {what} listed twice". Entries or keys not given are left to other checks.
     */
    public static <T> java.util.List<FieldProblem> listedTwice(java.util.List<T> entries, java.util.function.Function<T, String> key, String path,
            String what) {
        java.util.List<FieldProblem> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String k = entries.get(i) == null ? null : key.apply(entries.get(i));
            if (k != null && !seen.add(k)) {
                out.add(new FieldProblem(path.formatted(i), "names " + what + " listed twice"));
            }
        }
        return out;
    }
}
