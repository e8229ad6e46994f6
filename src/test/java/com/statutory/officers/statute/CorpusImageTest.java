package com.statutory.officers.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The build-time image of the parsed corpus (read by the JVM at start-up) holds exactly what parsing the bundled
 * scrape and repairs gives, and is refused when it was made from other sources.
 */
class CorpusImageTest {

    private final Corpus parsed = Corpus.parsed();

    @Test
    void theBuildsImageIsWhatTheCorpusLoadsAndEqualsTheParse() {
        assertTrue(Corpus.class.getClassLoader().getResource(CorpusImage.RESOURCE) != null, "the build writes " + CorpusImage.RESOURCE);
        Corpus loaded = Corpus.get();
        assertEquals(parsed.sections(), loaded.sections());
        assertEquals(parsed.sha256(), loaded.sha256());
        assertEquals(parsed.amendedThrough(), loaded.amendedThrough());
        assertEquals(114, loaded.sections().size());
    }

    @Test
    void anImageRoundTripsEveryWord() {
        byte[] image = CorpusImage.write(42L, parsed.sha256(), parsed.amendedThrough(), parsed.sections());
        CorpusImage.Parsed back = CorpusImage.read(image, 42L).orElseThrow();
        assertEquals(parsed.sections(), back.sections());
        assertEquals(parsed.sha256(), back.sha256());
        assertEquals(parsed.amendedThrough(), back.amendedThrough());
    }

    @Test
    void anImageOfOtherSourcesIsRefused() {
        byte[] image = CorpusImage.write(Corpus.sourcesCrc32() + 1, parsed.sha256(), parsed.amendedThrough(), parsed.sections());
        assertTrue(CorpusImage.read(image, Corpus.sourcesCrc32()).isEmpty());
    }
}
