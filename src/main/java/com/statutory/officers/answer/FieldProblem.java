package com.statutory.officers.answer;

/** One thing wrong with one input field, named by its JSON path ("municipality.population"). */
public record FieldProblem(String field, String problem) {

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
