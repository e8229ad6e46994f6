package com.statutory.officers.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pointer into Article 3.1: a section number and a path of subsection labels, e.g.
 * {@code 3.1-10-50} + {@code [f, 1]} for "65 ILCS 5/3.1-10-50(f)(1)".
 */
public record Citation(String section, List<String> path) {

    public static final String PREFIX = "65 ILCS 5/";

    // Callers write "3.1-10-50(f)(1)", "65 ILCS 5/3.1-10-50 (f) (1)" or "Sec. 3.1-10-50"; all mean the same.
    private static final Pattern FORM = Pattern.compile(
            "^\\s*(?:65\\s*ILCS\\s*5\\s*/\\s*)?(?:Sec(?:tion|\\.)?\\s*)?(3\\.1-\\d{1,3}-\\d{1,3})\\s*((?:\\(\\s*[A-Za-z0-9]{1,5}(?:-\\d{1,3})?\\s*\\)\\s*)*)\\.?\\s*$");
    private static final Pattern LABEL = Pattern.compile("\\(\\s*([A-Za-z0-9]{1,5}(?:-\\d{1,3})?)\\s*\\)");

    public Citation {
        path = List.copyOf(path);
    }

    public static Optional<Citation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
            labels.add(l.group(1));
        }
        return Optional.of(new Citation(m.group(1), labels));
    }

    /** "3.1-10-50(f)(1)": the form used inside the corpus and in reasoning. */
    public String local() {
        StringBuilder b = new StringBuilder(section);
        for (String label : path) {
            b.append('(').append(label).append(')');
        }
        return b.toString();
    }

    /** "65 ILCS 5/3.1-10-50(f)(1)": the form users see. */
    @Override
    public String toString() {
        return PREFIX + local();
    }
}
