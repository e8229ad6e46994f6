package com.statutory.officers.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

class CorpusTest {

    private final Corpus corpus = Corpus.get();

    @Test
    void articleHas114SectionsFrom_3_1_5_5_to_3_1_55_20() {
        List<Section> sections = corpus.sections();
        assertEquals(114, sections.size());
        assertEquals("3.1-5-5", sections.get(0).number());
        assertEquals("3.1-55-20", sections.get(sections.size() - 1).number());
        assertEquals("P.A. 102-15 (eff. 2021-06-17)", corpus.amendedThrough());
    }

    @Test
    void section_3_1_10_50_f_1_resolvesToExactlyItsWords() {
        Provision p = corpus.require("65 ILCS 5/3.1-10-50(f)(1)");
        assertTrue(p.text().startsWith("(1) Mayor or president. If the vacancy is in the office of mayor or president, the vacancy must be filled by the corporate authorities electing one of their members"), p.text());
        assertTrue(p.text().endsWith("shall vote and have veto power in the manner provided by law for a president."), p.text());
        assertEquals("Events upon which an elective office becomes vacant in municipality with population under 500,000.", p.heading());
    }

    @Test
    void section_3_1_10_50_hasItsSubsectionTree() {
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), corpus.require("3.1-10-50").children());
        assertEquals(List.of("1", "2", "3", "4"), corpus.require("3.1-10-50(a)").children());
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G"), corpus.require("3.1-10-50(c)(4)").children());
        assertEquals(List.of("i", "ii", "iii"), corpus.require("3.1-10-50(c)(4)(F)").children());
        // (i) after (h) is the letter, not the roman numeral
        assertTrue(corpus.require("3.1-10-50(i)").text().startsWith("(i) This Section applies only to municipalities with populations under 500,000."));
    }

    @Test
    void crossReferencesAreNotParsedAsSubsections_3_1_10_5() {
        // "(d) If a person (i) is a resident ..." keeps its inline list; "subsection (b) of Section 3.1-25-75" is a reference
        assertEquals(List.of("a", "b", "b-5", "c", "d"), corpus.require("3.1-10-5").children());
        assertTrue(corpus.find("3.1-10-5(d)(i)").isEmpty());
    }

    @Test
    void layoutBarsAreGoneFromEveryProvision() {
        for (Provision p : corpus.provisions()) {
            assertFalse(p.text().contains("|"), p.cite());
            assertFalse(p.text().contains("  "), p.cite());
        }
    }

    @Test
    void damagedSpotsCarryTheAuthenticWording_statuteReadme() {
        assertTrue(corpus.require("3.1-20-10(a)(2)").text().contains("exceeding 3,000 but not exceeding 15,000, 8 alderpersons"));
        assertTrue(corpus.require("3.1-20-10(a)(5)").text().contains("exceeding 50,000 but not exceeding 70,000, 16 alderpersons"));
        assertEquals("(B) the amount of the contract does not exceed $2,000;", corpus.require("3.1-55-10(b)(2)(B)").text());
        assertTrue(corpus.require("3.1-15-30(a)").text().contains("Shall minority representation in the city council be adopted?"));
        assertTrue(corpus.require("3.1-20-22").text().contains("adopt a system of staggered terms for alderpersons?"));
        assertTrue(corpus.require("3.1-25-90(b)").text().contains("be elected, rather than appointed?"));
    }

    @Test
    void citationsParseInEveryWrittenForm() {
        assertEquals("65 ILCS 5/3.1-40-40", Citation.parse("65 ILCS 5/3.1-40-40").orElseThrow().toString());
        assertEquals("3.1-10-50(f)(1)", Citation.parse(" 3.1-10-50 (f) (1) ").orElseThrow().local());
        assertEquals("3.1-10-50", Citation.parse("Sec. 3.1-10-50").orElseThrow().local());
        assertTrue(Citation.parse("3.1-10").isEmpty());
        assertTrue(Citation.parse("5/11-1-1").isEmpty());
    }

    /** Every provision a question can cite is a static field resolved when its class loads; none is missing. */
    @Test
    void everyCitationAnyFunctionCanEmitResolvesInTheCorpus() throws IllegalAccessException {
        int checked = 0;
        for (Question<?, ?> q : Catalogue.all()) {
            for (Field f : q.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                if (f.getType() == Provision.class) {
                    Provision p = (Provision) f.get(null);
                    assertEquals(p, corpus.require(p.cite()), q.name() + "." + f.getName());
                    checked++;
                } else if (f.getType().isRecord()) {
                    // groups of provisions, e.g. the debt procedure's paragraphs under each population
                    for (var component : f.getType().getRecordComponents()) {
                        if (component.getType() == Provision.class) {
                            try {
                                component.getAccessor().setAccessible(true);
                                Provision p = (Provision) component.getAccessor().invoke(f.get(null));
                                assertEquals(p, corpus.require(p.cite()), q.name() + "." + f.getName() + "." + component.getName());
                                checked++;
                            } catch (ReflectiveOperationException e) {
                                throw new AssertionError(e);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 30, "checked " + checked);
    }

    @Test
    void searchForWhoFillsATrusteeVacancyFinds_3_1_10_50_e() {
        assertEquals("65 ILCS 5/3.1-10-50(e)", StatuteSearch.get().search("who fills a trustee vacancy", 5).get(0).provision().cite());
        assertEquals("65 ILCS 5/3.1-40-20", StatuteSearch.get().search("quorum of the council", 5).get(0).provision().cite());
        assertEquals("65 ILCS 5/3.1-10-50(a)(2)", StatuteSearch.get().search("can a resignation be withdrawn", 5).get(0).provision().cite());
        assertTrue(StatuteSearch.get().search("zzzz qqqq", 5).isEmpty());
    }
}
