package com.statutory.officers.statute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * BM25F over every section and subsection of the corpus, built once, with two fields: the provision's
 * own words (not its nested paragraphs, which are documents of their own) and its caption (a section's
 * heading, or a subsection's short first sentence such as "Appointment to fill alderperson or trustee
 * vacancy"). Captions say what a provision is about, so their terms weigh more and are not length-normalised.
 */
public final class StatuteSearch {

    public record Hit(Provision provision, double score, String snippet) {
    }

    private static final double K1 = 1.2;
    // Provisions run from one line to a page; full length normalisation (0.75) buries the long operative subsections.
    private static final double B = 0.5;
    private static final double CAPTION_WEIGHT = 2.0;
    private static final int SNIPPET_WORDS = 32;
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "be",
            "by", "who", "what", "when", "how", "does", "do", "can", "may", "shall", "that", "this", "with", "as", "at", "it", "if",
            "which", "any", "must", "i", "my", "our", "we", "from", "has", "have", "not", "its", "their", "there", "will");

    private static final StatuteSearch INSTANCE = new StatuteSearch(Corpus.get());

    /**
     * A provision as the search sees it. Its words and their stems are kept so that a snippet costs one pass
     * over booleans, not a re-tokenisation per query.
     */
    private record Doc(Provision provision, String[] words, String[] stems) {
    }

    /** One document's whole contribution for one term: idf(t) times the saturated BM25F term frequency. */
    private record Posting(int doc, double weight) {
    }

    private final List<Doc> docs = new ArrayList<>();
    // An inverted index: a query touches only the documents holding its terms, and does no arithmetic beyond a sum.
    private final Map<String, Posting[]> postings = new HashMap<>();

    private StatuteSearch(Corpus corpus) {
        List<Map<String, Integer>> tfs = new ArrayList<>();
        List<Map<String, Integer>> captionTfs = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        long total = 0;
        for (Provision p : corpus.provisions()) {
            Map<String, Integer> tf = count(terms(p.ownText()));
            Map<String, Integer> captionTf = count(terms(p.isSection() ? p.heading() : caption(p.ownText())));
            int length = tf.values().stream().mapToInt(Integer::intValue).sum();
            if (length == 0 && captionTf.isEmpty()) {
                continue;
            }
            String[] words = p.ownText().split(" ");
            String[] stems = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String w = letters(words[i]);
                stems[i] = w.isEmpty() ? "" : stem(w);
            }
            docs.add(new Doc(p, words, stems));
            tfs.add(tf);
            captionTfs.add(captionTf);
            lengths.add(length);
            total += length;
            Set<String> seen = new java.util.HashSet<>(tf.keySet());
            seen.addAll(captionTf.keySet());
            for (String t : seen) {
                df.merge(t, 1, Integer::sum);
            }
        }
        double averageLength = (double) total / docs.size();
        Map<String, List<Posting>> index = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Set<String> terms = new java.util.TreeSet<>(tfs.get(d).keySet());
            terms.addAll(captionTfs.get(d).keySet());
            for (String t : terms) {
                double f = tfs.get(d).getOrDefault(t, 0) / (1 - B + B * lengths.get(d) / averageLength)
                        + CAPTION_WEIGHT * captionTfs.get(d).getOrDefault(t, 0);
                double idf = Math.log(1 + (docs.size() - df.get(t) + 0.5) / (df.get(t) + 0.5));
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(new Posting(d, idf * f * (K1 + 1) / (f + K1)));
            }
        }
        index.forEach((t, list) -> postings.put(t, list.toArray(Posting[]::new)));
    }

    private static Map<String, Integer> count(List<String> terms) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1, Integer::sum);
        }
        return tf;
    }

    public static StatuteSearch get() {
        return INSTANCE;
    }

    public List<Hit> search(String query, int limit) {
        List<String> q = terms(query).stream().distinct().toList();
        // summed in query-term order for every document, so equal scores stay equal run after run
        double[] scores = new double[docs.size()];
        for (String t : q) {
            for (Posting p : postings.getOrDefault(t, NONE)) {
                scores[p.doc()] += p.weight();
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int d = 0; d < scores.length; d++) {
            if (scores[d] > 0) {
                scored.add(new Scored(d, Math.round(scores[d] * 1000) / 1000.0));
            }
        }
        // List.sort is stable: ties stay in document order, so the same query always gives the same list.
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Hit> hits = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            // snippets only for what is returned: they are the costly part
            Doc doc = docs.get(s.doc());
            hits.add(new Hit(doc.provision(), s.score(), snippet(doc, q)));
        }
        return hits;
    }

    private static final Posting[] NONE = {};

    private record Scored(int doc, double score) {
    }

    /** "(e) Appointment to fill alderperson or trustee vacancy. An appointment ..." gives the first sentence when it is short. */
    static String caption(String ownText) {
        String t = ownText.replaceFirst("^\\([A-Za-z0-9-]+\\)\\s*", "");
        int end = t.indexOf(". ");
        if (end < 0 || end > 80) {
            return "";
        }
        return t.substring(0, end);
    }

    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (raw.isEmpty() || STOP.contains(raw)) {
                continue;
            }
            out.add(stem(raw));
        }
        return out;
    }

    /** A light suffix stripper: enough to meet "fills", "filled" and "fill", or "vacancies" and "vacancy". */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The window of SNIPPET_WORDS words holding the most query terms, found in one pass. */
    private static String snippet(Doc doc, List<String> q) {
        String[] words = doc.words();
        if (words.length <= SNIPPET_WORDS) {
            return doc.provision().ownText();
        }
        boolean[] hit = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            hit[i] = !doc.stems()[i].isEmpty() && q.contains(doc.stems()[i]);
        }
        int count = 0;
        for (int i = 0; i < SNIPPET_WORDS; i++) {
            count += hit[i] ? 1 : 0;
        }
        int best = 0;
        int bestCount = count;
        for (int start = 1; start + SNIPPET_WORDS <= words.length; start++) {
            count += (hit[start + SNIPPET_WORDS - 1] ? 1 : 0) - (hit[start - 1] ? 1 : 0);
            if (count > bestCount) {
                bestCount = count;
                best = start;
            }
        }
        StringBuilder b = new StringBuilder(best > 0 ? "… " : "");
        for (int i = best; i < best + SNIPPET_WORDS; i++) {
            b.append(i > best ? " " : "").append(words[i]);
        }
        return b.append(best + SNIPPET_WORDS < words.length ? " …" : "").toString();
    }

    private static String letters(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
