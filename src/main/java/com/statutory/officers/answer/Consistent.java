package com.statutory.officers.answer;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Class-level constraint for {@link CrossChecked} records: contradictory facts are bad input (400), not an answer. */
@Documented
@Constraint(validatedBy = ConsistentValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface Consistent {

    String message() default "contradicts other facts";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
