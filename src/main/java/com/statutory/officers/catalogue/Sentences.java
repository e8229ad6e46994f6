package com.statutory.officers.catalogue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.statutory.officers.answer.DatesInWords;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;

/**
 * A 400's field problems as sentences for a person (issue 15): the field called by its {@link Title} ("Population must
 * be a whole number of at least 1."), field names and enum codes inside the problem as words. The path and the problem
 * stay as they were, for programs.
 */
public final class Sentences {

    // possessive quantifiers: a problem can be long, and a pattern that backtracks over it would be quadratic
    private static final Pattern FIELD = Pattern.compile("\\b[a-z]++(?:[A-Z][A-Za-z0-9]*+)++(?:\\.[a-z]++[A-Za-z0-9]*+)*+\\b|\\b[a-z]++\\.[a-z]++[A-Za-z0-9]*+\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)++\\b|\\b[A-Z]{3,}+\\b");
    private static final Pattern ITEM = Pattern.compile("^(.*?)\\[(\\d+)]\\.(.+)$");
    // the form asks yes-or-no questions: a problem's true and false are the visitor's yes and no
    private static final Pattern TRUTH = Pattern.compile("\\b(true|false)\\b");
    // a title that ends on one of these is a label, not a noun ("Passed on", "Resided since"): it is quoted, not put after "the"
    // a problem that goes on from the field ("is before ...", "must be ...") follows it; one that is a clause of its own
    // ("a determination follows a contest: ...") is set off by a colon
    private static final Pattern GOES_ON = Pattern.compile("^(?:is|are|must|cannot|can|does|do|has|have|applies|names|may|should)\\b");
    private static final Pattern LABEL_ENDING = Pattern.compile("(?:\\?|\\b(?:on|since|by))$");
    private static final String UNKNOWN = "is not a field of this question";
    private static final String ONE_OF = "must be one of:";
    private static final Set<String> INITIALISMS = Set.of("JSON", "UTF", "ILCS", "FDIC", "YYYY");

    private Sentences() {
    }

    public static InvalidInputException said(Class<?> facts, InvalidInputException e) {
        List<FieldProblem> fields = e.body().error().fields().stream().map(p -> p.withMessage(sentence(facts, p))).toList();
        return new InvalidInputException(fields);
    }

    static String sentence(Class<?> facts, FieldProblem p) {
        String field = p.field();
        if (field.isEmpty()) {
            return finish("The request " + p.problem());
        }
        if (p.problem().startsWith(UNKNOWN)) {
            return finish("\u201c" + field + "\u201d is not a fact this question uses");
        }
        String title = Titles.ofPath(facts, field);
        String subject = title == null ? Titles.words(field.replaceAll("\\[\\d*]", "").replaceAll("^.*\\.", ""))
                : title.endsWith("?") ? "The answer to \u201c" + title + "\u201d" : LABEL_ENDING.matcher(title).find() ? "\u201c" + title + "\u201d" : title;
        Matcher item = ITEM.matcher(field);
        if (item.matches()) {
            // an entry of a list: which list, which entry (counted from 1, as people count)
            String list = Titles.ofPath(facts, item.group(1));
            subject = (list == null ? Titles.words(item.group(1)) : list) + ", entry " + (Integer.parseInt(item.group(2)) + 1) + ": "
                    + Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
        }
        Class<?> values = Titles.enumAt(facts, field);
        String given = p.problem();
        if (values != null && given.startsWith(ONE_OF)) {
            // the values by the names the form shows for them
            given = ONE_OF + " " + java.util.Arrays.stream(values.getEnumConstants()).map(v -> Titles.of((Enum<?>) v))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        // a person picks a date from a calendar or writes it as they do: the API's YYYY-MM-DD is for programs
        given = DatesInWords.of(given.replace(" written YYYY-MM-DD", ""));
        String problem = FIELD.matcher(TRUTH.matcher(given.replace("true or false", "yes or no"))
                .replaceAll(m -> m.group(1).equals("true") ? "yes" : "no"))
                .replaceAll(m -> Matcher.quoteReplacement(named(facts, m.group())));
        problem = CODE.matcher(problem).replaceAll(m -> INITIALISMS.contains(m.group()) ? m.group() : Titles.words(m.group()).toLowerCase());
        problem = problem.replace("must not contain null", "must not have an empty entry");
        return finish(subject + (GOES_ON.matcher(problem).find() ? " " : ": ") + problem);
    }

    private static String finish(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /**
     * A field named inside a problem ("is before vacancyDate") by its title, in the middle of a sentence: a noun after "the"
     * ("the date of the vacancy"), a label as the form shows it, quoted ("“Passed on”", "“Has the debt been paid in full?”").
     */
    private static String named(Class<?> facts, String path) {
        String title = Titles.ofPath(facts, path);
        if (title == null) {
            return Titles.words(path.replaceAll("^.*\\.", "")).toLowerCase();
        }
        if (LABEL_ENDING.matcher(title).find()) {
            return "\u201c" + title + "\u201d";
        }
        return "the " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
