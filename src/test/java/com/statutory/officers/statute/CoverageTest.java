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
 * Every section is applied by a question or informational with a reason, never both. The elections divisions (20 elected city
 * officers, 25 elected village and town officers) are held to it now; the Article as a whole (division 15 keeps oaths and
 * conservators of the peace, which the police-powers question will apply) follows with the money, records and ethics area.
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
    void electionsAndStructureDivisionsAreCovered() {
        Set<String> applied = applied();
        List<String> uncovered = Corpus.get().sections().stream()
                .filter(s -> Set.of(20, 25).contains(s.division().number()))
                .map(Section::number)
                .filter(n -> !applied.contains(n) && Informational.reason(n).isEmpty())
                .toList();
        assertEquals(List.of(), uncovered, "sections of divisions 20 and 25 neither applied nor informational");
    }
}
