package com.statutory.officers.answer;

/**
 * A fact the caller did not give and that would change the answer, with a question a person can be asked.
 *
 * @param because the provision that makes the fact decisive (e.g. "65 ILCS 5/3.1-10-50(f)"); its words are in
 *                the envelope's citations, so a chatbot can tell the person why it asks
 */
public record MissingFact(String field, String ask, String because) {
}
