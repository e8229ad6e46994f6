package com.statutory.officers.elections;

import java.util.List;
import java.util.function.Function;

/**
 * The top places of a ranking by votes (highest first): the entries surely in, and those tied for the last places, of whom
 * {@code tiedPlaces} get in by whatever rule settles ties (lot under 3.1-25-45, the general election law under 3.1-10-20).
 */
record TopPlaces<T>(List<T> in, List<T> tied, int tiedPlaces) {

    static <T, V extends Comparable<V>> TopPlaces<T> of(List<T> ranked, int places, Function<T, V> votes) {
        if (ranked.size() <= places) {
            return new TopPlaces<>(List.copyOf(ranked), List.of(), 0);
        }
        V cutoff = votes.apply(ranked.get(places - 1));
        if (votes.apply(ranked.get(places)).compareTo(cutoff) != 0) {
            return new TopPlaces<>(List.copyOf(ranked.subList(0, places)), List.of(), 0);
        }
        List<T> in = ranked.stream().filter(c -> votes.apply(c).compareTo(cutoff) > 0).toList();
        List<T> tied = ranked.stream().filter(c -> votes.apply(c).compareTo(cutoff) == 0).toList();
        return new TopPlaces<>(in, tied, places - in.size());
    }
}
