package com.statutory.officers.statute;

import java.util.List;

/** One section of Article 3.1 with its subsection tree flattened in document order (the section itself first). */
public record Section(String number, String heading, Division division, String sourceNote, List<Provision> provisions) {

    public Section {
        provisions = List.copyOf(provisions);
    }

    public Provision whole() {
        return provisions.get(0);
    }

    public String text() {
        return whole().text();
    }
}
