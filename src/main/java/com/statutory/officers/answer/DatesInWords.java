package com.statutory.officers.answer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summary is read out by a chatbot or shown to a clerk: its dates read as people write them ("March 16, 2026"), not
 * as the API's fields carry them (2026-03-16). The typed answer keeps ISO dates; this only changes how the summary,
 * composed from those same values, spells them.
 */
public final class DatesInWords {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    // The digit comes first and the look-behind is checked by hand: a look-behind at the start of the pattern was
    // tried at every character of a summary, and statute-section's summary quotes a whole subsection (JMH: 28 µs per
    // answer, most of it here).
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    private DatesInWords() {
    }

    public static String of(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        Matcher m = ISO.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String words = m.group();
            char before = m.start() == 0 ? ' ' : text.charAt(m.start() - 1);
            if ((before < '0' || before > '9') && before != '-') {
                try {
                    words = LocalDate.parse(words).format(FORMAT);
                } catch (DateTimeParseException e) {
                    // not a calendar date (2026-02-30): left as written
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }
}
