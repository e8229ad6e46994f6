package com.statutory.officers.answer;

import com.statutory.officers.statute.Provision;

/** A provision relied on, with its words as the bundled corpus holds them. */
public record Quote(String cite, String section, String heading, String text) {

    public static Quote of(Provision provision) {
        return new Quote(provision.cite(), provision.section(), provision.heading(), provision.text());
    }
}
