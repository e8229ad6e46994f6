package com.statutory.officers.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kinds as a sentence names them: petition-requirements once wrote "the municipality is a incorporated town". */
class WordsTest {

    @Test
    void eachKindTakesItsArticle() {
        assertEquals("a city", Words.aKind(MunicipalityKind.CITY));
        assertEquals("a village", Words.aKind(MunicipalityKind.VILLAGE));
        assertEquals("an incorporated town", Words.aKind(MunicipalityKind.INCORPORATED_TOWN));
    }
}
