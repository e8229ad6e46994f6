package com.statutory.officers.statute;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the scrape of the General Assembly's print view into sections and subsection trees.
 *
 * <p>The scrape breaks lines anywhere and marks the two-column layout with {@code |}; neither is
 * part of the law, so a chunk is joined into one line before anything is read from it. Subsection
 * labels are recognised only where the statute starts a paragraph (start of the body, or after
 * {@code .}, {@code :}, {@code ;} or the {@code ?} ending a ballot question, optionally followed by "and"/"or"), and only when they continue
 * the numbering in force: "subsection (b) of Section 3.1-25-75" is a reference, not a paragraph.
 * Inline enumerations introduced mid-sentence ("a person (i) is a resident...") stay in their
 * paragraph's words.
 */
final class CorpusParser {

    private static final Pattern SECTION_START = Pattern.compile("^65 ILCS 5/(3\\.1-\\d+-\\d+)\\b");
    private static final Pattern DIVISION_START = Pattern.compile("^65 ILCS 5/Art\\. 3\\.1 Div\\. (\\d+)\\b");
    private static final Pattern DIVISION_TITLE = Pattern.compile("DIVISION (\\d+)\\.\\s*(.+)$");
    private static final Pattern SECTION_HEAD = Pattern.compile(
            "^65 ILCS 5/(3\\.1-\\d+-\\d+)\\s*\\(65 ILCS 5/\\1\\)\\s*(?:\\(from [^)]*\\)\\s*)?Sec\\. \\1\\.\\s*(.*)$");
    private static final Pattern MARKER = Pattern.compile("\\(([a-z]{1,4}|[A-Z]|\\d{1,2})(?:-(\\d{1,2}))?\\)(?=\\s)");
    private static final Pattern PARAGRAPH_START = Pattern.compile("(?:^|[.:;?]\\s*(?:and|or)?)\\s*$");
    // "(i) ... have qualified and (ii) thereafter": a roman item that continues an open roman list may follow a bare "and"/"or"
    private static final Pattern LIST_CONTINUES = Pattern.compile("(?:[.:;?,]|\\band|\\bor)\\s*$");
    private static final Pattern ROMAN = Pattern.compile("^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$");

    private enum Kind { LOWER, DIGIT, UPPER, ROMAN }

    private record Marker(String label, Kind kind, int ordinal, int start) {
    }

    private static final class Open {
        final Marker marker;
        final List<String> path;
        int end = -1;
        int firstChildStart = -1;
        final List<String> children = new ArrayList<>();

        Open(Marker marker, List<String> path) {
            this.marker = marker;
            this.path = path;
        }
    }

    private CorpusParser() {
    }

    static String applyRepairs(String scrape, List<Map.Entry<String, String>> repairs) {
        String text = scrape;
        for (Map.Entry<String, String> repair : repairs) {
            int at = text.indexOf(repair.getKey());
            if (at < 0 || text.indexOf(repair.getKey(), at + 1) >= 0) {
                throw new IllegalStateException("A repair must match the scrape exactly once: " + repair.getKey());
            }
            text = text.substring(0, at) + repair.getValue() + text.substring(at + repair.getKey().length());
        }
        return text;
    }

    static List<Section> parse(String text) {
        List<Section> sections = new ArrayList<>();
        Division division = null;
        StringBuilder chunk = null;
        boolean chunkIsSection = false;
        for (String line : text.split("\n", -1)) {
            boolean section = SECTION_START.matcher(line).find();
            boolean div = DIVISION_START.matcher(line).find();
            if (section || div) {
                if (chunk != null) {
                    division = finish(chunk, chunkIsSection, division, sections);
                }
                chunk = new StringBuilder();
                chunkIsSection = section;
            }
            if (chunk != null) {
                chunk.append(line).append(' ');
            }
        }
        if (chunk != null) {
            finish(chunk, chunkIsSection, division, sections);
        }
        return sections;
    }

    static String normalize(CharSequence raw) {
        return raw.toString().replace('|', ' ').replaceAll("\\s+", " ").trim();
    }

