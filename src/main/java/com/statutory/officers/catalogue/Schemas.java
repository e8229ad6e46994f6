package com.statutory.officers.catalogue;

import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.OneOf;

/**
 * JSON Schemas of every question's facts and envelope, generated from the records themselves (field
 * names, types, descriptions and Hibernate Validator bounds), so the published contract cannot drift
 * from the code. Draft 7: what LLM tool definitions and most form builders accept.
 */
public final class Schemas {

    /** The keyword that carries each enum value's words, in the order of {@code enum}. */
    public static final String ENUM_NAMES = "x-enum-descriptions";

    private static final SchemaGenerator GENERATOR = generator();

    private Schemas() {
    }

    public static ObjectNode input(Question<?, ?> q) {
        return GENERATOR.generateSchema(q.factsType());
    }

    public static ObjectNode output(Question<?, ?> q) {
        return GENERATOR.generateSchema(Envelope.class, q.about().answerType());
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(Json.MAPPER, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                // a field the function refuses when absent (@NotNull, @NotBlank) is declared required, so the gateway refuses it too
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS, JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                // Unknown fields are rejected with a 400, and the schema says so.
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                // no OpenAPI formats ("int32" is not a JSON Schema format; issue 13): dates keep "date", set below
                .with(Option.INLINE_ALL_SCHEMAS);
        b.forFields().withEnumResolver(field -> {
            OneOf oneOf = field.getAnnotationConsideringFieldAndGetter(OneOf.class);
            return oneOf == null ? null : Arrays.stream(oneOf.value()).boxed().map(Object.class::cast).toList();
        });
        // fields in the records' own order (municipality first, dates in the order the law uses them), for forms and tools
        b.forTypesInGeneral().withPropertySorter((a, b2) -> 0);
        // a documented default (deposit-collateral's insurance limitation) is published as JSON Schema's "default"
        b.forFields().withDefaultResolver(field -> {
            com.fasterxml.jackson.annotation.JsonProperty p = field.getAnnotationConsideringFieldAndGetter(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (p == null || p.defaultValue().isEmpty()) {
                return null;
            }
            return field.getType().isInstanceOf(Number.class) ? new java.math.BigDecimal(p.defaultValue()) : p.defaultValue();
        });
        b.forFields().withStringFormatResolver(field -> field.getType().isInstanceOf(java.time.LocalDate.class) ? "date" : null);
        // issue 15: the words a person reads - a field's title is its label, its description the hint
        b.forFields().withTitleResolver(field -> {
            Title t = field.getAnnotationConsideringFieldAndGetter(Title.class);
            return t == null ? null : t.value();
        });
        // enum values keep "enum" (what every validator, the gateway's draft-04 models and strict tool definitions read); beside
        // it, each value's words under the OpenAPI extension code generators turn into per-value docs (a bare "enumNames", as
        // some form builders read, is refused by OpenAPI 3.1 linters)
        b.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
            Class<?> type = scope.getType().getErasedType();
            if (type.isEnum() && node.has("enum")) {
                ArrayNode names = node.putArray(ENUM_NAMES);
                for (Object constant : type.getEnumConstants()) {
                    names.add(Titles.of((Enum<?>) constant));
                }
            }
        });
        return new SchemaGenerator(b.build());
    }

}
