package com.statutory.officers.answer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the components of a question's answer that are its decision (passed, eligible, method, dates...): what
 * a caller acts on. The engine's guarantees are stated over them: giving a fact that was absent from an answered
 * input never changes a decision already given (it may only fill one left open), and every fact asked for can.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface Decision {
}