    private static Division finish(StringBuilder chunk, boolean isSection, Division division, List<Section> out) {
        String text = normalize(chunk);
        if (!isSection) {
            Matcher m = DIVISION_TITLE.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("Unreadable division heading: " + text);
            }
            return new Division(Integer.parseInt(m.group(1)), m.group(2).trim());
        }
        Matcher m = SECTION_HEAD.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException("Unreadable section start: " + text.substring(0, Math.min(120, text.length())));
        }
        String number = m.group(1);
        String rest = m.group(2);
        int source = rest.lastIndexOf("(Source:");
        if (source < 0) {
            throw new IllegalStateException("No source note in " + number);
        }
        String sourceNote = rest.substring(source + 1, rest.lastIndexOf(')')).trim();
        String headAndBody = rest.substring(0, source).trim();
        int headEnd = headAndBody.indexOf(". ");
        String heading = headEnd < 0 ? headAndBody : headAndBody.substring(0, headEnd + 1);
        String body = headEnd < 0 ? "" : headAndBody.substring(headEnd + 2).trim();
        out.add(new Section(number, heading, division, sourceNote, provisions(number, heading, body)));
        return division;
    }

    private static List<Provision> provisions(String number, String heading, String body) {
        List<Open> all = new ArrayList<>();
        Open root = new Open(null, List.of());
        all.add(root);
        Deque<Open> stack = new ArrayDeque<>();
        stack.push(root);
        Matcher m = MARKER.matcher(body);
        while (m.find()) {
            String before = m.start() < 12 ? body.substring(0, m.start()) : body.substring(m.start() - 12, m.start());
            boolean paragraph = PARAGRAPH_START.matcher(before).find();
            if (!paragraph && !LIST_CONTINUES.matcher(before).find()) {
                continue;
            }
            Marker marker = classify(m, stack);
            if (marker == null) {
                continue;
            }
            Open sibling = null;
            for (Open open : stack) {
                if (open.marker != null && open.marker.kind == marker.kind) {
                    sibling = open;
                    break;
                }
            }
            if (!paragraph && (sibling == null || marker.kind != Kind.ROMAN)) {
                continue;
            }
            if (sibling != null) {
                if (marker.ordinal <= sibling.marker.ordinal) {
                    continue; // a label that does not continue the numbering is a reference, not a paragraph
                }
                while (stack.peek() != sibling) {
                    stack.pop().end = marker.start;
                }
                stack.pop().end = marker.start;
            } else if (marker.ordinal % 1000 != 0 || marker.ordinal / 1000 != 1) {
                continue; // a new level must start at (a), (1), (A) or (i)
            }
            Open parent = stack.peek();
            List<String> path = new ArrayList<>(parent.path);
            path.add(marker.label);
            Open child = new Open(marker, List.copyOf(path));
            if (parent.firstChildStart < 0) {
                parent.firstChildStart = marker.start;
            }
            parent.children.add(marker.label);
            stack.push(child);
            all.add(child);
        }
        while (!stack.isEmpty()) {
            stack.pop().end = body.length();
        }
        List<Provision> provisions = new ArrayList<>();
        for (Open open : all) {
            int start = open.marker == null ? 0 : open.marker.start;
            int ownEnd = open.firstChildStart < 0 ? open.end : open.firstChildStart;
            provisions.add(new Provision(new Citation(number, open.path), heading,
                    body.substring(start, open.end).trim(), body.substring(start, ownEnd).trim(), open.children));
        }
        return provisions;
    }

    private static Marker classify(Matcher m, Deque<Open> stack) {
        String base = m.group(1);
        int suffix = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String label = m.group(2) == null ? base : base + "-" + m.group(2);
        char c = base.charAt(0);
        if (Character.isDigit(c)) {
            return new Marker(label, Kind.DIGIT, Integer.parseInt(base) * 1000 + suffix, m.start());
        }
        if (Character.isUpperCase(c)) {
            return new Marker(label, Kind.UPPER, (c - 'A' + 1) * 1000 + suffix, m.start());
        }
        boolean roman = ROMAN.matcher(base).matches();
        if (base.length() == 1) {
            // (i), (v), (x) are letters when they follow (h), (u), (w) at an open lettered level
            boolean continuesLetters = false;
            for (Open open : stack) {
                if (open.marker != null && open.marker.kind == Kind.LOWER
                        && open.marker.ordinal / 1000 == c - 'a') {
                    continuesLetters = true;
                }
            }
            if (!roman || continuesLetters) {
                return new Marker(label, Kind.LOWER, (c - 'a' + 1) * 1000 + suffix, m.start());
            }
        }
        if (roman) {
            return new Marker(label, Kind.ROMAN, romanValue(base) * 1000 + suffix, m.start());
        }
        return null;
    }

    private static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
