package com.statutory.officers.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Numbers as a clerk writes them in a summary (issue 15: "an answer that reads like advice"). */
class ProseTest {

    @Test
    void dollarsDropOnlyZeroCents() {
        assertEquals("$12,000", Prose.dollars(new BigDecimal("12000.0")));
        assertEquals("$1,204.50", Prose.dollars(new BigDecimal("1204.5")));
        assertEquals("$0", Prose.dollars(0));
        assertEquals("$1,600,000", Prose.dollars(new BigDecimal("1.6E+6")));
    }

    @Test
    void countsTakeTheNounsNumber() {
        assertEquals("1 term", Prose.count(1, "term"));
        assertEquals("0 terms", Prose.count(0, "term"));
        assertEquals("6,187 signatures", Prose.count(6_187, "signature"));
        assertEquals("1 vote", Prose.count(new BigDecimal("1.00"), "vote"));
        assertEquals("1,204.5 votes", Prose.count(new BigDecimal("1204.50"), "vote"));
        assertEquals("2 alderpersons", Prose.count(2, "alderperson"));
    }

    @Test
    void namesReadAsASentence() {
        assertEquals("", Prose.list(List.of()));
        assertEquals("Ada Moreno", Prose.list(List.of("Ada Moreno")));
        assertEquals("Dev Shah and Erin Walsh", Prose.list(List.of("Dev Shah", "Erin Walsh")));
        assertEquals("1, 2 and 4", Prose.list(List.of("1", "2", "4")));
    }
}
