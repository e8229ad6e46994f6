package com.statutory.officers.answer;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.statutory.officers.statute.Provision;

/**
 * Decides when to ask, so that no rule does: it runs the rule on the facts given and, when the rule reads a fact that was
 * not given, runs it again once for each way the fact could be (see {@link In}), depth first, until every path ends in an
 * answer. Then
 * <ul>
 * <li>if every path reaches the same decision (the status and the answer's {@link Decision} components, and its
 * components that cannot be left blank), that is the answer: what all paths agree on is kept, a detail on which they
 * differ is left blank, and the reasoning says the facts explored did not matter;</li>
 * <li>otherwise it asks, and only for the facts on which two paths that otherwise assume alike reach different
 * decisions, each "because" the provision under which the rule first read it; where no assumption splits them, the facts
 * whose value a path needed as such (a date to count from). A fact needed only further down one path is asked once its
 * path is known, as docassemble asks the next undefined variable.</li>
 * </ul>
 * Complete facts take one run (the direct path). Exploration stops after {@value #MAX_PATHS} runs; it then asks the first fact
 * read (its answer makes the next exploration smaller).
 */
public final class Engine {

    /** Runs of the rule for one request, at most: the largest YAML case explores far fewer (see BENCHMARKS.md). */
    public static final int MAX_PATHS = 256;

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private Engine() {
    }

    /** The envelope, and how many times the rule ran to reach it. */
    public record Explored<A>(Envelope<A> envelope, int paths) {
    }

    public static <F, A> Envelope<A> answer(String question, Class<A> answerType, F facts, Function<In<F>, Envelope<A>> rule) {
        return explore(question, answerType, facts, rule).envelope();
    }

    public static <F, A> Explored<A> explore(String question, Class<A> answerType, F facts, Function<In<F>, Envelope<A>> rule) {
        Walk<F, A> walk = new Walk<>(question, facts, rule);
        walk.from(Map.of());
        if (walk.leaves.isEmpty()) {
            // every path the rule could take contradicts what was given: the contradiction it reported is the caller's
            throw walk.invalid != null ? walk.invalid : new IllegalStateException(question + ": no path of the rule ends");
        }
        if (walk.leaves.size() == 1 && walk.leaves.get(0).assumed.isEmpty() && walk.leaves.get(0).needed == null) {
            return new Explored<>(walk.leaves.get(0).envelope, walk.runs);
        }
        Shape shape = SHAPES.get(answerType);
        List<List<Object>> keys = new ArrayList<>();
        for (Leaf<A> l : walk.leaves) {
            keys.add(l.key(shape));
        }
        Envelope<A> e = Set.copyOf(keys).size() == 1 && walk.leaves.get(0).needed == null && !walk.capped
                ? merged(question, answerType, shape, walk)
                : asked(question, walk, keys);
        return new Explored<>(e, walk.runs);
    }

    /** One end of the exploration: what the path assumed, and the rule's answer or the fact it needed. */
    private record Leaf<A>(Map<Fact<?, ?>, Span> assumed, Envelope<A> envelope, In.Needed needed, Reasons reasons) {

        List<Object> key(Shape shape) {
            if (needed != null) {
                return List.of("needs", needed.fact.field());
            }
            List<Object> key = new ArrayList<>();
            key.add(envelope.status());
            if (envelope.answer() == null) {
                envelope.missingFacts().forEach(m -> key.add(m.field()));
            } else {
                for (int i = 0; i < shape.components.length; i++) {
                    if (shape.decides[i]) {
                        key.add(shape.value(envelope.answer(), i));
                    }
                }
            }
            return key;
        }

        List<Step> steps() {
            return envelope != null ? envelope.reasoning() : reasons.steps();
        }

        List<Quote> quotes() {
            return envelope != null ? envelope.citations() : List.copyOf(reasons.quotes().values());
        }
    }

    private static final class Walk<F, A> {
        final String question;
        final F facts;
        final Function<In<F>, Envelope<A>> rule;
        final List<Leaf<A>> leaves = new ArrayList<>();
        /** Each fact explored or needed, in the order first read, with the provision it was read under. */
        final Map<Fact<?, ?>, Provision> read = new LinkedHashMap<>();
        InvalidInputException invalid;
        int runs;
        boolean capped;

