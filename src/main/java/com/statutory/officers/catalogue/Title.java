package com.statutory.officers.catalogue;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The words a clerk reads for a fact or an enum value: a field's JSON Schema {@code title} (the form's label), or an
 * enum constant's display name ({@link Schemas#ENUM_NAMES}). A field's {@code @JsonPropertyDescription} is its plain hint. An
 * enum constant without one is titled from its name (INCORPORATED_TOWN, "Incorporated town"); the annotation is for
 * the constants whose name does not read as words.
 */
@Documented
@Target({ FIELD, METHOD, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Title {

    String value();
}
