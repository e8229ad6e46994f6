package com.statutory.officers.guarantees;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.DatesInWords;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.answer.MissingFact;
import com.statutory.officers.answer.Quote;
import com.statutory.officers.answer.Status;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.guarantees.FactSpace.Fact;
import com.statutory.officers.guarantees.FactSpace.Outcome;
import com.statutory.officers.statutory.StatutoryCases;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The catalogue's contract, held for every question function present and future: an unknown fact is never "no"
 * (knowledge only adds), every fact asked for can change the answer, a NEEDS_FACTS answer says which provision
 * makes each fact decisive, a question cites only sections it applies, and the summary's dates and numbers are
 * the answer's own (or the facts' or the statute's words).
 *
 * <p>Inputs start from each question's example and its statutory cases (src/test/resources/cases), drop a random
 * set of the facts given, then supply facts one at a time with every value worth trying ({@link FactSpace}).
 */
class EngineGuaranteesTest {

    /**
     * Fixed, so that CI is reproducible: a failure is one input, not a roll of the dice. The search with other seeds still
     * finds cases (see the closing note of issue 10); change the seed locally to explore.
     */
    static final String SEED = "20261123";

    record Base(Question<?, ?> question, ObjectNode input, ObjectNode seed, String from) {

        @Override
        public String toString() {
            return question.name() + " from " + from + ": " + input;
        }
    }

    @Property(tries = 400, seed = SEED)
    void knowledgeOnlyAdds(@ForAll("bases") Base b) {
        Outcome before = Outcome.of(b.question(), b.input());
        if (!before.answered()) {
            return;
        }
        List<Fact> facts = FactSpace.optionalFacts(b.question().factsType());
        for (Fact fact : FactSpace.given(b.input(), facts, false)) {
            for (JsonNode value : FactSpace.values(fact, b.input())) {
                ObjectNode more = FactSpace.with(b.input(), fact, value);
                String changed = changedBy(b.question(), before, more, 2);
                if (changed != null) {
                    fail("Giving " + fact.name() + " = " + value + " changed the answer of " + b + "\n  before: " + before
                            + "\n  after:  " + changed);
                }
            }
        }
    }

    @Property(tries = 300, seed = SEED)
    void everyAskedFactMatters(@ForAll("bases") Base b) {
        Outcome before = Outcome.of(b.question(), b.input());
        if (before.invalid() || before.status() != Status.NEEDS_FACTS) {
            return;
        }
        List<Fact> facts = FactSpace.optionalFacts(b.question().factsType());
        for (String asked : before.asked()) {
            Fact fact = FactSpace.byName(facts, asked);
            assertNotNull(fact, "asked for " + asked + ", which is not an optional fact of " + b.question().name());
            if (FactSpace.values(fact, b.input()).isEmpty()) {
                // a list of records (the candidates) has no values this search can try; the engine's own tests cover such facts
                continue;
            }
            if (!matters(b.question(), b.input(), b.seed(), fact, facts)) {
                fail("Asked for " + asked + ", but no two values of it lead to different answers: " + b);
            }
        }
    }

    @Property(tries = 1000, seed = SEED)
    void needsFactsSaysWhyAndCitationsAreApplied(@ForAll("bases") Base b) {
        Envelope<?> e = envelopeOf(b);
        if (e == null) {
            return;
        }
        Set<String> cited = new HashSet<>();
        for (Quote q : e.citations()) {
            cited.add(q.cite());
        }
        for (MissingFact m : e.missingFacts()) {
            assertNotNull(m.because(), m.field() + " has no because: " + b);
            assertTrue(cited.contains(m.because()), m.field() + " because " + m.because() + " is not quoted in the citations: " + b);
        }
        if (b.question().about().area() != Area.PLATFORM) {
            for (Quote q : e.citations()) {
                assertTrue(b.question().sections().contains(q.section()), q.cite() + " is cited but " + q.section()
                        + " is not among the sections " + b.question().name() + " applies " + b.question().sections());
            }
        }
    }

    private static final Pattern CITE = Pattern.compile("(?:65 ILCS 5/)?3\\.1-\\d+-\\d+(?:\\([A-Za-z0-9]+\\))*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FIELD_NAME = Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b");
    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern SAID_DATE = Pattern.compile("(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d[\\d,]*(?:\\.\\d+)?");