        Walk(String question, F facts, Function<In<F>, Envelope<A>> rule) {
            this.question = question;
            this.facts = facts;
            this.rule = rule;
        }

        void from(Map<Fact<?, ?>, Span> assumed) {
            if (runs >= MAX_PATHS) {
                capped = true;
                return;
            }
            runs++;
            In<F> in = new In<>(question, facts, assumed);
            try {
                leaves.add(new Leaf<>(assumed, rule.apply(in), null, in.reasons()));
            } catch (In.Branch b) {
                read.putIfAbsent(b.fact, b.because);
                for (Span way : b.ways) {
                    Map<Fact<?, ?>, Span> next = new HashMap<>(assumed);
                    next.put(b.fact, way);
                    from(next);
                }
            } catch (In.Needed n) {
                read.putIfAbsent(n.fact, n.because);
                leaves.add(new Leaf<>(assumed, null, n, in.reasons()));
            } catch (In.Impossible x) {
                if (assumed.isEmpty()) {
                    // the facts given leave it no value the rule's bounds allow: it is asked, not assumed
                    read.putIfAbsent(x.fact, x.because);
                    leaves.add(new Leaf<>(assumed, null, new In.Needed(x.fact, x.because), in.reasons()));
                }
            } catch (InvalidInputException bad) {
                if (assumed.isEmpty()) {
                    throw bad;
                }
                // a contradiction on a path the engine assumed is a world that cannot be, not the caller's error
                invalid = invalid == null ? bad : invalid;
            }
        }
    }

    /** Every path decides alike: that decision, with the details they share, and the facts that did not matter said once. */
    private static <F, A> Envelope<A> merged(String question, Class<A> answerType, Shape shape, Walk<F, A> walk) {
        List<Leaf<A>> leaves = walk.leaves;
        Leaf<A> first = leaves.get(0);
        A answer = first.envelope.answer();
        boolean blanks = false;
        if (answer != null && leaves.size() > 1) {
            Object[] values = new Object[shape.components.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = shape.value(answer, i);
                for (Leaf<A> l : leaves) {
                    if (!Objects.equals(values[i], shape.value(l.envelope.answer(), i))) {
                        values[i] = null;
                        blanks = true;
                        break;
                    }
                }
            }
            answer = blanks ? answerType.cast(shape.make(values)) : answer;
        }
        List<Step> steps = shared(leaves, Leaf::steps);
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (Quote q : shared(leaves, Leaf::quotes)) {
            quotes.put(q.cite(), q);
        }
        for (Map.Entry<Fact<?, ?>, Provision> r : walk.read.entrySet()) {
            steps.add(new Step("The answer does not depend on " + r.getKey().what() + ", which was not given: every value it could have "
                    + "leads to the same decision" + (blanks ? "; details that depend on it are left blank until it is given." : "."),
                    r.getValue().cite()));
            quotes.putIfAbsent(r.getValue().cite(), Quote.of(r.getValue()));
        }
        String summary = sharedSentences(leaves);
        return new Envelope<>(question, first.envelope.status(), answer, summary, steps, List.copyOf(quotes.values()), List.of(), Law.CURRENT,
                Envelope.DISCLAIMER);
    }

