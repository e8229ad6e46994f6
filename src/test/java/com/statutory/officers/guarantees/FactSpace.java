package com.statutory.officers.guarantees;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.Decision;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.MissingFact;
import com.statutory.officers.answer.Status;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

/**
 * Test support for the engine's guarantees: a question's optional facts, read from its facts record (nested records
 * included), each with the values worth trying (both booleans, every enum constant, numbers on both sides of the
 * thresholds Article 3.1 draws, dates on both sides of every interval it counts from the other dates of the input),
 * and the outcome of an input: its status and its {@link Decision} fields, or an error.
 */
final class FactSpace {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Every whole-number line the Article draws (votes, seats, years, inhabitants), with a neighbour on each side. */
    private static final int[] NUMBERS = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 20, 21, 99, 100, 101, 499, 500, 501,
            999, 1000, 1001, 1941, 1942, 2016, 2017, 2024, 2025, 2026, 2027, 2028, 2029, 2_499, 2_500, 2_501, 3_000, 3_001, 4_999, 5_000, 5_001, 9_999,
            10_000, 10_001, 15_000, 15_001, 20_000, 20_001, 24_999, 25_000, 25_001, 40_000, 40_001, 49_999, 50_000, 50_001, 70_000, 70_001, 90_000,
            90_001, 99_999, 100_000, 149_999, 150_000, 499_999, 500_000, 500_001, 1_000_000 };

    /** Amounts and percentages on both sides of the Article's money and share lines (1%, 7.5%, $1,500, $2,000, $2,500, $4,000, $25,000). */
    private static final String[] DECIMALS = { "0", "0.5", "1", "1.01", "5", "7.49", "7.5", "7.51", "50", "1499.99", "1500", "1500.01", "2000",
            "2000.01", "2500", "2500.01", "4000", "4000.01", "25000", "25000.01", "250000", "250000.01", "1000000" };

    /** Offsets in days of the intervals the Article counts: 5, 7, 30, 60, 120, 180 days, 6 months, 1 year, 28 months. */
    private static final int[] OFFSETS = { 0, 1, 4, 5, 6, 7, 8, 10, 29, 30, 31, 59, 60, 61, 119, 120, 121, 179, 180, 181, 182, 183,
            364, 365, 366, 730, 850, 851, 852, 1461 };

    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    /** One optional fact: its path in the input and the Java type behind it. */
    record Fact(List<String> path, Class<?> type, Type generic, Long min, Long max, int[] oneOf) {

        /** As the engine names it: an element of a list by its index, "offices[0].writeInNotice". */
        String name() {
            return String.join(".", path).replaceAll("\\.(\\d+)(?=\\.|$)", "[$1]");
        }
    }

    /** What a caller acts on: the status and the decision fields, or the 400. */
    record Outcome(Status status, Map<String, JsonNode> decisions, Set<String> asked, boolean invalid) {

        static Outcome of(Question<?, ?> q, JsonNode input) {
            Envelope<?> e;
            try {
                e = Catalogue.answer(q.name(), input);
            } catch (InvalidInputException bad) {
                return new Outcome(null, Map.of(), Set.of(), true);
            }
            return of(q, e);
        }

        static Outcome of(Question<?, ?> q, Envelope<?> e) {
            Map<String, JsonNode> decisions = new TreeMap<>();
            if (e.answer() != null) {
                JsonNode answer = Json.MAPPER.valueToTree(e.answer());
                for (String field : decisionFields(q)) {
                    decisions.put(field, answer.get(field));
                }
            }
            Set<String> asked = new LinkedHashSet<>(e.missingFacts().stream().map(MissingFact::field).toList());
            return new Outcome(e.status(), decisions, asked, false);
        }

        boolean answered() {
            return !invalid && status != Status.NEEDS_FACTS;
        }

        /** A decision given here is unchanged there (there may fill one left open here). */
        boolean keptBy(Outcome later) {
            if (later.invalid) {
                return true;
            }
            if (later.status != status && later.status != Status.NEEDS_FACTS) {
                return false;
            }
            for (Map.Entry<String, JsonNode> d : decisions.entrySet()) {
                JsonNode mine = d.getValue();
                if (mine != null && !mine.isNull() && !Objects.equals(mine, later.decisions.get(d.getKey()))) {
                    return false;
                }
            }
            return true;
        }
    }

    private FactSpace() {
    }

    static List<String> decisionFields(Question<?, ?> q) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : q.about().answerType().getRecordComponents()) {
            if (c.isAnnotationPresent(Decision.class)) {
                out.add(c.getName());
            }
        }
        return out;
    }

    /** The facts a caller may leave out, nested ones by their dotted path. */
    static List<Fact> optionalFacts(Class<?> facts) {
        List<Fact> out = new FactList(facts);
        collect(facts, new ArrayList<>(), out);
        return out;
    }

    /** A question's optional facts, which also knows the facts inside list elements ("offices[0].writeInNotice") when one is named. */
    static final class FactList extends ArrayList<Fact> {
        final Class<?> type;

        FactList(Class<?> type) {
            this.type = type;
        }

        /** A fact of one element of a list of records, by the name the engine asks it under; null if there is none. */
        Fact element(String name) {
            Matcher m = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)").matcher(name);
            if (!m.matches()) {
                return null;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(m.group(1)) && c.getGenericType() instanceof ParameterizedType pt
                        && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                    List<Fact> inner = new ArrayList<>();
                    collect(element, new ArrayList<>(List.of(m.group(1), m.group(2))), inner);
                    return byName(inner, name);
                }
            }
            return null;
        }
    }

    private static void collect(Class<?> type, List<String> prefix, List<Fact> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            // constraint annotations do not target record components: Java puts them on the accessor (and field)
            java.lang.reflect.Method accessor = c.getAccessor();
            if (accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class) || c.isAnnotationPresent(NotNull.class)
                    || c.isAnnotationPresent(NotBlank.class)) {
                continue;
            }
            // a documented default (JSON Schema "default") is the statute's or the law's figure, not an unknown fact of the case
            com.fasterxml.jackson.annotation.JsonProperty property = c.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (property == null) {
                property = accessor.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            }
            if (property != null && !property.defaultValue().isEmpty()) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(c.getName());
            Class<?> t = c.getType();
            if (t.isRecord()) {
                collect(t, path, out);
                continue;
            }
            Min min = accessor.getAnnotation(Min.class);
            Max max = accessor.getAnnotation(Max.class);
            com.statutory.officers.answer.OneOf oneOf = c.getAnnotation(com.statutory.officers.answer.OneOf.class);
            out.add(new Fact(path, t, c.getGenericType(), min == null ? null : min.value(), max == null ? null : max.value(),
                    oneOf == null ? null : oneOf.value()));
        }
    }

    static JsonNode get(JsonNode input, Fact fact) {
        JsonNode n = input;
        for (String name : fact.path()) {
            if (n != null && n.isArray() && name.chars().allMatch(Character::isDigit)) {
                n = n.get(Integer.parseInt(name));
                continue;
            }
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(name);
        }
        return n == null || n.isNull() ? null : n;
    }

    static ObjectNode with(JsonNode input, Fact fact, JsonNode value) {
        ObjectNode copy = input.deepCopy();
        JsonNode at = copy;
        for (int i = 0; i < fact.path().size() - 1; i++) {
            String name = fact.path().get(i);
            if (at.isArray() && name.chars().allMatch(Character::isDigit)) {
                // an element of a list the input holds; a fact of an element that is not there is not set
                at = at.get(Integer.parseInt(name));
                if (!(at instanceof ObjectNode)) {
                    return copy;
                }
                continue;
            }
            ObjectNode parent = (ObjectNode) at;
            boolean element = i + 1 < fact.path().size() - 1 && fact.path().get(i + 1).chars().allMatch(Character::isDigit);
            if (element ? !(parent.get(name) instanceof com.fasterxml.jackson.databind.node.ArrayNode) : !(parent.get(name) instanceof ObjectNode)) {
                if (element) {
                    return copy;
                }
                parent.set(name, F.objectNode());
            }
            at = parent.get(name);
        }
        ObjectNode parent = (ObjectNode) at;
        String last = fact.path().get(fact.path().size() - 1);
        if (value == null) {
            parent.remove(last);
        } else {
            parent.set(last, value);
        }
        return copy;
    }

    /** The values worth trying for a fact, given the rest of the input (dates are placed around its other dates). */
    static List<JsonNode> values(Fact fact, JsonNode input) {
        List<JsonNode> out = new ArrayList<>();
        Class<?> t = fact.type();
        if (t == Boolean.class || t == boolean.class) {
            out.add(F.booleanNode(true));
            out.add(F.booleanNode(false));
        } else if (t.isEnum()) {
            for (Object constant : t.getEnumConstants()) {
                out.add(F.textNode(((Enum<?>) constant).name()));
            }
        } else if (fact.oneOf() != null) {
            for (int n : fact.oneOf()) {
                out.add(F.numberNode(n));
            }
        } else if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            for (int n : counts(input)) {
                if ((fact.min() == null || n >= fact.min()) && (fact.max() == null || n <= fact.max())) {
                    out.add(F.numberNode(n));
                }
            }
        } else if (t == java.math.BigDecimal.class) {
            for (String n : DECIMALS) {
                out.add(F.numberNode(new java.math.BigDecimal(n)));
            }
        } else if (t == LocalDate.class) {
            dates(input).forEach(d -> out.add(F.textNode(d.toString())));
        } else if (t == List.class && isListOf(fact.generic(), LocalDate.class)) {
            out.add(F.arrayNode());
            for (LocalDate d : dates(input)) {
                out.add(F.arrayNode().add(d.toString()));
                out.add(F.arrayNode().add(d.toString()).add(d.plusDays(14).toString()).add(d.plusDays(35).toString()));
            }
        }
        return out;
    }

    private static boolean isListOf(Type generic, Class<?> element) {
        return generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] == element;
    }

    /**
     * The fixed numbers, and around twice each small count of the input: the Article compares counts by halves and majorities
     * ("one-half of the alderpersons elected"), so 7 yeas make 14 seats a value that decides (a seed once failed for want of it).
     */
    static Set<Integer> counts(JsonNode input) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int n : NUMBERS) {
            out.add(n);
        }
        List<JsonNode> nodes = new ArrayList<>();
        nodes.add(input);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (node.isInt() && node.intValue() > 0 && node.intValue() <= 100) {
                int n = node.intValue();
                out.add(2 * n - 1);
                out.add(2 * n);
                out.add(2 * n + 1);
            }
            node.elements().forEachRemaining(nodes::add);
        }
        return out;
    }

    /** Dates on both sides of every interval the Article counts, from each date of the input (or a fixed day). */
    static Set<LocalDate> dates(JsonNode input) {
        Set<LocalDate> anchors = new LinkedHashSet<>();
        Matcher m = DATE.matcher(input.toString());
        while (m.find()) {
            try {
                anchors.add(LocalDate.parse(m.group(1)));
            } catch (java.time.format.DateTimeParseException e) {
                // not a real date: the input is invalid anyway
            }
        }
        if (anchors.isEmpty()) {
            anchors.add(LocalDate.of(2027, 4, 6));
        }
        Set<LocalDate> out = new LinkedHashSet<>();
        for (LocalDate a : anchors) {
            for (int d : OFFSETS) {
                out.add(a.plusDays(d));
                out.add(a.minusDays(d));
            }
            out.add(a.plusMonths(28));
            out.add(a.plusMonths(28).minusDays(1));
            out.add(a.plusMonths(6));
            // "6 months after" a month's last day read to the end of the sixth month (treasurer-reports)
            out.add(java.time.YearMonth.from(a).plusMonths(6).atEndOfMonth());
            out.add(a.minusMonths(6));
            out.add(a.minusYears(1));
            out.add(a.minusYears(1).plusDays(1));
        }
        out.add(LocalDate.of(2016, 11, 7));
        out.add(LocalDate.of(2016, 11, 8));
        out.add(LocalDate.of(1941, 12, 31));
        out.add(LocalDate.of(1942, 1, 1));
        out.removeIf(d -> d.getYear() < 1900 || d.getYear() > 2199);
        return out;
    }

    /** The facts the input gives (given = true) or leaves out (given = false). */
    static List<Fact> given(JsonNode input, List<Fact> facts, boolean given) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if ((get(input, f) != null) == given) {
                out.add(f);
            }
        }
        return out;
    }

    static Fact byName(List<Fact> facts, String name) {
        for (Fact f : facts) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return facts instanceof FactList list ? list.element(name) : null;
    }
}
