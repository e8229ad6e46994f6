package com.statutory.officers.statute;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sections of Article 3.1 that no question applies, each with the reason: they lay out a ballot, name a forum, or grant a power
 * with nothing for a rule to decide. {@code statute-section} reports the reason; a test holds every section of the Article to
 * being applied by a question or listed here, and never both.
 */
public final class Informational {

    private static final Map<String, String> REASONS = new TreeMap<>(Map.of(
            "3.1-15-40", "Lets a city under minority representation stagger its districts' terms by ordinance; an option the council takes, with no "
                    + "count, date or eligibility to decide (term-of-office gives the terms that result from it as 2 or 4 years).",
            "3.1-25-15", "Refers the day and conduct of village elections to the general election law (and keeps even-year or annual elections where "
                    + "3.1-25-70 requires them); the dates come from the Election Code, which this product does not hold.",
            "3.1-25-35", "The layout of the village primary ballot: printing, order of offices, and no party designation.",
            "3.1-25-50", "The layout of the village general election ballot: order of offices and no party designation.",
            "3.1-25-55", "Names the forum for contesting a village election (the circuit court, not the board); the contest itself is under the "
                    + "general election law.",
            "3.1-40-10", "Names the city council as the judge of its alderpersons' election and eligibility, with quo warranto open in court; "
                    + "eligibility itself is answered by elective-office-eligibility under 3.1-10-5.",
            "3.1-40-60", "Lets the council, by a majority of its members, place an advisory question of public policy on the ballot: a power with "
                    + "no petition, count or date to compute."));

    private Informational() {
    }

    /** The reason no question applies the section, if it is informational. */
    public static Optional<String> reason(String section) {
        return Optional.ofNullable(REASONS.get(section));
    }

    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(REASONS);
    }
}
