package com.statutory.officers.answer;

/** One rule that decided the answer: what was found, and the provision that says so. */
public record Step(String finding, String citation) {
}
