package com.statutory.officers.answer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
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
     * Hibernate Validator, built on first use: a Lambda pays for its bootstrap only when its first call arrives, and
     * only for its own question's facts (Quarkus's extension built metadata for every question's facts at start-up,
     * about 0.2 s of a JVM cold start). Named directly rather than found by ServiceLoader, which a native image
     * does not search; the native image registers the constraint validators it instantiates
     * (function.NativeImageFeature).
     */
    private static final class Default {
        // Parameter interpolation needs no expression-language runtime.
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
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
        validate(facts);
        return facts;
    }

    static void validate(Object facts) {
        Set<ConstraintViolation<Object>> violations = Default.VALIDATOR.validate(facts);
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

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
