package com.statutory.officers.answer;

import java.util.List;

/**
 * Facts that can contradict each other (a vacancy after the term ends, a mayor in a village). The
 * record lists its contradictions; {@link Consistent} reports each on the field it names.
 */
public interface CrossChecked {

    List<FieldProblem> contradictions();
}