    /** The paths disagree: ask the facts on which they split, in the order the rule read them. */
    private static <F, A> Envelope<A> asked(String question, Walk<F, A> walk, List<List<Object>> keys) {
        List<Leaf<A>> leaves = walk.leaves;
        Set<Fact<?, ?>> split = new LinkedHashSet<>();
        Set<Fact<?, ?>> apart = new LinkedHashSet<>();
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                if (keys.get(i).equals(keys.get(j))) {
                    continue;
                }
                List<Fact<?, ?>> differ = new ArrayList<>();
                for (Map.Entry<Fact<?, ?>, Span> a : leaves.get(i).assumed.entrySet()) {
                    Span b = leaves.get(j).assumed.get(a.getKey());
                    if (b != null && Span.disjoint(a.getValue(), b)) {
                        differ.add(a.getKey());
                    }
                }
                if (differ.size() == 1) {
                    split.add(differ.get(0));
                }
                apart.addAll(differ);
            }
        }
        if (split.isEmpty()) {
            split.addAll(apart);
        }
        if (split.isEmpty()) {
            // the paths agree on everything assumed: what is left is the value some path needed as such
            for (Leaf<A> l : leaves) {
                if (l.needed != null) {
                    split.add(l.needed.fact);
                }
            }
        }
        if (split.isEmpty() || walk.capped) {
            // bounded: the paths explored are a corner of the space, so what splits them says little of the rest; the first fact
            // read is asked, and the exploration starts again, smaller, once it is given
            split.clear();
            split.add(walk.read.keySet().iterator().next());
        }
        List<Step> steps = shared(leaves, Leaf::steps);
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (Quote q : shared(leaves, Leaf::quotes)) {
            quotes.put(q.cite(), q);
        }
        List<MissingFact> missing = new ArrayList<>();
        StringBuilder summary = new StringBuilder("To answer, I need to know:");
        for (Map.Entry<Fact<?, ?>, Provision> r : walk.read.entrySet()) {
            if (split.contains(r.getKey())) {
                missing.add(new MissingFact(r.getKey().field(), r.getKey().ask(), r.getValue().cite()));
                quotes.putIfAbsent(r.getValue().cite(), Quote.of(r.getValue()));
                summary.append(' ').append(r.getKey().ask());
            }
        }
        return new Envelope<>(question, Status.NEEDS_FACTS, null, summary.toString(), steps, List.copyOf(quotes.values()), missing, Law.CURRENT,
                Envelope.DISCLAIMER);
    }

    /** What every leaf has, in the first leaf's order. */
    private static <A, T> List<T> shared(List<Leaf<A>> leaves, Function<Leaf<A>, List<T>> of) {
        List<T> out = new ArrayList<>(of.apply(leaves.get(0)));
        for (int i = 1; i < leaves.size() && !out.isEmpty(); i++) {
            Set<T> theirs = Set.copyOf(of.apply(leaves.get(i)));
            out.removeIf(t -> !theirs.contains(t));
        }
        return out;
    }

    /**
     * The summary's sentences every path wrote; where they share none, the clause they all open with. Failing both (each
     * path phrased its own decision), the first path's summary is kept: its decision is every path's, and the properties check
     * its numbers against the merged answer.
     */
    private static <A> String sharedSentences(List<Leaf<A>> leaves) {
        List<String> out = shared(leaves, l -> List.of(SENTENCE.split(l.envelope.summary())));
        if (!out.isEmpty()) {
            return String.join(" ", out);
        }
        // no sentence in common ("It may not take effect: <this path's reason>"): the words they all begin with, to the last
        // clause they share, say the decision without any path's own reason
        String prefix = leaves.get(0).envelope.summary();
        for (Leaf<A> l : leaves) {
            String other = l.envelope.summary();
            int n = 0;
            while (n < prefix.length() && n < other.length() && prefix.charAt(n) == other.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        int cut = Math.max(prefix.lastIndexOf(':'), Math.max(prefix.lastIndexOf(';'), prefix.lastIndexOf(',')));
        return cut >= MIN_CLAUSE ? prefix.substring(0, cut).trim() + "." : leaves.get(0).envelope.summary();
    }

    /** A shared opening shorter than this ("The ") says nothing of the decision. */
    private static final int MIN_CLAUSE = 12;

    /** An answer record's components: which decide, and how to read and make one. */
    private static final class Shape {
        final RecordComponent[] components;
        final boolean[] decides;
        final Constructor<?> make;

        Shape(Class<?> type) {
            components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            decides = new boolean[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                // a primitive cannot be left blank, so paths that differ on it do not decide alike
                decides[i] = components[i].isAnnotationPresent(Decision.class) || components[i].getType().isPrimitive();
                types[i] = components[i].getType();
            }
            try {
                make = type.isRecord() ? type.getDeclaredConstructor(types) : null;
                if (make != null) {
                    make.setAccessible(true);
                    for (RecordComponent c : components) {
                        c.getAccessor().setAccessible(true);
                    }
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        Object value(Object answer, int i) {
            try {
                return components[i].getAccessor().invoke(answer);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(components[i] + " cannot be read", e);
            }
        }

        Object make(Object[] values) {
            try {
                return make.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(make + " cannot make an answer", e);
            }
        }
    }
}
