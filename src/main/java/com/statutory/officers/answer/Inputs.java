package com.statutory.officers.answer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a caller's JSON into a question's facts record, or into a 400 naming every bad field.
 * Types and formats are checked by Jackson (strictly, see {@link Json}); bounds and contradictions by
 * Hibernate Validator's annotations on the records.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Hibernate Validator, bootstrapped on a question's first call, never at start-up: a Lambda serves one question,
     * and Quarkus's extension built metadata for all 19 at start-up (about 0.2 s of a JVM cold start). The provider is
     * named rather than found by ServiceLoader, which a native image does not search; the native image registers the
     * constraint validators Hibernate Validator instantiates (function.NativeImageFeature).
     *
     * <p>Two bootstraps, each chosen by measurement (BENCHMARKS.md): on the JVM a validator per facts type in HV's
     * "predefined scope", knowing only that question's records and the built-in constraints they use (it loads ~330
     * classes of HV instead of ~560, about 0.1 s less to the first answer); in a native image, where loading classes
     * costs nothing, one default validator (an image with the predefined scope measured ~10 ms slower to its first
     * answer). make test-native proves both give the same bytes for every example and every hostile input.
     */
    private static final class Image {
        // Initialised while a native image is built (application.properties), where the property is set: the
        // constant then removes the JVM's branch from the image, and with it HV's expression-language code.
        static final boolean NATIVE = System.getProperty("org.graalvm.nativeimage.imagecode") != null;
    }

    private static final Map<Class<?>, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private static final class Default {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }

    static Validator validatorFor(Class<?> factsType) {
        return Image.NATIVE ? Default.VALIDATOR : scopedValidator(factsType);
    }

    /** The native image's validator; on the JVM only tests use it, to hold the two bootstraps to the same answers. */
    static Validator defaultValidator() {
        return Default.VALIDATOR;
    }

    static Validator scopedValidator(Class<?> factsType) {
        return VALIDATORS.computeIfAbsent(factsType, Inputs::build);
    }

    private static Validator build(Class<?> factsType) {
        // the records HV inspects (the facts and what they cascade to); enums carry no constraints
        Set<Class<?>> types = new HashSet<>();
        Set<String> builtIn = new HashSet<>();
        for (Class<?> t : TypeClosure.of(List.of(factsType))) {
            if (t.isRecord()) {
                types.add(t);
                ConstraintsUsed.on(t).forEach(c -> builtIn.add(c.getName()));
            }
        }
        builtIn.retainAll(ConstraintsUsed.builtInNames());
        return Validation.byProvider(PredefinedScopeHibernateValidator.class)
                .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
                .configure()
                .builtinConstraints(builtIn)
                .initializeBeanMetaData(types)
                // parameter interpolation needs no expression-language runtime
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }

    public static <F> F bind(JsonNode json, Class<F> type) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            throw new InvalidInputException("", "must be a JSON object (the body was empty)");
        }
        if (!json.isObject()) {
            throw new InvalidInputException("", "must be a JSON object, not " + json.getNodeType().name().toLowerCase());
        }
        F facts;
        try {
            facts = Json.MAPPER.treeToValue(json, type);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(List.of(problem(e)));
        } catch (Exception e) {
            throw new InvalidInputException("", "could not be read as the facts of this question");
        }
        validate(facts, validatorFor(type));
        return facts;
    }

    /** The 400 a validator gives for these facts, or nothing. */
    static Optional<InvalidInputException> problems(Object facts, Validator validator) {
        try {
            validate(facts, validator);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e);
        }
    }

    private static void validate(Object facts, Validator validator) {
        Set<ConstraintViolation<Object>> violations = validator.validate(facts);
        if (!violations.isEmpty()) {
            List<FieldProblem> problems = violations.stream()
                    .map(v -> new FieldProblem(path(v.getPropertyPath()), v.getMessage()))
                    .distinct()
                    .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::problem))
                    .toList();
            throw new InvalidInputException(problems);
        }
    }

    private static String path(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                b.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                b.append(b.isEmpty() ? "" : ".").append(name);
            }
        }
        return b.toString();
    }

    private static FieldProblem problem(JsonMappingException e) {
        String field = jsonPath(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String list = known == null ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new FieldProblem(field, "is not a field of this question" + (list.isEmpty() ? "" : " (fields: " + list + ")"));
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (e instanceof InvalidFormatException f && target == null) {
            target = f.getTargetType();
        }
        return new FieldProblem(field, expected(target));
    }

    static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target == LocalDate.class) {
            return "must be a real date written YYYY-MM-DD, from " + Json.EARLIEST_DATE + " to " + Json.LATEST_DATE;
        }
        if (target.isEnum()) {
            return "must be one of: " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target)) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        return "must be an object";
    }

    /** The most of a caller's field name a 400 (and the call log) repeats. */
    static final int ECHO_LIMIT = 100;

    /**
     * A caller's field name as a 400 may repeat it: at most 100 characters (then "..."), backslashes, quotes and control
     * characters written as escapes, so that no name can fill a log, forge a log line or break a header (issue 14, finding 5).
     */
    static String echo(String name) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < name.length() && count < ECHO_LIMIT; i++, count++) {
            char c = name.charAt(i);
            if (c == '\\' || c == '"') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return name.length() > ECHO_LIMIT ? b + "..." : b.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(echo(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
