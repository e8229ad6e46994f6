package com.statutory.officers.answer;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Numbers in a summary or finding as a clerk writes them: "$12,000" rather than 12000.0, "6,187 votes", "1 term" and
 * "2 terms" rather than "term(s)". Only the spelling changes; the value is the answer's or the facts' own, so the
 * engine's check that a summary's numbers come from the answer (EngineGuaranteesTest) still reads them.
 */
public final class Prose {

    private Prose() {
    }

    /** "$1,600,000", or "$1,204.50" where there are cents. */
    public static String dollars(BigDecimal amount) {
        // a new format each call: DecimalFormat is not thread-safe, and a call costs well under a microsecond
        String text = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    public static String dollars(long amount) {
        return dollars(BigDecimal.valueOf(amount));
    }

    /** "6,187". */
    public static String number(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** "1 term", "2 terms", "1,204.5 votes": the count and the noun, which takes an s unless the count is exactly one. */
    public static String count(long n, String singular) {
        return number(n) + " " + noun(n == 1, singular, singular + "s");
    }

    public static String count(BigDecimal n, String singular) {
        String plain = n.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String whole = number(Long.parseLong(dot < 0 ? plain : plain.substring(0, dot)));
        return whole + (dot < 0 ? "" : plain.substring(dot)) + " " + noun(n.compareTo(BigDecimal.ONE) == 0, singular, singular + "s");
    }

    /** The noun alone, for "ward 1" and "wards 2 and 4". */
    public static String noun(boolean one, String singular, String plural) {
        return one ? singular : plural;
    }

    /** Names in a sentence: "Ada", "Ada and Ben", "Ada, Ben and Carla". */
    public static String list(List<String> names) {
        return names.size() < 2 ? String.join("", names) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