    @Property(tries = 1000, seed = SEED)
    void summaryAgreesWithTheAnswer(@ForAll("bases") Base b) {
        Envelope<?> e = envelopeOf(b);
        if (e == null) {
            return;
        }
        if (e.answer() == null || b.question().about().area() == Area.PLATFORM) {
            return;
        }
        String answer = Json.MAPPER.valueToTree(e.answer()).toString();
        String facts = b.input().toString();
        String summary = CITE.matcher(e.summary()).replaceAll(" ");
        assertFalse(DATE.matcher(summary).find(), "issue 15: the summary's dates read as people write them: " + e.summary());
        assertFalse(FIELD_NAME.matcher(summary).find(), "issue 15: the summary names no field (" + FIELD_NAME.matcher(summary).results()
                .map(MatchResult::group).toList() + "): " + e.summary());
        for (var step : e.reasoning()) {
            String finding = CITE.matcher(step.finding()).replaceAll(" ");
            assertFalse(FIELD_NAME.matcher(finding).find() || ENUM_CODE.matcher(finding).find(), "issue 15: a finding a clerk reads names a "
                    + "field or shows a code: " + step.finding());
        }
        assertFalse(ENUM_CODE.matcher(summary).find(), "issue 15: the summary shows no enum code (" + ENUM_CODE.matcher(summary).results()
                .map(MatchResult::group).toList() + "): " + e.summary());
        Matcher d = SAID_DATE.matcher(summary);
        Set<String> said = new HashSet<>();
        while (d.find()) {
            String iso = LocalDate.parse(d.group(), DatesInWords.FORMAT).toString();
            // a date the rule computed must be an answer field; a date of the facts may be repeated as given, and one of the law
            // ("passed on or after November 8, 2016") as the cited words write it
            String written = d.group();
            assertTrue(answer.contains(iso) || facts.contains(iso) || e.citations().stream().anyMatch(q -> q.text().contains(written)),
                    "the summary's date " + d.group() + " is in neither the answer " + answer + ", the facts nor the cited words\n  summary: "
                            + e.summary() + "\n  " + b);
            // issue 15: "no later than 2026-03-16. Appoint by 2026-03-16" - a summary says each date once
            assertTrue(said.add(d.group()), "the summary says " + d.group() + " twice: " + e.summary() + "\n  " + b);
        }
        String noDates = SAID_DATE.matcher(summary).replaceAll(" ");
        Set<String> sources = new HashSet<>();
        tokens(answer, sources);
        tokens(b.input().toString(), sources);
        numbers(Json.MAPPER.valueToTree(e.answer()), sources);
        numbers(b.input(), sources);
        e.citations().forEach(q -> tokens(q.text(), sources));
        Matcher n = NUMBER.matcher(noDates);
        while (n.find()) {
            String number = normal(n.group().replace(",", ""));
            assertTrue(sources.contains(number), "the summary's number " + n.group() + " is in neither the answer, the facts nor the cited "
                    + "words\n  summary: " + e.summary() + "\n  answer: " + answer + "\n  " + b);
        }
    }

