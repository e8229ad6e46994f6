package com.statutory.officers.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Summaries spell the answer's ISO dates as people write them, and leave everything else as it is. */
class DatesInWordsTest {

    @Test
    void isoDatesAnywhereInTheSummaryAreWritten() {
        assertEquals("March 16, 2026", DatesInWords.of("2026-03-16"));
        assertEquals("Appoint by March 16, 2026; the board acts by April 15, 2026.",
                DatesInWords.of("Appoint by 2026-03-16; the board acts by 2026-04-15."));
    }

    @Test
    void numbersThatOnlyLookLikeDatesStay() {
        // A citation, a longer run of digits on either side, and a day that is not on the calendar.
        assertEquals("65 ILCS 5/3.1-10-50(e)", DatesInWords.of("65 ILCS 5/3.1-10-50(e)"));
        assertEquals("12026-03-16 and 2026-03-160", DatesInWords.of("12026-03-16 and 2026-03-160"));
        assertEquals("1-2026-03-16 and 2026-03-16-1", DatesInWords.of("1-2026-03-16 and 2026-03-16-1"));
        assertEquals("2026-02-30", DatesInWords.of("2026-02-30"));
    }
}
