package com.statutory.officers.answer;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the product, used by the rules, the tests, the benchmarks and (through
 * a CDI customizer) by both Funqy bindings, so that the same input gives the same bytes everywhere.
 *
 * <p>Reading is strict because a guessed fact is a wrong answer: unknown fields, numbers in strings,
 * fractions for whole numbers, numbers for enums and non-ISO dates are all rejected.
 */
public final class Json {

    public static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

    /**
     * Every date a caller gives must lie in this range: wide enough for any officer's term, residence or
     * ordinance, and far from the limits of java.time, where date arithmetic (a term plus 28 months) would fail.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    /**
     * The largest body either binding reads: checked while the bytes are parsed, so a 6 MB Lambda event is refused after
     * its first 64 KB instead of becoming a tree that exhausts a small function's heap (issue 14, finding 4). The local
     * server's quarkus.http.limits.max-body-size says the same, before the body is read.
     */
    public static final int MAX_INPUT_BYTES = 64 * 1024;
    /** The deepest nesting any function's facts need is a few levels (a council inside the facts, a candidate in a list). */
    public static final int MAX_NESTING_DEPTH = 16;
    /** No field of ours is longer than 40 characters; Jackson would read names of 50,000. */
    public static final int MAX_NAME_CHARS = 200;

    private Json() {
    }

    public static <M extends ObjectMapper> M configure(M mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_INPUT_BYTES)
                .maxNestingDepth(MAX_NESTING_DEPTH).maxNameLength(MAX_NAME_CHARS).build());
        mapper.getFactory().setInputDecorator(new Utf8Only());
        mapper.registerModule(new JavaTimeModule());
        // a key given twice is refused, not "last wins": the gateway's model and the function could read different values
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("plausible-dates").setDeserializerModifier(new PlausibleDates()));
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        return mapper;
    }

    /**
     * Wraps whatever date deserializer the Java time module provides (strict ISO, see configure), so that its own
     * contextual copies keep the range check too.
     */
    private static final class PlausibleDate extends DelegatingDeserializer {

        PlausibleDate(JsonDeserializer<?> isoDates) {
            super(isoDates);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new PlausibleDate(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // only "YYYY-MM-DD": the time module would also take [2026,1,15] and trim " 2026-01-15 " (issue 14, finding 7)
            if (!parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (!text.equals(text.strip())) {
                throw context.weirdStringException(text, LocalDate.class, "has spaces around the date");
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof LocalDate date && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
                throw context.weirdStringException(parser.getText(), LocalDate.class, "outside " + EARLIEST_DATE + " to " + LATEST_DATE);
            }
            return value;
        }
    }

    private static final class PlausibleDates extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            return description.getBeanClass() == LocalDate.class ? new PlausibleDate(deserializer) : deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new ExactEnum(deserializer);
        }
    }

    /** An enum value exactly as the schema lists it: Jackson would otherwise also take " TRUSTEE " (issue 14, finding 7). */
    private static final class ExactEnum extends DelegatingDeserializer {

        ExactEnum(JsonDeserializer<?> enums) {
            super(enums);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnum(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING) && !parser.getText().equals(parser.getText().strip())) {
                return context.handleWeirdStringValue(handledType(), parser.getText(), "has spaces around the value");
            }
            return super.deserialize(parser, context);
        }
    }

    private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A Content-Type naming JSON: application/json, with or without parameters (charset=utf-8), in any letter case. */
    public static boolean isJsonMediaType(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/json");
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass(), e);
        }
    }
}