    private static void tokens(String text, Set<String> out) {
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            out.add(normal(n.group().replace(",", "")));
        }
    }

    /** Every number of a JSON tree, however Jackson writes it (a decimal node prints 1600000 as 1.6E+6). */
    private static void numbers(JsonNode node, Set<String> out) {
        if (node == null) {
            return;
        }
        if (node.isNumber()) {
            out.add(normal(node.decimalValue().toPlainString()));
        }
        node.elements().forEachRemaining(child -> numbers(child, out));
    }

    /** 300000.50 and 300000.5 are the same amount. */
    private static String normal(String number) {
        return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    /** Two values of the fact, all else equal (the other facts asked along the way filled alike), answer differently. */
    static boolean matters(Question<?, ?> q, ObjectNode input, ObjectNode seed, Fact fact, List<Fact> facts) {
        return matters(q, input, seed, fact, facts, 1000);
    }

    /** As above, with as many attempts at filling the other facts asked along the way (a deep branch needs more). */
    static boolean matters(Question<?, ?> q, ObjectNode input, ObjectNode seed, Fact fact, List<Fact> facts, int attempts) {
        List<JsonNode> values = FactSpace.values(fact, input);
        JsonNode example = Json.MAPPER.valueToTree(q.example());
        for (int attempt = 0; attempt < attempts; attempt++) {
            boolean fromSeed = attempt == 0;
            // SplittableRandom: java.util.Random's first draws for consecutive seeds are nearly the same, so every attempt filled alike
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(attempt);
            Map<String, JsonNode> fill = new HashMap<>();
            Set<Outcome> outcomes = new LinkedHashSet<>();
            for (JsonNode v : values) {
                ObjectNode in = FactSpace.with(input, fact, v);
                Outcome o = Outcome.of(q, in);
                // the facts asked are answered one at a time, as a person would, each answer re-read: facts asked together may
                // belong to different branches (whether a resignation is conditional, and when its event occurred), and filling them
                // all at once would make a world that cannot be
                for (int depth = 0; depth < 12 && !o.invalid() && o.status() == Status.NEEDS_FACTS; depth++) {
                    boolean filled = false;
                    for (String other : o.asked()) {
                        Fact g = FactSpace.byName(facts, other);
                        if (g == null || other.equals(fact.name()) || FactSpace.get(in, g) != null) {
                            continue;
                        }
                        List<JsonNode> choices = FactSpace.values(g, in);
                        if (choices.isEmpty()) {
                            continue;
                        }
                        // the first attempt fills from the seed (a realistic world); later ones mix the seed's, the example's
                        // (a complete world) and random values
                        int source = fromSeed ? 0 : rnd.nextInt(3);
                        JsonNode seeded = source == 0 ? FactSpace.get(seed, g) : source == 1 ? FactSpace.get(example, g) : null;
                        in = FactSpace.with(in, g, fill.computeIfAbsent(other, k -> seeded != null ? seeded : choices.get(rnd.nextInt(choices.size()))));
                        filled = true;
                        break;
                    }
                    if (!filled) {
                        break;
                    }
                    o = Outcome.of(q, in);
                }
                if (!o.invalid()) {
                    outcomes.add(o);
                }
                if (outcomes.size() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The answer to the base, or null for a 400 (the properties speak of answers only). */
    private static Envelope<?> envelopeOf(Base b) {
        try {
            return Catalogue.answer(b.question().name(), b.input());
        } catch (InvalidInputException bad) {
            return null;
        }
    }

    /**
     * Null when the input with one more fact keeps every decision of {@code before}; otherwise the outcome that changed
     * it. Where the fuller input asks for further facts, each value of each of them is tried (to the given depth): an
     * answer is sure only if no way the world could be changes it.
     */
    static String changedBy(Question<?, ?> q, Outcome before, ObjectNode more, int depth) {
        Outcome after = Outcome.of(q, more);
        if (after.invalid()) {
            return null;
        }
        if (after.status() != Status.NEEDS_FACTS) {
            return before.keptBy(after) ? null : after.toString();
        }
        if (depth == 0) {
            return null;
        }
        List<Fact> facts = FactSpace.optionalFacts(q.factsType());
        for (String asked : after.asked()) {
            Fact g = FactSpace.byName(facts, asked);
            if (g == null) {
                continue;
            }
            for (JsonNode v : FactSpace.values(g, more)) {
                String changed = changedBy(q, before, FactSpace.with(more, g, v), depth - 1);
                if (changed != null) {
                    return "(" + asked + " = " + v + ") " + changed;
                }
            }
        }
        return null;
    }

    @Provide
    Arbitrary<Base> bases() {
        List<Base> seeds = new ArrayList<>();
        for (Question<?, ?> q : Catalogue.all()) {
            ObjectNode example = Json.MAPPER.valueToTree(q.example());
            seeds.add(new Base(q, example, example, "its example"));
        }
        for (StatutoryCases.Case c : StatutoryCases.all()) {
            if (c.input() instanceof ObjectNode o) {
                seeds.add(new Base(Catalogue.find(c.question()).orElseThrow(), o, o, "case " + c.name()));
            }
        }
        return Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs()).as(EngineGuaranteesTest::dropSome);
    }

    /** The seed with a random set of its facts left out (each with probability one half, decided by the mask's bits). */
    static Base dropSome(Base seed, long mask) {
        List<Fact> present = FactSpace.given(seed.input(), FactSpace.optionalFacts(seed.question().factsType()), true);
        ObjectNode in = seed.input().deepCopy();
        for (int i = 0; i < present.size(); i++) {
            if ((mask >>> (i % 64) & 1) == 1) {
                in = FactSpace.with(in, present.get(i), null);
            }
        }
        return new Base(seed.question(), in, seed.seed(), seed.from() + " less some facts");
    }
}
