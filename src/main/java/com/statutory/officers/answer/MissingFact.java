package com.statutory.officers.answer;

/** A fact the caller did not give and that would change the answer, with a question a person can be asked. */
public record MissingFact(String field, String ask) {
}
