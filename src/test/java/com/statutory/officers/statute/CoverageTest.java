package com.statutory.officers.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

/**
 * Every section of Article 3.1 is applied by a question or informational with a reason, never both; statute-section reports
 * either for any section.
 */
class CoverageTest {

    static Set<String> applied() {
        Set<String> out = new TreeSet<>();
        for (Question<?, ?> q : Catalogue.all()) {
            out.addAll(q.sections());
        }
        return out;
    }

    @Test
    void informationalSectionsExistAndAreNotApplied() {
        Set<String> applied = applied();
        for (String section : Informational.all().keySet()) {
            assertTrue(Corpus.get().section(section).isPresent(), section + " is listed as informational but is not in the Article");
            assertTrue(!applied.contains(section), section + " is listed as informational but " + section + " is applied by a question");
        }
    }

    @Test
    void everySectionIsAppliedOrInformational() {
        Set<String> applied = applied();
        List<String> uncovered = Corpus.get().sections().stream()
                .map(Section::number)
                .filter(n -> !applied.contains(n) && Informational.reason(n).isEmpty())
                .toList();
        assertEquals(List.of(), uncovered, "sections neither applied by a question nor informational");
    }

    @Test
    void informationalSectionsAreFewAndEachHasAReason() {
        for (var e : Informational.all().entrySet()) {
            assertTrue(e.getValue().length() > 40, e.getKey() + " needs a reason a lawyer would accept");
        }
        assertTrue(Informational.all().size() * 10 < Corpus.get().sections().size(), "informational sections should be few");
    }
}
