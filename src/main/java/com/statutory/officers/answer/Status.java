package com.statutory.officers.answer;

/** How a question was answered. None of these is an error: errors are {@link InvalidInputException}. */
public enum Status {
    /** The statute decides the case on the facts given. */
    ANSWERED,
    /** Valid facts, but a fact that would change the answer is missing; {@code missingFacts} says which. */
    NEEDS_FACTS,
    /** The sections this question applies do not govern the case; the summary says which law does, where the statute names it. */
    NOT_APPLICABLE
}
