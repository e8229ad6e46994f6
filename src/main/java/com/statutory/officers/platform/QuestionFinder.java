package com.statutory.officers.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.catalogue.Schemas;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.StatuteSearch;

/**
 * Which function answers a person's words ("our trustee moved out of the village - what now?"). BM25F over one
 * document per function, built from what the catalogue already says about it: its title, its description, its input
 * fields' names and descriptions, and the headings and words of the sections it applies (the statute search's own
 * tokens and stems). The title and the section headings say what a function is about, so they weigh most; the
 * sections' full text weighs least, since several functions share a section.
 */
public final class QuestionFinder {

    public record Ranked(Question<?, ?> question, double score) {
    }

    private enum Field {
        TITLE(3.0), ASKED(4.0), DESCRIPTION(1.0), INPUTS(0.5), HEADINGS(1.0), LAW(0.05);

        final double weight;

        Field(double weight) {
            this.weight = weight;
        }
    }

    private static final double K1 = 1.2;
    private static final double B = 0.5;

    private final List<Question<?, ?>> questions = new ArrayList<>();
    private final List<Map<Field, Map<String, Integer>>> tfs = new ArrayList<>();
    // per document and field, BM25's length normaliser 1 - b + b * length / average length, fixed once the index is built
    private final double[][] norms;
    private final Map<String, Integer> df = new HashMap<>();

    private static final class Holder {
        static final QuestionFinder INSTANCE = new QuestionFinder();
    }

    public static QuestionFinder get() {
        return Holder.INSTANCE;
    }

    private QuestionFinder() {
        Map<Field, Long> totals = new HashMap<>();
        for (Question<?, ?> q : Catalogue.all()) {
            Map<Field, Map<String, Integer>> doc = new HashMap<>();
            doc.put(Field.TITLE, count(q.about().title()));
            doc.put(Field.DESCRIPTION, count(q.about().description()));
            doc.put(Field.ASKED, count(q.about().askedAs()));
            doc.put(Field.INPUTS, count(inputs(Schemas.input(q))));
            StringBuilder headings = new StringBuilder();
            StringBuilder law = new StringBuilder();
            for (String number : q.sections()) {
                Corpus.get().section(number).ifPresent(s -> {
                    headings.append(s.heading()).append(' ');
                    law.append(s.text()).append(' ');
                });
            }
            doc.put(Field.HEADINGS, count(headings.toString()));
            doc.put(Field.LAW, count(law.toString()));
            questions.add(q);
            tfs.add(doc);
            Set<String> seen = new HashSet<>();
            for (Field f : Field.values()) {
                totals.merge(f, (long) length(doc.get(f)), Long::sum);
                seen.addAll(doc.get(f).keySet());
            }
            seen.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        norms = new double[questions.size()][Field.values().length];
        for (Field f : Field.values()) {
            double averageLength = Math.max(1.0, (double) totals.getOrDefault(f, 0L) / questions.size());
            for (int d = 0; d < questions.size(); d++) {
                norms[d][f.ordinal()] = 1 - B + B * length(tfs.get(d).get(f)) / averageLength;
            }
        }
    }

    private static int length(Map<String, Integer> tf) {
        return tf.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Field names split into words ("vacancyDate" is "vacancy date") and their descriptions, at every depth. */
    private static String inputs(JsonNode schema) {
        StringBuilder b = new StringBuilder();
        schema.path("properties").fields().forEachRemaining(p -> {
            b.append(p.getKey().replaceAll("([a-z])([A-Z])", "$1 $2")).append(' ');
            b.append(p.getValue().path("description").asText()).append(' ');
            b.append(inputs(p.getValue())).append(inputs(p.getValue().path("items")));
        });
        return b.toString();
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : StatuteSearch.terms(text)) {
            tf.merge(t, 1, Integer::sum);
        }
        return tf;
    }

    /** Every function with a score above zero, best first; ties keep the catalogue's order, so a query always ranks alike. */
    public List<Ranked> rank(String query) {
        List<String> terms = StatuteSearch.terms(query).stream().distinct().toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int d = 0; d < questions.size(); d++) {
            double score = 0;
            for (String t : terms) {
                Integer n = df.get(t);
                if (n == null) {
                    continue;
                }
                double f = 0;
                for (Field field : Field.values()) {
                    f += field.weight * tfs.get(d).get(field).getOrDefault(t, 0) / norms[d][field.ordinal()];
                }
                double idf = Math.log(1 + (questions.size() - n + 0.5) / (n + 0.5));
                score += idf * f * (K1 + 1) / (f + K1);
            }
            if (score > 0) {
                ranked.add(new Ranked(questions.get(d), Math.round(score * 1000) / 1000.0));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }
}
